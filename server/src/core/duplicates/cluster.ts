// Clusters of copies among meeting signatures: LSH candidates (MinHash bands), plus meetings that
// share a day and a chair (a short digest item has a low Jaccard similarity with the full report,
// and bands miss it); each candidate pair is checked by the guards and by the weighted containment
// of their samples; union-find joins the pairs that pass. The canonical copy of a cluster is the
// simplified one, then the least damaged, then the earliest published, then the most complete.
import { hashString } from './hash';
import { distinctBy } from './guards';
import { BANDS, bandKey, estimateJaccard } from './minhash';
import { reasons, type Reason } from './reasons';
import type { MeetingSignature } from './signature';
import { ShingleWeights } from './weights';

export interface ClusterMember {
  /** Index of the member in the signatures given. */
  readonly index: number;
  /** Weighted containment with the canonical copy (1 for the canonical copy itself). */
  readonly similarity: number;
  /** Estimated Jaccard similarity of the shingle sets with the canonical copy's. */
  readonly jaccard: number;
  readonly canonical: boolean;
  readonly why: readonly Reason[];
}

export interface Cluster {
  /** Stable: derived from the canonical copy's file and meeting index. */
  readonly id: string;
  readonly canonical: number;
  readonly members: readonly ClusterMember[];
}

/** Weighted containment at or above which a pair that passes the guards is one meeting. */
export const MERGE_AT = 0.6;
/** Buckets larger than this are not read for pairs (an empty or boilerplate text). */
const MAX_BUCKET = 200;
/** Meetings with fewer distinct shingles are too short to compare. */
const MIN_SHINGLES = 8;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The order of preference for the canonical copy (smaller first). */
export function preferCanonical(a: MeetingSignature, b: MeetingSignature): number {
  if (a.script !== b.script) return a.script === 'simplified' ? -1 : 1;
  if (a.damage !== b.damage) return a.damage - b.damage;
  if (a.published !== b.published) {
    if (!a.published) return 1;
    if (!b.published) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return b.length - a.length;
}

function candidatePairs(signatures: readonly MeetingSignature[]): number[] {
  const n = signatures.length;
  const buckets = new Map<number | string, number[]>();
  const add = (key: number | string, i: number) => {
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  };
  signatures.forEach((s, i) => {
    if (s.shingles < MIN_SHINGLES) return;
    for (let b = 0; b < BANDS; b++) add(bandKey(s.minhash, b), i);
    const day = s.day ?? s.iso;
    if (day) for (const chair of s.chairs) add(`${day}|${chair}`, i);
  });
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * n + list[y];
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push(list[x], list[y]);
      }
    }
  }
  return pairs;
}

/** Clusters of two or more copies, ordered by their canonical copy's position in `signatures`. */
export function clusterMeetings(signatures: readonly MeetingSignature[]): Cluster[] {
  const weights = new ShingleWeights(signatures);
  const sets = new UnionFind(signatures.length);
  const pairs = candidatePairs(signatures);
  for (let p = 0; p < pairs.length; p += 2) {
    const a = signatures[pairs[p]];
    const b = signatures[pairs[p + 1]];
    if (a.file === b.file) continue; // one publication's meetings are different meetings
    if (sets.find(pairs[p]) === sets.find(pairs[p + 1])) continue;
    if (distinctBy(a, b)) continue;
    if (weights.containment(a.sample, b.sample) >= MERGE_AT) sets.union(pairs[p], pairs[p + 1]);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < signatures.length; i++) {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const clusters: Cluster[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const canonical = [...members].sort((x, y) => preferCanonical(signatures[x], signatures[y]) || x - y)[0];
    const c = signatures[canonical];
    clusters.push({
      id: `c${hashString(`${c.file}#${c.meeting}`).toString(16).padStart(8, '0')}`,
      canonical,
      // The canonical copy first, then the others in input order.
      members: [canonical, ...members.filter((i) => i !== canonical)].map((index) => {
        const s = signatures[index];
        const jaccard = estimateJaccard(s.minhash, c.minhash);
        return index === canonical
          ? { index, similarity: 1, jaccard: 1, canonical: true, why: [] }
          : { index, similarity: Math.min(1, weights.containment(s.sample, c.sample)), jaccard, canonical: false, why: reasons(s, c, jaccard) };
      }),
    });
  }
  return clusters.sort((x, y) => x.canonical - y.canonical);
}
