// Bundles the VS Code client, the language server and the CLI.
// nodejieba is native and stays external, and so does node-sqlite3-wasm (it loads its .wasm from its
// own folder); opencc-js is bundled.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { buildJiebaDictionary } from './scripts/jieba-dictionary.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['nodejieba', 'node-sqlite3-wasm'],
  // schemas/index.sql is bundled as text (server/src/index-store/schema.ts).
  loader: { '.sql': 'text' },
  // ESM dependencies (fdir, under tinyglobby) read import.meta.url; in a CommonJS bundle it is this file's URL.
  define: { 'import.meta.url': '__huiyiImportMetaUrl' },
  banner: { js: "const __huiyiImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const shebang = { js: `#!/usr/bin/env node\n${common.banner.js}` };

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode', 'nodejieba'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: shebang },
  // Corpus-index worker thread, started by dist/server.js (server/src/lsp/corpus-index.ts).
  { ...common, entryPoints: ['server/src/lsp/index-worker.ts'], outfile: 'dist/index-worker.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' },
  // The Corpus Overview's page, run in a webview (client/webview/; its CSS beside it as dist/overview.css).
  { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: !production, minify: production, logLevel: 'warning', entryPoints: ['client/webview/overview.ts'], outfile: 'dist/overview.js' },
  // The pure core alone, for unit tests and benchmarks (not shipped in the .vsix).
  { ...common, entryPoints: ['server/src/core/index.ts'], outfile: 'dist/core.js' },
];

if (watch) {
  buildJiebaDictionary('dist/jieba');
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // The segmenter's trimmed dictionary, beside the bundles that load it (never written at run time).
  buildJiebaDictionary('dist/jieba');
  for (const file of ['dist/server.js', 'dist/cli.js']) chmodSync(file, 0o755);
}
