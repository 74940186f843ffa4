// The anchor scan (officials/anchor-scan.ts: one pass, offsets written into the context's reused
// buffers) finds what a plain scan with arrays finds, and one context's scan never overwrites
// what another context's scan returned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { core, ROOT } from './helpers.mjs';

const CLAUSE_END = new Set('，。；：！？（）()“”"《》〈〉「」【】 \t\u3000?!,;:\r\n');
const SENTENCE_END = new Set('。；！？?!;\r\n');

/** The scan written plainly: clauses as [start, end, sentence end], the anchors as arrays. */
function plainScan(cx, text, paragraphs) {
  const v = cx.vocabulary;
  const clauses = [];
  const titleClauses = [];
  const suffixEnds = [];
  const nameFirstStarts = [];
  const comrades = [];
  for (const { start, end } of paragraphs) {
    let clauseStart = start;
    let sentence = [];
    let suffixes = 0;
    for (let i = start; i <= end; i++) {
      const ch = i < end ? text[i] : undefined;
      if (ch === undefined || CLAUSE_END.has(ch)) {
        if (i > clauseStart) {
          if (suffixes) titleClauses.push(clauses.length);
          const clause = [clauseStart, i, end];
          clauses.push(clause);
          sentence.push(clause);
        }
        if (ch === undefined || SENTENCE_END.has(ch)) {
          for (const c of sentence) c[2] = i;
          sentence = [];
        }
        clauseStart = i + 1;
        suffixes = 0;
      }
      if (ch === undefined) continue;
      const code = text.charCodeAt(i);
      if (v.suffixes.lasts[code] || v.collective.lasts[code]) (suffixEnds.push(i + 1), suffixes++);
      if (v.nameFirst.firsts[code]) nameFirstStarts.push(i);
      if (ch === '同' && text[i + 1] === '志') comrades.push(i);
    }
  }
  return { clauses: clauses.flat(), titleClauses, suffixEnds, nameFirstStarts, comrades };
}

const copy = (scan) => Object.fromEntries(Object.entries(scan).map(([k, v]) => [k, Array.from(v)]));

/** Paragraphs as the model splits them: lines, blank ones left out. */
function paragraphsOf(text) {
  const out = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

function reports() {
  const dirs = ['seeds', 'test/fixtures/reports'];
  return dirs.flatMap((d) => readdirSync(join(ROOT, d)).sort().map((f) => readFileSync(join(ROOT, d, f), 'utf8')));
}

test('the scan finds what the plain scan finds, on the seeds and the fixture reports', () => {
  const cx = core.officialsContext();
  for (const text of reports()) {
    const paragraphs = paragraphsOf(text);
    assert.deepEqual(copy(core.scanParagraphs(cx, text, paragraphs)), plainScan(cx, text, paragraphs));
  }
});

test('the scan finds what the plain scan finds, on texts made of titles, names and punctuation', () => {
  const pieces = ['区委', '书记', '县长', '区领导', '总书记', '习近平', '汤洁', '同志', '同', '志', '，', '。', '；', '：', '（', '）', '?', ' ', '\u3000', '会议', '主持', '\r\n', '\n', '、', '和'];
  const cx = core.officialsContext({ titles: ['首席顾问'] });
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
      const text = parts.join('');
      const paragraphs = paragraphsOf(text);
      assert.deepEqual(copy(core.scanParagraphs(cx, text, paragraphs)), plainScan(cx, text, paragraphs));
    }),
    { seed: 20261202, numRuns: 300 },
  );
});

test('a scan by one context leaves another context\'s scan as it was', () => {
  const [first, second] = reports();
  const a = core.officialsContext();
  const b = core.officialsContext();
  const scanA = core.scanParagraphs(a, first, paragraphsOf(first));
  const before = copy(scanA);
  core.scanParagraphs(b, second, paragraphsOf(second));
  assert.deepEqual(copy(scanA), before);
});
