// The view's texts, built in one buffer (normalize/view.ts viewTexts, mergeByStart), answer what
// the plain way answers: each kept run sliced and joined, each unit mapped on its own, the two
// lists of deleted spans concatenated and sorted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core } from './helpers.mjs';

const options = { seed: 20261202, numRuns: 400 };
const PIECES = ['會', '議', '(huì)', '(yì)', '??', '？？', '\n', '\r\n', ',', ':', ';', '!', '(', ')', 'a', '会', '\ud800', '\udc00', '𠮷', '經(jīng)', '　'];
const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(''));

/** The plain way: slices joined; each unit looked up in a normalization of its own. */
function plainTexts(raw, runs, normalizeUnit) {
  const kept = [];
  for (let r = 0; r < runs.length; r += 2) kept.push(raw.slice(runs[r], runs[r + 1]));
  const cleaned = kept.join('');
  let traditionalCount = 0;
  let normalized = '';
  for (const unit of cleaned.split('')) {
    const out = normalizeUnit(unit);
    if (out !== unit && unit.charCodeAt(0) >= 0x80) traditionalCount++;
    normalized += out;
  }
  return { cleaned, normalized, traditionalCount };
}

/** Random sorted, non-overlapping runs of a text. */
const runsOf = (text) =>
  fc.array(fc.nat(), { maxLength: 12 }).map((cuts) => {
    const points = [...new Set([0, text.length, ...cuts.map((c) => c % (text.length + 1))])].sort((a, b) => a - b);
    const runs = [];
    for (let i = 0; i + 1 < points.length; i += 2) runs.push(points[i], points[i + 1]);
    return runs.length ? runs : [0, text.length];
  });

test('viewTexts answers what slicing, joining and mapping unit by unit answer', () => {
  // Each unit's normalized form, read through the view of a text of that one unit (no deletion).
  const normalizeUnit = (unit) => core.viewTexts(unit, [0, 1], 1).normalized;
  fc.assert(
    fc.property(
      textOf.chain((text) => fc.tuple(fc.constant(text), runsOf(text))),
      ([text, runs]) => {
        let length = 0;
        for (let r = 0; r < runs.length; r += 2) length += runs[r + 1] - runs[r];
        assert.deepEqual(core.viewTexts(text, runs, length), plainTexts(text, runs, normalizeUnit), JSON.stringify([text, runs]));
      },
    ),
    options,
  );
  // Runs long on average (sliced and joined) and short (copied unit by unit): both ways.
  const long = '會議,經濟:'.repeat(40);
  for (const runs of [[0, 100, 110, 240], [0, 3, 5, 9, 12, 20, 21, 22]]) {
    let length = 0;
    for (let r = 0; r < runs.length; r += 2) length += runs[r + 1] - runs[r];
    assert.deepEqual(core.viewTexts(long, runs, length), plainTexts(long, runs, normalizeUnit));
  }
  // The whole text kept, and none of it.
  const text = '經(jīng)濟,會議:??';
  assert.deepEqual(core.viewTexts(text, [0, text.length], text.length), plainTexts(text, [0, text.length], normalizeUnit));
  assert.deepEqual(core.viewTexts(text, [0, 0, 4, 4], 0), { cleaned: '', normalized: '', traditionalCount: 0 });
  assert.deepEqual(core.viewTexts(text, [0, text.length], text.length).normalized, '经（jīng）济，会议：??');
});

test('mergeByStart answers what concatenating and sorting by start answers', () => {
  const spans = fc.array(fc.nat({ max: 300 }), { maxLength: 40 }).map((starts) => starts.sort((a, b) => a - b).map((start, i) => ({ start, end: start + 1 + (i % 3) })));
  fc.assert(
    fc.property(spans, spans, (a, b) => {
      const got = core.mergeByStart(a, b);
      const want = [...a, ...b].sort((x, y) => x.start - y.start);
      assert.equal(got.length, want.length);
      for (let i = 0; i < want.length; i++) assert.equal(got[i], want[i], `at ${i}`);
    }),
    options,
  );
});

test('a page of pinyin annotations and lost indents reads as the plain view reads it', () => {
  const raw = '??會(huì)議(yì)在經(jīng)開區召開,\n？？區委書記主持。\n'.repeat(50);
  const view = core.buildView(raw);
  const runs = [];
  let at = 0;
  for (const d of [...view.deleted]) {
    runs.push(at, d.start);
    at = d.end;
  }
  runs.push(at, raw.length);
  const normalizeUnit = (unit) => core.viewTexts(unit, [0, 1], 1).normalized;
  const plain = plainTexts(raw, runs, normalizeUnit);
  assert.equal(view.cleaned, plain.cleaned);
  assert.equal(view.normalized, plain.normalized);
  assert.equal(view.traditionalCount, plain.traditionalCount);
  assert.ok(view.cleaned.startsWith('會議在經開區召開,\n區委書記主持。\n'), view.cleaned.slice(0, 30));
});
