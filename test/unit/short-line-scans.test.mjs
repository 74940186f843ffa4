// The scans that make a document of a million short lines cheaper answer what the plain code they
// replace answers: property tests over text of short and long lines, blank lines and spaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core } from './helpers.mjs';

const PIECES = ['\n', '\n', '\n', '会', '議', '。', 'a', ' ', '\u3000', '\r', '𠀀', '要', '一二三四五六七八九十', 'x'.repeat(40)];
const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''));
const options = { seed: 20261202, numRuns: 500 };

test('nextBreak answers what indexOf("\\n", from) answers', () => {
  fc.assert(
    fc.property(textOf, fc.nat(), (text, k) => {
      const from = text.length ? k % (text.length + 1) : 0;
      assert.equal(core.nextBreak(text, from), text.indexOf('\n', from), JSON.stringify([text, from]));
    }),
    options,
  );
  // Around the near window: a break just before, at and just after the 16th unit, and none.
  for (let k = 0; k < 40; k++) {
    const text = 'a'.repeat(k) + '\n' + 'b'.repeat(5);
    for (let from = 0; from <= text.length; from++) assert.equal(core.nextBreak(text, from), text.indexOf('\n', from), `k=${k} from=${from}`);
  }
});

test('sliceOf answers what slice answers, one-unit slices included', () => {
  fc.assert(
    fc.property(textOf, fc.nat(), fc.nat(), (text, a, b) => {
      const n = text.length + 1;
      const start = Math.min(a % n, b % n);
      const end = Math.max(a % n, b % n);
      assert.equal(core.sliceOf(text, start, end), text.slice(start, end));
      if (start < text.length) assert.equal(core.sliceOf(text, start, start + 1), text[start]);
    }),
    options,
  );
});

test('nonBlank keeps the paragraphs of a range that are not blank, in order', () => {
  const paragraph = fc.boolean().map((blank) => ({ blank }));
  fc.assert(
    fc.property(fc.array(paragraph, { maxLength: 60 }), fc.nat(), fc.nat(), (ps, a, b) => {
      const n = ps.length + 1;
      const from = Math.min(a % n, b % n);
      const to = Math.max(a % n, b % n);
      const got = core.nonBlank(ps, from, to);
      const want = ps.slice(from, to).filter((p) => !p.blank);
      assert.equal(got.length, want.length);
      for (let i = 0; i < want.length; i++) assert.equal(got[i], want[i]);
    }),
    options,
  );
});

test('no pattern that reads a body paragraph matches a text of one code unit, so readSections may skip them there', () => {
  assert.equal(core.SECTION_PATTERNS.length, 5);
  for (let c = 0; c < 0x10000; c++) {
    const unit = String.fromCharCode(c);
    for (const pattern of core.SECTION_PATTERNS) assert.equal(pattern.test(unit), false, `${pattern} on U+${c.toString(16)}`);
  }
});

test("meetingParagraphs gives each meeting's headline, opener and body in order, as pushing each one does", () => {
  let id = 0;
  const p = () => ({ id: id++ });
  const meeting = fc.record({ headline: fc.boolean(), body: fc.nat({ max: 40 }) }).map(({ headline, body }) => ({
    headline: headline ? p() : undefined,
    opener: p(),
    body: Array.from({ length: body }, p),
  }));
  fc.assert(
    fc.property(fc.array(meeting, { maxLength: 12 }), (meetings) => {
      const want = [];
      for (const m of meetings) {
        if (m.headline) want.push(m.headline);
        want.push(m.opener);
        for (const q of m.body) want.push(q);
      }
      const got = core.meetingParagraphs(meetings);
      assert.equal(got.length, want.length);
      for (let i = 0; i < want.length; i++) assert.equal(got[i], want[i]);
    }),
    options,
  );
});

const LINE_PIECES = ['\n', '\r\n', '\r', '\n\n', 'a', '会', '議', 'xyz', ' ', '一二三四五六七八九十一二三四五六七八九十'];
const linesOf = fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

/** The plain walk forEachLineSkipping replaces: every line, the ones ending at or before the last answer passed over. */
function plainSkipping(text, answer) {
  const lines = [];
  core.forEachLine(text, (start, end, next) => lines.push([start, end, next]));
  const seen = [];
  let to = -1;
  for (const line of lines) {
    if (line[1] <= to) continue;
    seen.push(line);
    const a = answer(line);
    if (a !== undefined && a > line[2]) to = a;
  }
  return seen;
}

test('forEachLineSkipping visits what forEachLine visits, less the lines its callback passes over', () => {
  fc.assert(
    fc.property(linesOf, fc.array(fc.option(fc.nat({ max: 60 }), { nil: undefined }), { minLength: 1, maxLength: 50 }), (text, jumps) => {
      // The callback answers "nothing before start + jump" (or nothing), differently on each line.
      const answer = ([start], i) => (jumps[i % jumps.length] === undefined ? undefined : start + jumps[i % jumps.length]);
      let i = 0;
      const want = plainSkipping(text, (line) => answer(line, i++));
      let j = 0;
      const got = [];
      core.forEachLineSkipping(text, (start, end, next) => {
        got.push([start, end, next]);
        return answer([start, end, next], j++);
      });
      assert.deepEqual(got, want, JSON.stringify(text));
    }),
    options,
  );
});

test('lineStartAfter gives the start of the first line that ends after an offset', () => {
  fc.assert(
    fc.property(linesOf, fc.nat(), (text, k) => {
      const lines = [];
      core.forEachLine(text, (start, end) => lines.push([start, end]));
      const to = text.length ? k % (text.length + 1) : 0;
      const from = lines.filter(([start]) => start <= to).at(-1)?.[0] ?? 0;
      const want = lines.find(([, end]) => end > to)?.[0] ?? text.length;
      assert.equal(core.lineStartAfter(text, to, from), want, JSON.stringify([text, to]));
    }),
    options,
  );
});
