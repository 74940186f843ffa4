// The conversion measured against the real thing: the opencc command line of the Debian package
// `opencc` (`opencc -c t2s.json`). Skipped, with a message, when the CLI is not installed
// (.ci/run installs it: apt-get install opencc).
// For every seed and for a multi-megabyte traditional corpus made from the seeds, Huiyi's
// whole-document conversion must equal OpenCC's output on the same text — with pinyin
// annotations removed and compatibility ideographs unified on both sides — except inside the
// documented protected phrases (乾安 …), where OpenCC writes 干.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { core, ROOT } from './helpers.mjs';

const { convertToSimplified, applyEdits, DEFAULT_CONVERSION_SETTINGS: T, DEFAULT_PROTECTED_PHRASES } = core.conversion;
const installed = spawnSync('opencc', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = installed ? false : 'the opencc CLI is not installed (Debian: apt-get install opencc)';
const dir = mkdtempSync(join(tmpdir(), 'huiyi-oracle-'));

function opencc(config, text) {
  const input = join(dir, 'in.txt');
  writeFileSync(input, text);
  return execFileSync('opencc', ['-c', config, '-i', input], { maxBuffer: 1 << 30, encoding: 'utf8' });
}

/** The text OpenCC is given: pinyin annotations removed, compatibility ideographs unified. */
function prepared(text) {
  const removals = core.findPinyinAnnotations(text).map((a) => ({ start: a.start, end: a.end, newText: '' }));
  return applyEdits(text, removals).replace(/[\uF900-\uFAFF]/g, (c) => c.normalize('NFC'));
}

/** Differences between ours and OpenCC's, each of which must sit inside a protected phrase of ours. */
function unexplainedDifferences(ours, theirs) {
  assert.equal(ours.length, theirs.length, 'same length as OpenCC output');
  const covered = new Uint8Array(ours.length);
  for (const phrase of DEFAULT_PROTECTED_PHRASES) {
    for (let i = ours.indexOf(phrase); i !== -1; i = ours.indexOf(phrase, i + 1)) covered.fill(1, i, i + phrase.length);
  }
  const found = [];
  for (let i = 0; i < ours.length; i++) {
    if (ours[i] !== theirs[i] && !covered[i]) found.push(`${ours.slice(i - 4, i + 4)} ≠ ${theirs.slice(i - 4, i + 4)}`);
  }
  return found;
}

const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((name) => ({ name, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));

test('every seed converts as OpenCC t2s does', { skip }, () => {
  for (const { name, text } of seeds) {
    const ours = applyEdits(text, convertToSimplified(text, T).edits);
    assert.deepEqual(unexplainedDifferences(ours, opencc('t2s.json', prepared(text))), [], name);
  }
});

const EDGE_LINES = '乾安縣召開會議,乾隆年間的乾坤之說,乾淨整潔。\r\n顯著成績,著力推進,看著辦。\r\n\uF900\uF9B5 經(jīng)開區(qū)後備幹部這裡。\n';

test('a multi-megabyte traditional corpus converts as OpenCC t2s does, apart from the protected phrases', { skip }, () => {
  const parts = [];
  let size = 0;
  for (let i = 0; size < 3 * 1024 * 1024; i++) {
    const part = seeds[i % seeds.length].text + (i % 7 === 0 ? EDGE_LINES : '');
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  // Traditional by OpenCC's own s2t, so the corpus holds every phrase OpenCC knows in these reports.
  const corpus = '\uFEFF' + opencc('s2t.json', parts.join('\n'));
  const started = performance.now();
  const ours = applyEdits(corpus, convertToSimplified(corpus, T).edits);
  const ms = performance.now() - started;
  const theirs = opencc('t2s.json', prepared(corpus));
  assert.deepEqual(unexplainedDifferences(ours, theirs), []);
  // The protected phrases are where the two differ, as documented.
  assert.ok(ours.includes('乾安县') && theirs.includes('干安县'));
  assert.ok(ours.startsWith('\uFEFF'));
  assert.ok(ms < 5000, `converted ${(size / 2 ** 20).toFixed(1)} MB in ${ms.toFixed(0)} ms`);
});

test('edge cases agree with OpenCC: 著/着, idempotence of OpenCC output, CRLF', { skip }, () => {
  const text = '顯著 著名 看著 著作 穿著\r\n';
  assert.equal(applyEdits(text, convertToSimplified(text, T).edits), opencc('t2s.json', text));
  const simplified = opencc('t2s.json', seeds.map((s) => prepared(s.text)).join('\n'));
  assert.equal(convertToSimplified(simplified, T).edits.filter((e) => e.script).length, 0);
});
