// The candidate buckets of clustering: meetings that agree on a whole MinHash band, or share a day
// and a chair. `candidateBuckets` sorts every (band key, meeting) pair packed in one number instead
// of keeping a map of lists keyed by 32-bit numbers (a Map of 320,000 heap-number keys was a third
// of clustering 10,000 meetings); `plainCandidateBuckets` is the reference it is checked against
// (test/unit/duplicates-buckets.test.mjs): the same buckets, each listing its meetings in order.
import { BANDS, bandKey } from './minhash';
import type { MeetingSignature } from './signature';

/** Meetings with fewer distinct shingles are too short to compare. */
export const MIN_SHINGLES = 8;

/** The day-and-chair key of a meeting's buckets (none when it has no day). */
function dayChairKeys(s: MeetingSignature): string[] {
  const day = s.day ?? s.iso;
  return day ? s.chairs.map((chair) => `${day}|${chair}`) : [];
}

/** The reference: one list per key (band keys and day-chair keys never meet), in order of first use. */
export function plainCandidateBuckets(signatures: readonly MeetingSignature[]): number[][] {
  const buckets = new Map<number | string, number[]>();
  const add = (key: number | string, i: number) => {
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  };
  signatures.forEach((s, i) => {
    if (s.shingles < MIN_SHINGLES) return;
    for (let b = 0; b < BANDS; b++) add(bandKey(s.minhash, b), i);
    for (const key of dayChairKeys(s)) add(key, i);
  });
  return [...buckets.values()].filter((list) => list.length >= 2);
}

/** Sorts `ids` by `keys` (32-bit), keeping the order of equal keys: two passes of 16 bits. */
function sortByKey(keys: Uint32Array, ids: Int32Array): { keys: Uint32Array; ids: Int32Array } {
  const n = keys.length;
  let fromKeys: Uint32Array = keys;
  let fromIds: Int32Array = ids;
  let toKeys: Uint32Array = new Uint32Array(n);
  let toIds: Int32Array = new Int32Array(n);
  const counts = new Int32Array(0x10001);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[((fromKeys[k] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d <= 0x10000; d++) counts[d] += counts[d - 1];
    for (let k = 0; k < n; k++) {
      const at = counts[(fromKeys[k] >>> shift) & 0xffff]++;
      toKeys[at] = fromKeys[k];
      toIds[at] = fromIds[k];
    }
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromIds, toIds] = [toIds, fromIds];
  }
  return { keys: fromKeys, ids: fromIds };
}

/**
 * The same buckets as plainCandidateBuckets, each listing its meetings in the same order (the lists
 * in another order, which clustering does not depend on: it joins the pairs that pass, whatever their
 * order). The band keys are sorted with their meetings instead of gathered in a map.
 */
export function candidateBuckets(signatures: readonly MeetingSignature[]): number[][] {
  let count = 0;
  for (const s of signatures) if (s.shingles >= MIN_SHINGLES) count++;
  const keys = new Uint32Array(count * BANDS);
  const ids = new Int32Array(count * BANDS);
  let k = 0;
  signatures.forEach((s, i) => {
    if (s.shingles < MIN_SHINGLES) return;
    for (let b = 0; b < BANDS; b++, k++) {
      keys[k] = bandKey(s.minhash, b);
      ids[k] = i;
    }
  });
  // Written in meeting order, sorted stably: each bucket's meetings stay in that order.
  const sorted = sortByKey(keys, ids);
  const out: number[][] = [];
  for (let start = 0; start < sorted.keys.length; ) {
    const key = sorted.keys[start];
    let end = start + 1;
    while (end < sorted.keys.length && sorted.keys[end] === key) end++;
    if (end - start >= 2) out.push(Array.from(sorted.ids.subarray(start, end)));
    start = end;
  }
  const byDayChair = new Map<string, number[]>();
  signatures.forEach((s, i) => {
    if (s.shingles < MIN_SHINGLES) return;
    for (const key of dayChairKeys(s)) {
      const list = byDayChair.get(key);
      if (list) list.push(i);
      else byDayChair.set(key, [i]);
    }
  });
  for (const list of byDayChair.values()) if (list.length >= 2) out.push(list);
  return out;
}
