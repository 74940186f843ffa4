// clusterMeetings for a corpus read once as a stream (the editor's persisted index after a build):
// the same clusters, without holding every signature. Each meeting is kept as the guards' fields
// (strings and name lists shared), its sample in chunks of words and its MinHash bands as
// (band key, index) pairs in one sorted array; whole signatures are asked for (`load`) only for
// the members of the clusters found. About a fifth of the memory of the signatures themselves.
// Checked against clusterMeetings (test/unit/stream-cluster.test.mjs).
import { MIN_SHINGLES } from './buckets';
import { dayIds, forPairs, UnionFind } from './candidate-pairs';
import { clustersOf, groupsOf, MERGE_AT, type Cluster } from './cluster';
import { distinctBy, type GuardFields } from './guards';
import { BANDS, bandKey } from './minhash';
import type { MeetingSignature } from './signature';
import { ShingleWeights } from './weights';

/** What is kept of a meeting until the clusters are found. */
export interface MeetingRef extends GuardFields {
  readonly file: string;
  readonly meeting: number;
}

/** A growable array of 32-bit words. */
class Words {
  data = new Uint32Array(1 << 16);
  length = 0;
  reserve(n: number): void {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint32Array(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/**
 * Samples kept in chunks of a fixed size (a sample never spans two): no copy of everything each
 * time the pool grows, and at most one chunk unused.
 */
class Samples {
  private static readonly CHUNK = 1 << 20;
  private readonly chunks: Uint32Array[] = [];
  private used = Samples.CHUNK;
  private readonly at: { chunk: number; start: number; end: number }[] = [];
  add(a: Uint32Array): void {
    if (this.used + a.length > Samples.CHUNK) {
      this.chunks.push(new Uint32Array(Math.max(Samples.CHUNK, a.length)));
      this.used = 0;
    }
    this.chunks[this.chunks.length - 1].set(a, this.used);
    this.at.push({ chunk: this.chunks.length - 1, start: this.used, end: this.used + a.length });
    this.used += a.length;
  }
  get(i: number): Uint32Array {
    const { chunk, start, end } = this.at[i];
    return this.chunks[chunk].subarray(start, end);
  }
}

/** One copy of each string and of each list of names (copies of a meeting share them). */
class Shared {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  string<T extends string | null>(s: T): T {
    if (s === null) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    this.strings.set(s, s);
    return s;
  }
  list(names: readonly string[]): readonly string[] {
    const key = names.join('\u0000');
    const known = this.lists.get(key);
    if (known) return known;
    const list = names.map((n) => this.string(n));
    this.lists.set(key, list);
    return list;
  }
}

/**
 * The clusters clusterMeetings finds among `source`'s signatures (indices in stream order), reading
 * the stream once. `load` gives back the whole signatures of the refs asked for (the clusters'
 * members), in the order asked.
 */
export function clusterStream(source: Iterable<MeetingSignature>, load: (refs: readonly MeetingRef[]) => readonly MeetingSignature[]): Cluster[] {
  return clusterStreamed(source, load).clusters;
}

/** clusterStream, and the loaded signature of each member (by its index). */
export function clusterStreamed(source: Iterable<MeetingSignature>, load: (refs: readonly MeetingRef[]) => readonly MeetingSignature[]): { clusters: Cluster[]; member: (index: number) => MeetingSignature } {
  const shared = new Shared();
  const weights = new ShingleWeights();
  const refs: MeetingRef[] = [];
  const samples = new Samples();
  // Band entries as little-endian 64-bit words: low half the meeting's index, high half the band key.
  const bands = new Words();
  const byDayChair = new Map<string, number[]>();
  for (const s of source) {
    const i = refs.length;
    weights.add(s);
    refs.push({ file: shared.string(s.file), meeting: s.meeting, day: shared.string(s.day), iso: shared.string(s.iso), body: shared.string(s.body), ordinal: shared.string(s.ordinal), chairs: shared.list(s.chairs), leaders: shared.list(s.leaders), officials: shared.list(s.officials) });
    samples.add(s.sample);
    if (s.shingles < MIN_SHINGLES) continue;
    bands.reserve(2 * BANDS);
    for (let b = 0; b < BANDS; b++) (bands.data[bands.length++] = i), (bands.data[bands.length++] = bandKey(s.minhash, b));
    const day = s.day ?? s.iso;
    if (day)
      for (const chair of s.chairs) {
        const key = `${day}|${chair}`;
        const list = byDayChair.get(key);
        if (list) list.push(i);
        else byDayChair.set(key, [i]);
      }
  }
  const sample = (i: number) => samples.get(i);

  const sets = new UnionFind(refs.length);
  const days = dayIds(refs);
  const visit = (i: number, j: number) => {
    const a = refs[i];
    const b = refs[j];
    if (a.file === b.file) return; // one publication's meetings are different meetings
    if (sets.find(i) === sets.find(j)) return;
    if (distinctBy(a, b)) return;
    if (weights.containment(sample(i), sample(j)) >= MERGE_AT) sets.union(i, j);
  };
  // Sorted by band key, then index (the 64-bit words read little-endian, as on every platform Node
  // runs on): each run of one key is a bucket, its meetings in stream order.
  const entries = new BigUint64Array(bands.data.buffer, 0, bands.length / 2).sort();
  const words = new Uint32Array(entries.buffer, 0, bands.length);
  const list: number[] = [];
  for (let k = 0; k < entries.length; ) {
    const key = words[2 * k + 1];
    list.length = 0;
    for (; k < entries.length && words[2 * k + 1] === key; k++) list.push(words[2 * k]);
    if (list.length >= 2) forPairs(list, days, sets, visit);
  }
  for (const bucket of byDayChair.values()) if (bucket.length >= 2) forPairs(bucket, days, sets, visit);

  const groups = groupsOf(sets, refs.length);
  const members = groups.flat();
  const loaded = load(members.map((i) => refs[i]));
  const full = new Map<number, MeetingSignature>();
  members.forEach((i, k) => full.set(i, loaded[k]));
  const member = (i: number) => full.get(i)!;
  return { clusters: clustersOf(groups, member, weights), member };
}
