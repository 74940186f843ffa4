// The Corpus Overview packed for the wire (core/features/overview-packing.ts): unpacking gives back
// the very figures the service counted, to the last mark (same JSON), on the seeds and on a
// generated corpus; packed, the officials' part is a fraction of its size (its marks are whole numbers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, doc, ROOT } from './helpers.mjs';
import { benchCorpus } from '../duplicates/make-corpus.mjs';

const service = core.createLanguageService();
const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => service.summarize(doc(readFileSync(join(ROOT, 'seeds', f), 'utf8'), { uri: `file:///seeds/${f}` })));
const generated = benchCorpus({ reports: 400 }).map((f) => service.summarize(doc(f.text, { uri: `file:///corpus/a%20b/${f.name}` }))).filter(Boolean);

for (const [name, summaries] of [['seeds', seeds], ['a generated corpus of 400 reports', generated]]) {
  test(`${name}: unpacked, the packed overview is the overview, filtered or not`, () => {
    for (const options of [{}, { officials: 30 }, { filter: { script: 'traditional' } }, { filter: { from: '2024-01', to: '2024-06' } }]) {
      const o = service.corpusOverview(summaries, options);
      const packed = core.packOverview(o);
      assert.ok(packed.officials.every((x) => x.marks.every(Number.isInteger) && x.marks.length === core.MARK_FIELDS * o.officials.find((y) => y.name === x.name).marks.length));
      // Through JSON, as it goes over LSP and into the page.
      const back = core.unpackOverview(JSON.parse(JSON.stringify(packed)));
      assert.equal(JSON.stringify(back), JSON.stringify(o), JSON.stringify(options));
    }
  });
}

test('a generated corpus: packed, the officials and their marks take at most a third of the room', () => {
  const o = service.corpusOverview(generated);
  const marks = o.officials.reduce((n, x) => n + x.marks.length, 0);
  assert.ok(marks > 200, `${marks} marks`);
  const p = core.packOverview(o);
  const [plain, packed] = [JSON.stringify(o.officials).length, JSON.stringify([p.officials, p.strings, p.uriPrefix]).length];
  assert.ok(packed * 3 <= plain, `${packed} characters packed, ${plain} not`);
});

test('marks from files in different folders, with multi-line mentions: each keeps its uri and range', () => {
  const mark = (uri, range) => ({ iso: '', date: '3月5日', writtenMonth: 3, title: '', meeting: '常务会议', at: { uri, range } });
  const o = {
    ...service.corpusOverview([]),
    officials: [{ name: '张三', meetings: 2, titles: [], marks: [mark('file:///a/x/1.txt', { start: { line: 4, character: 9 }, end: { line: 5, character: 1 } }), mark('file:///a/y/2.txt', { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } })] }],
  };
  const packed = core.packOverview(o);
  assert.equal(packed.uriPrefix, 'file:///a/');
  assert.deepEqual(core.unpackOverview(JSON.parse(JSON.stringify(packed))), o);
});
