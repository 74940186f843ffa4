// Shared by make-variants.mjs, score.mjs and test/unit/eval.test.mjs: paths, the gold set, and the
// comparisons (gold is simplified; extracted text is brought to simplified with opencc-js first).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(EVAL_DIR, '../..');
export const REPORTS = join(EVAL_DIR, 'reports');
export const GOLD = join(EVAL_DIR, 'gold');
/** The sets the scorer knows: `dev` (tuned against, floor asserted) and `holdout` (never tuned to). */
export const SETS = {
  dev: { reports: REPORTS, gold: GOLD },
  holdout: { reports: join(EVAL_DIR, 'holdout/reports'), gold: join(EVAL_DIR, 'holdout/gold') },
};

/** The classes of the extraction-accuracy issue, in table order. */
export const CLASSES = [
  'control', 'lead', 'date-after-subject', 'relative-date', 'digest', 'naming', 'chair',
  'minority-names', 'title-list', 'high-titles', 'credits', 'boundaries',
];

/** An original is `sNN-words.txt`; a variant is `sNN-words.KIND.txt`. */
export const ORIGINAL = /^s\d{2,3}-[a-z-]+\.txt$/;

const converters = {};
const SPECS = { t: { from: 'cn', to: 't' }, tw: { from: 'cn', to: 'tw' }, toSimplified: { from: 'tw', to: 'cn' } };
/** opencc-js converters, each built on first use: `t` and `tw` from simplified, `toSimplified` back. */
export function opencc() {
  const OpenCC = require('opencc-js');
  const get = (k) => (converters[k] ??= OpenCC.Converter(SPECS[k]));
  return { get t() { return get('t'); }, get tw() { return get('tw'); }, get toSimplified() { return get('toSimplified'); } };
}

const DOTS = /[·・•‧∙⋅･]/g;

/** A person's name for comparison: simplified, every middle-dot variant written U+00B7. */
export function personKey(name) {
  return opencc().toSimplified(String(name)).replace(DOTS, '·').trim();
}

/** A title or a date as written, for comparison: simplified, no spaces. */
export function textKey(text) {
  return opencc().toSimplified(String(text)).replace(/\s+/g, '');
}

/** A meeting name for comparison: simplified, no spaces, no 【】, one kind of brackets and quotes. */
export function meetingNameKey(text) {
  return textKey(text)
    .replace(/[【】]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[“”"]/g, '"');
}

/** Every gold file of a gold folder (the development set's by default), sorted by name. */
export function loadGold(dir = GOLD) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

/** A small seeded generator (mulberry32): the same seed gives the same variants and corpora. */
export function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
