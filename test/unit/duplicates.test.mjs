// Near-duplicate meetings in the core (issue 16): MinHash against exact Jaccard, the guards that
// keep two meetings of the same kind apart, and the choice of canonical copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { core, doc } from './helpers.mjs';
import { makeCopy } from '../duplicates/make-corpus.mjs';
import { PLACES, standingMeeting } from '../duplicates/templates.mjs';

const { duplicates } = core;
const service = core.createLanguageService();

function signatures(files) {
  return files.flatMap(({ name, text }) => {
    const uri = `file:///${name}`;
    const { model } = service.analyse(doc(text, { uri }));
    service.forget(uri); // the next test's file of the same name is another text
    assert.ok(model, `${name} reads as a report`);
    return duplicates.meetingSignatures(name, text, model);
  });
}

const clusterOf = (clusters, sigs, file) => clusters.find((c) => c.members.some((m) => sigs[m.index].file === file))?.id;

test('property: the MinHash estimate stays within 0.15 of the exact Jaccard similarity of the shingle sets', () => {
  // Two sets drawn from a shared pool and a private pool each, so every similarity from 0 to 1 occurs.
  // Distinct shingles: the hash of a distinct 5-character text each (the number in base 10,000, as Han characters).
  const text = (x) => String.fromCharCode(0x4e00 + (x % 10000), 0x4e00 + (Math.floor(x / 1e4) % 10000), 0x4e00 + Math.floor(x / 1e8), 0x4e00, 0x4e01);
  const hashes = (n, offset, step) => Uint32Array.from({ length: n }, (_, i) => duplicates.shingleHashes(text(offset + i * step), [0, 5])[0]);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 1e6 }), (shared, onlyA, onlyB, base) => {
      fc.pre(shared + onlyA > 40 && shared + onlyB > 40);
      const common = hashes(shared, base, 3);
      const a = Uint32Array.from([...common, ...hashes(onlyA, base + 1, 3)]);
      const b = Uint32Array.from([...common, ...hashes(onlyB, base + 2, 3)]);
      const exact = duplicates.exactJaccard(duplicates.shingleSet(a), duplicates.shingleSet(b));
      const estimate = duplicates.estimateJaccard(duplicates.minhash(a), duplicates.minhash(b));
      assert.ok(Math.abs(estimate - exact) <= 0.15, `exact ${exact.toFixed(3)}, estimated ${estimate.toFixed(3)} (${shared}/${onlyA}/${onlyB})`);
    }),
    { seed: 16, numRuns: 300 },
  );
});

test('the same set gives the same signature, whatever the order and the repeats', () => {
  const h = duplicates.shingleHashes('会议听取了全县一季度重点项目推进情况汇报要紧盯年度目标', [0, 26]);
  const shuffled = Uint32Array.from([...h].reverse().concat([...h].slice(0, 5)));
  assert.deepEqual(duplicates.minhash(shuffled), duplicates.minhash(h));
  assert.equal(duplicates.estimateJaccard(duplicates.minhash(h), duplicates.minhash(shuffled)), 1);
});

const place = (name) => PLACES.find((p) => p.name === name);
const county = (name, chair, extra = {}) => standingMeeting({ place: place(name), chair, deputies: ['陶春生', '魏秋实'], month: 5, day: 12, n: 9, agenda: [0, 3, 5], k: [4, 6, 8], ...extra });
const source = (text) => ({ text, meetings: 1, headline: 0, lead: 3 });
const rand = () => {
  let s = 7;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
};

test("two counties' 常务会议 on the same day, from the same stock sentences and agenda, stay apart; each one's mirrors join it", () => {
  const a = county('青禾县', '周明远');
  const b = county('丹枫县', '陈立群');
  const r = rand();
  const files = [
    { name: 'a.txt', text: a },
    { name: 'a-mirror.txt', text: makeCopy(source(a), ['t', 'p', 'd', 'c'], r) },
    { name: 'b.txt', text: b },
    { name: 'b-mirror.txt', text: makeCopy(source(b), ['tw', 'trunc'], r) },
  ];
  const sigs = signatures(files);
  const clusters = duplicates.clusterMeetings(sigs);
  assert.equal(clusters.length, 2);
  assert.equal(clusterOf(clusters, sigs, 'a.txt'), clusterOf(clusters, sigs, 'a-mirror.txt'));
  assert.equal(clusterOf(clusters, sigs, 'b.txt'), clusterOf(clusters, sigs, 'b-mirror.txt'));
  assert.notEqual(clusterOf(clusters, sigs, 'a.txt'), clusterOf(clusters, sigs, 'b.txt'));
  // The canonical copy is the simplified original, and the mirror says what it is.
  const ca = clusters.find((c) => c.id === clusterOf(clusters, sigs, 'a.txt'));
  assert.equal(sigs[ca.canonical].file, 'a.txt');
  const mirror = ca.members.find((m) => !m.canonical);
  assert.deepEqual([...mirror.why].filter((w) => ['traditional mirror', 'pinyin annotated', 'more damage'].includes(w)), ['traditional mirror', 'pinyin annotated', 'more damage']);
  const cb = clusters.find((c) => c.id === clusterOf(clusters, sigs, 'b.txt'));
  assert.ok(cb.members.find((m) => !m.canonical).why.includes('truncated'));
});

test("one body's meeting this week and its next one (same chair, same stock) stay apart", () => {
  const first = county('云溪区', '王启航', { n: 9, day: 5 });
  const next = county('云溪区', '王启航', { n: 10, day: 12, agenda: [0, 4, 6] });
  const sigs = signatures([
    { name: 'w1.txt', text: first },
    { name: 'w2.txt', text: next },
  ]);
  assert.equal(duplicates.distinctBy(sigs[0], sigs[1]), 'day');
  assert.deepEqual(duplicates.clusterMeetings(sigs), []);
});

test('a copy with another headline and its paragraphs reordered is still the same meeting', () => {
  const a = county('白鹭县', '赵书恒');
  const r = rand();
  const sigs = signatures([
    { name: 'a.txt', text: a },
    { name: 'b.txt', text: makeCopy(source(a), ['headline', 'reorder'], r) },
  ]);
  const [c] = duplicates.clusterMeetings(sigs);
  assert.ok(c, 'one cluster');
  const why = c.members.find((m) => !m.canonical).why;
  assert.ok(why.includes('different headline') && why.includes('paragraphs reordered'), why.join(', '));
});

test('signatures survive their JSON line (huiyi signatures → duplicates --from-signatures)', () => {
  const [s] = signatures([{ name: 'a.txt', text: county('石门县', '孙嘉禾') }]);
  const back = duplicates.parseSignature(duplicates.signatureLine(s));
  assert.deepEqual(back, { ...s });
});
