// A generated corpus for the engine tests: the five seeds, `copies` times each, as written, with
// CRLF line ends, in traditional script (opencc-js, cn → t) and both; plus two files that are not
// reports (the project's README and an English text), which no export may hold.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { ROOT } from './helpers.mjs';

const VARIANTS = ['plain', 'crlf', 'trad', 'trad-crlf'];

export function makeCorpus(dir, copies) {
  mkdirSync(dir, { recursive: true });
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const texts = seeds.map((f) => {
    const plain = readFileSync(join(ROOT, 'seeds', f), 'utf8');
    const trad = toTraditional(plain);
    const crlf = (t) => t.replace(/\r?\n/g, '\r\n');
    return { plain, crlf: crlf(plain), trad, 'trad-crlf': crlf(trad) };
  });
  const files = [];
  for (let i = 0; i < copies; i++) {
    seeds.forEach((f, k) => {
      const variant = VARIANTS[(i + k) % VARIANTS.length];
      const path = join(dir, `${f.slice(0, 3)}_${String(i).padStart(4, '0')}_${variant}.txt`);
      writeFileSync(path, texts[k][variant]);
      files.push(path);
    });
  }
  writeFileSync(join(dir, 'readme.txt'), readFileSync(join(ROOT, 'README.md')));
  writeFileSync(join(dir, 'english.txt'), 'The committee met on Tuesday. It discussed the budget and agreed to meet again.\n'.repeat(20));
  return files;
}

/** Sorted JSON lines: shards come back in any order. */
export const sortedLines = (text) => text.split('\n').filter(Boolean).sort();
