// SQL files are bundled as text (esbuild's text loader, esbuild.mjs).
declare module '*.sql' {
  const text: string;
  export default text;
}
