// Build step: the trimmed jieba dictionary the segmenter loads (dist/jieba/), written once here at
// build time so that nothing is ever written at run time, least of all to a shared temp folder.
// jieba's full dictionary costs 2.5 s and 250 MB per thread; its 50,000 most frequent words do the job.
// manifest.json records each file's size and SHA-256; the runtime checks both before loading
// (server/src/core/officials/jieba-dictionary.ts) and falls back to nodejieba's own full files.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const KEEP_WORDS = 50_000;

function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { flag: 'w', mode: 0o644 });
  renameSync(temporary, file);
}

/** Writes dist/jieba/{dict.utf8, idf.utf8, manifest.json}; returns the manifest. */
export function buildJiebaDictionary(outDir) {
  const require = createRequire(import.meta.url);
  const source = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
  const lines = readFileSync(source, 'utf8').split('\n').filter(Boolean);
  const frequency = (line) => Number(line.split(' ')[1]) || 0;
  lines.sort((a, b) => frequency(b) - frequency(a));
  const files = { dict: lines.slice(0, KEEP_WORDS).join('\n') + '\n', idf: '的 1.0\n' };
  mkdirSync(outDir, { recursive: true });
  const manifest = { words: KEEP_WORDS, files: {} };
  for (const [key, text] of Object.entries(files)) {
    const name = `${key}.utf8`;
    const bytes = Buffer.from(text, 'utf8');
    writeAtomically(join(outDir, name), bytes);
    manifest.files[key] = { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  writeAtomically(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
