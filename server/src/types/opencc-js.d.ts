// opencc-js exports its dictionaries as subpaths without type declarations.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
