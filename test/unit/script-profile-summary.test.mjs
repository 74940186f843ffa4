// scriptProfile summarizes each line's minimal conversion edits as it reads them
// (conversion/script-profile.ts); it answers what the plain way answers: the profile made from the
// merged edits forEachConvertedLine hands (a traditional paragraph per line with a script edit,
// its first merged edit as the example, the code points of every merged edit counted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core } from './helpers.mjs';

const { scriptProfile, forEachConvertedLine, DEFAULT_CONVERSION_SETTINGS: T } = core.conversion;
const options = { seed: 20261202, numRuns: 300 };

// Traditional characters and phrases, pinyin annotations (toned, so they are read as damage),
// compatibility ideographs, simplified text, astral characters and lone surrogates, line breaks.
const PIECES = ['會', '議', '區', '經', '濟', '發展', '乾隆', '頭髮', '(huì)', '(yì)', '(qū)', '經(jīng)', '豈', '更', '会议', '这', '后',
  '𠮷', '\ud842', '\udfb7', '。', '，', ' ', '\n', '\r\n', '\r', 'a', '(', ')'];
const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 160 }).map((parts) => parts.join(''));
/** Sorted, non-overlapping protected spans, some with a repair. */
const protectionOf = (text) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom(undefined, '会', '会议', '')), { maxLength: 5 }).map((picks) => {
    const spans = [];
    let at = 0;
    for (const [gap, length, repaired] of picks.sort((a, b) => a[0] - b[0])) {
      const start = at + (gap % 20);
      const end = Math.min(text.length, start + 1 + length);
      if (start >= text.length || start >= end) break;
      spans.push(repaired === undefined ? { start, end } : { start, end, repaired });
      at = end;
    }
    return { spans };
  });

/** Code points of text[start, end) as the conversion counts them: every low surrogate after the first unit is half of one. */
function codePoints(text, start, end) {
  let n = end - start;
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff) n--;
  return n;
}

/** The plain way: the summary of forEachConvertedLine's merged edits, and the rest as scriptProfile counts it. */
function plainProfile(text, protection) {
  const traditional = [];
  let charactersChanged = 0;
  forEachConvertedLine(text, T, (line, edits) => {
    let characters = 0;
    let script = false;
    for (const e of edits) {
      if (e.script) script = true;
      characters += e.end - e.start;
      charactersChanged += codePoints(text, e.start, e.end);
    }
    if (script) traditional.push({ start: line.start, end: line.end, characters, example: edits[0] });
  }, protection);
  return { traditional, charactersChanged };
}

test('scriptProfile answers what the merged edits of forEachConvertedLine answer', () => {
  fc.assert(
    fc.property(
      textOf.chain((text) => fc.tuple(fc.constant(text), protectionOf(text))),
      ([text, protection]) => {
        for (const p of [core.conversion.NO_PROTECTION, protection]) {
          const got = scriptProfile(text, T, p);
          const want = plainProfile(text, p);
          assert.deepEqual(got.traditional, want.traditional, JSON.stringify([text, p]));
          assert.equal(got.charactersChanged, want.charactersChanged, JSON.stringify([text, p]));
        }
      },
    ),
    options,
  );
});

test('a line of adjacent traditional characters and annotations: one example for its first run, every unit counted', () => {
  const text = '會(huì)議區(qū)在經(jīng)開區召開\n会议\n頭髮乾隆豈';
  const profile = scriptProfile(text, T);
  assert.deepEqual(profile.traditional, plainProfile(text, core.conversion.NO_PROTECTION).traditional);
  assert.equal(profile.traditional.length, 2);
  assert.deepEqual(profile.traditional[0].example, { start: 0, end: 12, newText: '会议区', script: true });
  assert.equal(profile.charactersChanged, plainProfile(text, core.conversion.NO_PROTECTION).charactersChanged);
});
