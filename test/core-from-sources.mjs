// The core as the unit tests load it: server/src/core/index.ts bundled in memory by esbuild from
// the sources as they are (no `node esbuild.mjs` needed for a change in the core to be tested),
// with the options esbuild.mjs bundles dist/core.js with. It runs as if it were a file of dist/,
// where it finds the segmenter's dictionary (dist/jieba) and links to the README as the bundle does.
import { buildSync } from 'esbuild';
import Module, { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function loadCoreFromSources() {
  const filename = join(ROOT, 'dist', 'core.sources.js');
  const { outputFiles } = buildSync({
    entryPoints: [join(ROOT, 'server/src/core/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    outfile: filename,
    logLevel: 'warning',
    external: ['nodejieba'],
    define: { 'import.meta.url': '__huiyiImportMetaUrl' },
    banner: { js: "const __huiyiImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  const module = new Module(filename);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(join(ROOT, 'server/src/core'));
  module.require = createRequire(filename);
  module._compile(outputFiles[0].text, filename);
  return module.exports;
}
