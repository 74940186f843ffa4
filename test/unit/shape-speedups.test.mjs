// The shortcuts that keep odd document shapes fast give what the plain computation gives:
// - detectDamage lets a later detector skip inside the first detector's settled spans (covered.ts):
//   the findings equal those of the same detectors run without that hint;
// - utf8-as-gbk's round trip without decoding (every character two-byte) answers, for a repair
//   read from the span's own bytes (as the detector calls it), what encoding the repair to UTF-8
//   and decoding it as GBK answers.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import fc from 'fast-check';
import { core } from './helpers.mjs';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');

const CJK = ['会议', '区委', '召开', '常委会', '强调', '中国', '经济', '发展', '，', '。', '“', '”', '（', '）', '€', '·', '—'];
const latin1 = (s) => Buffer.from(s, 'utf8').toString('latin1');
const gbk = (s) => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
/** Pieces of damaged and clean text: mojibake of both kinds, C1 and zero-width controls, spaces, residue. */
const piece = fc.oneof(
  fc.constantFrom(...CJK),
  fc.array(fc.constantFrom(...CJK), { minLength: 1, maxLength: 6 }).map((a) => latin1(a.join(''))),
  fc.array(fc.constantFrom(...CJK), { minLength: 1, maxLength: 6 }).map((a) => gbk(a.join(''))),
  fc.constantFrom('\u0085', '\u0093', '\u0094', '\u009d', '\u001a', '\u200b', '\u200d', '\ufeff', '\ue000', '\u0007'),
  fc.constantFrom(' ', '  ', '\n', '\n\n', '　　', '\u00a0\u00a0', '????', '&nbsp;', '<br>', '(huì)', ',', 'Ã', 'â€œ'),
);

/** The same detectors, each given the input without the covered spans. */
const plain = core.DETECTORS.map((d) => ({ ...d, detect: ({ text, model, options }) => d.detect({ text, model, options }) }));

test('detectDamage with covered spans equals the detectors run without them', () => {
  const options = { indent: 'fullwidth' };
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(core.detectDamage({ text, options }), core.detectDamage({ text, options }, plain), JSON.stringify(text));
    }),
    { seed: 20261201, numRuns: 600 },
  );
});

test('a Latin-1 mojibake line with C1 controls inside: the controls are covered, the ones outside still found', () => {
  const text = latin1('区委常委会召开会议强调“发展”') + '\u0085正文\u200b。';
  const codes = core.detectDamage({ text, options: { indent: 'fullwidth' } }).map((f) => [f.code, text.slice(f.start, f.end)]);
  assert.deepEqual(codes, [
    ['mojibake.utf8-as-latin1', latin1('区委常委会召开会议强调“发展”')],
    ['cleanup.control-chars', '\u0085'],
    ['cleanup.control-chars', '\u200b'],
  ]);
});

test('GBK round trip without decoding answers what decoding answers', () => {
  const chars = fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fa5 }), fc.constantFrom(0x3001, 0x3002, 0xff0c, 0x201c, 0x201d, 0x2014, 0x2026, 0xb7, 0x20ac));
  fc.assert(
    fc.property(fc.array(chars, { minLength: 2, maxLength: 40 }), fc.string({ maxLength: 2 }), (codes, before) => {
      // As the detector calls it: the repair is the UTF-8 read of the span's GBK bytes.
      const repaired = String.fromCharCode(...codes);
      const text = before + gbk(repaired);
      const start = before.length;
      assert.equal(core.gbkSpanRoundTrips(repaired, text, start, text.length), core.gbkSpanRoundTripsByDecoding(repaired, text, start, text.length), JSON.stringify([repaired, text]));
    }),
    { seed: 20261201, numRuns: 1000 },
  );
});

test('GBK leftovers around a loss: the linear search answers what reading every suffix and prefix afresh answers', () => {
  // Lost bytes in UTF-8 read as GBK: U+FFFD runs between GBK readings of cut sequences, with ASCII and clean text around.
  const part = fc.oneof(
    fc.array(fc.constantFrom(...CJK), { minLength: 1, maxLength: 20 }).map((a) => gbk(a.join(''))),
    fc.array(fc.constantFrom(...CJK), { minLength: 1, maxLength: 8 }).map((a) => { const b = Buffer.from(a.join(''), 'utf8'); return iconv.decode(b.subarray(0, Math.max(1, b.length - 2)), 'gbk'); }),
    fc.array(fc.constantFrom(...CJK), { minLength: 1, maxLength: 8 }).map((a) => { const b = Buffer.from(a.join(''), 'utf8'); return iconv.decode(b.subarray(Math.min(2, b.length - 1)), 'gbk'); }),
    fc.constantFrom('\ufffd', '\ufffd\ufffd', '\ufffd\ufffd\ufffd', 'a', ' ', '\n', '会议', '€', '·'),
  );
  fc.assert(
    fc.property(fc.array(part, { minLength: 1, maxLength: 30 }), (parts) => {
      const text = parts.join('');
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) !== 0xfffd || text.charCodeAt(i - 1) === 0xfffd) continue;
        let j = i;
        while (text.charCodeAt(j) === 0xfffd) j++;
        assert.deepEqual(core.gbkLeftoversAround(text, i, j), core.gbkLeftoversAroundPlain(text, i, j), JSON.stringify([text, i, j]));
      }
    }),
    { seed: 20261202, numRuns: 1500 },
  );
});

test('a line converted around its pinyin deletions: the kept text built in one buffer gives the edits of the pieces joined', () => {
  const converter = core.openccConverter('t', []);
  const part = fc.constantFrom('會', '議', '經', '開', '區', '干', '乾', '發', '髮', '后', '台', '的', '中', 'a', ' ', '(huì)', '(yì)', '(jīng)', '(kāi)', '(qū)', '(de)', '(', '𠀀', '😀');
  fc.assert(
    fc.property(fc.array(part, { maxLength: 80 }), fc.nat(), (parts, cut) => {
      const text = parts.join('');
      const prepared = core.findPinyinAnnotations(text).map((a) => ({ start: a.start, end: a.end, newText: '' }));
      // The whole text as one line, and a line that starts after some deletions.
      for (const q of [0, prepared.length ? cut % prepared.length : 0]) {
        const from = q < prepared.length && q > 0 ? prepared[q - 1].end : 0;
        assert.deepEqual(core.convertAroundDeletions(text, from, text.length, prepared, q, prepared.length, converter), core.convertAroundDeletionsPlain(text, from, text.length, prepared, q, prepared.length, converter), JSON.stringify(text));
      }
    }),
    { seed: 20261202, numRuns: 1500 },
  );
});

test('minimal edits compared unit by unit give what comparing code points gives', () => {
  const unit = fc.constantFrom('会', '會', '议', '議', 'a', 'b', '', '𠀀', '😀', '\ud800', '\udc00', '(huì)');
  const str = fc.array(unit, { maxLength: 8 }).map((a) => a.join(''));
  fc.assert(
    fc.property(str, str, str, str, (before, old, after, next) => {
      const source = before + old + after;
      const edit = { start: before.length, end: before.length + old.length, newText: next };
      const fast = [];
      const plain = [];
      core.pushMinimalEdits(source, edit, fast);
      core.pushMinimalEditsPlain(source, edit, plain);
      assert.deepEqual(fast, plain, JSON.stringify([source, edit]));
    }),
    { seed: 20261202, numRuns: 3000 },
  );
});
