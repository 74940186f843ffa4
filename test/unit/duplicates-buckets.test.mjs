// Clustering's candidate buckets and pairs (issue 16), the fast way against the plain reference:
// the same buckets (each listing its meetings in order), and the same pairs visited, each as the
// reference orders it, less the pairs of meetings already joined. And the weights' cached sums and
// per-frequency logarithms against the formula.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { core } from './helpers.mjs';

const { duplicates } = core;
const BINS = duplicates.BINS;

/**
 * Signatures whose MinHash bins take few values (so bands collide in buckets of every size), a few
 * hundred of them identical (buckets over MAX_BUCKET = 200, and one day's group over it), days from
 * a handful (some undated), one or two chairs, and a few too short to compare.
 */
function signatures(r, n) {
  const days = [null, '3-5', '3-6', '4-1', null];
  const out = [];
  for (let i = 0; i < n; i++) {
    const same = i % 2 === 0;
    const minhash = Uint32Array.from({ length: BINS }, (_, b) => (same ? b : Math.floor(r() * (b % 7 === 0 ? 2 : 5))));
    const day = same && i < 0.8 * n ? '5-12' : days[Math.floor(r() * days.length)];
    const sample = Uint32Array.from(new Set(Array.from({ length: 20 }, () => Math.floor(r() * 200) * 4))).sort();
    out.push({ file: `f${Math.floor(i / 2)}`, meeting: i % 2, day, iso: day ? `2024-0${day[0]}-0${day.slice(2).padStart(2, '0').slice(1)}` : r() < 0.5 ? '2024-05-12' : null, chairs: r() < 0.3 ? ['周明远', '陶春生'] : [r() < 0.5 ? '周明远' : '魏秋实'], shingles: r() < 0.05 ? 3 : 50, minhash, sample });
  }
  return out;
}

function lcg(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const sortedLists = (lists) => lists.map((l) => l.join(',')).sort();

test('property: the candidate buckets are the reference’s, each listing its meetings in order', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 900 }), (seed, n) => {
      const sigs = signatures(lcg(seed), n);
      const fast = duplicates.candidateBuckets(sigs);
      assert.deepEqual(sortedLists(fast), sortedLists(duplicates.plainCandidateBuckets(sigs)));
      for (const list of fast) for (let k = 1; k < list.length; k++) assert.ok(list[k - 1] <= list[k]);
    }),
    { seed: 16, numRuns: 20 },
  );
});

test('property: the pairs visited are the reference’s, each in its order, less those already joined', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 700 }), fc.integer({ min: 0, max: 400 }), (seed, n, joins) => {
      const r = lcg(seed);
      const sigs = signatures(r, n);
      const sets = new duplicates.UnionFind(n);
      for (let k = 0; k < joins; k++) sets.union(Math.floor(r() * n), Math.floor(r() * n));
      const days = duplicates.dayIds(sigs);
      for (const list of duplicates.plainCandidateBuckets(sigs)) {
        // Pairs as i·n + j, leaving out those already joined (the fast way may visit or skip them).
        const apart = (into) => (i, j) => sets.find(i) !== sets.find(j) && into.push(i * n + j);
        const expected = [];
        duplicates.plainForPairs(list, sigs, apart(expected));
        const got = [];
        duplicates.forPairs(list, days, sets, apart(got));
        assert.deepEqual(Float64Array.from(got).sort(), Float64Array.from(expected).sort());
      }
    }),
    { seed: 16, numRuns: 12 },
  );
});

test('a bucket of meetings all joined already visits no pair; one left apart is paired with the others', () => {
  const sigs = Array.from({ length: 300 }, (_, i) => ({ file: `f${i}`, meeting: 0, day: i % 2 ? '5-12' : null, chairs: [] }));
  const list = sigs.map((_, i) => i);
  const days = duplicates.dayIds(sigs);
  const sets = new duplicates.UnionFind(300);
  for (let i = 1; i < 299; i++) sets.union(0, i);
  const visited = [];
  duplicates.forPairs(list, days, sets, (i, j) => visited.push([i, j]));
  // 299 is apart: 150 dated ones on its day, 150 undated — every pair with it is visited.
  assert.equal(visited.filter(([i, j]) => i === 299 || j === 299).length, 299);
  sets.union(0, 299);
  const none = [];
  duplicates.forPairs(list, days, sets, (i, j) => none.push([i, j]));
  assert.deepEqual(none, []);
});

test('property: the weights’ sums and containment are the formula’s, ln((N + 1) / df) per sampled shingle', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 60 }), (seed, n) => {
      const sigs = signatures(lcg(seed), n);
      const weights = new duplicates.ShingleWeights(sigs);
      const df = new Map();
      for (const s of sigs) for (const h of s.sample) df.set(h, (df.get(h) ?? 0) + 1);
      const sum = (a) => a.reduce((w, h) => w + Math.log((n + 1) / Math.max(1, df.get(h) ?? 0)), 0);
      for (let k = 1; k < sigs.length; k++) {
        const [a, b] = [sigs[k - 1].sample, sigs[k].sample];
        assert.equal(weights.sum(a), sum(a));
        let shared = 0;
        for (const h of a) if (b.includes(h)) shared += Math.log((n + 1) / df.get(h));
        const min = Math.min(sum(a), sum(b));
        assert.equal(weights.containmentOf(a, weights.sum(a), b, weights.sum(b)), min > 0 ? shared / min : 0);
        assert.equal(weights.containment(a, b), weights.containmentOf(a, weights.sum(a), b, weights.sum(b)));
      }
      // Counted out and in again: the cached logarithms follow the count of meetings.
      weights.remove(sigs[0]);
      const df1 = new Map(df);
      for (const h of sigs[0].sample) df1.set(h, df1.get(h) - 1);
      const s1 = sigs[1].sample;
      assert.equal(weights.sum(s1), s1.reduce((w, h) => w + Math.log(n / Math.max(1, df1.get(h))), 0));
    }),
    { seed: 16, numRuns: 50 },
  );
});
