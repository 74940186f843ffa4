// Clusters of copies among meeting signatures: LSH candidates (MinHash bands), plus meetings that
// share a day and a chair (a short digest item has a low Jaccard similarity with the full report,
// and bands miss it); each candidate pair is checked by the guards and by the weighted containment
// of their samples; union-find joins the pairs that pass. The canonical copy of a cluster is the
// simplified one, then the least damaged, then the earliest published, then the most complete.
import { candidateBuckets, MIN_SHINGLES } from './buckets';
import { dayIds, forPairs, UnionFind } from './candidate-pairs';
import { hashString } from './hash';
import { distinctBy } from './guards';
import { BANDS, ROWS, estimateJaccard } from './minhash';
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

/** Whether two meetings would share a bucket (a band, or a day and a chair): for one meeting against many. */
export function isCandidate(a: MeetingSignature, b: MeetingSignature): boolean {
  if (a.shingles < MIN_SHINGLES || b.shingles < MIN_SHINGLES) return false;
  const dayA = a.day ?? a.iso;
  if (dayA && dayA === (b.day ?? b.iso) && a.chairs.some((c) => b.chairs.includes(c))) return true;
  for (let band = 0; band < BANDS; band++) {
    let same = true;
    for (let r = band * ROWS; r < (band + 1) * ROWS && same; r++) same = a.minhash[r] === b.minhash[r];
    if (same) return true;
  }
  return false;
}

/**
 * Clusters of two or more copies, ordered by their canonical copy's position in `signatures`. The
 * weights are the corpus's (by default, those of `signatures`; the editor's index passes the whole
 * workspace's when it re-clusters a few meetings).
 */
export function clusterMeetings(signatures: readonly MeetingSignature[], weights: ShingleWeights = new ShingleWeights(signatures)): Cluster[] {
  const sets = new UnionFind(signatures.length);
  // Each sample's weight, summed once (NaN until a pair needs it).
  const sums = new Float64Array(signatures.length).fill(NaN);
  const sumOf = (i: number) => {
    let w = sums[i];
    if (w !== w) w = sums[i] = weights.sum(signatures[i].sample);
    return w;
  };
  // Pairs are checked as the buckets give them, without remembering the pairs seen: a pair already
  // joined is skipped by union-find (forPairs skips a bucket whose meetings are all joined), and most
  // others fail the guards at once (cheaper than a set of millions of pairs on a corpus whose stock
  // sentences fill the same bands).
  const visit = (i: number, j: number) => {
    const a = signatures[i];
    const b = signatures[j];
    if (a.file === b.file) return; // one publication's meetings are different meetings
    if (sets.find(i) === sets.find(j)) return;
    if (distinctBy(a, b)) return;
    if (weights.containmentOf(a.sample, sumOf(i), b.sample, sumOf(j)) >= MERGE_AT) sets.union(i, j);
  };
  const days = dayIds(signatures);
  for (const list of candidateBuckets(signatures)) forPairs(list, days, sets, visit);
  return clustersOf(groupsOf(sets, signatures.length), (i) => signatures[i], weights);
}

/** The sets of two or more of `n` meetings that union-find joined, each in input order. */
export function groupsOf(sets: UnionFind, n: number): number[][] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].filter((g) => g.length >= 2);
}

/**
 * The clusters of `groups` (indices of meetings, each group in input order): the canonical copy,
 * each member's similarity to it and why it is a copy; ordered by their canonical copy's index.
 * `at` gives a member's signature (only members are asked for).
 */
export function clustersOf(groups: readonly (readonly number[])[], at: (index: number) => MeetingSignature, weights: ShingleWeights): Cluster[] {
  const clusters: Cluster[] = [];
  for (const members of groups) {
    // Ties go to the first file by name (then meeting), whatever order the signatures came in (an
    // editor's index fills in the order its workers finish).
    const tie = (x: number, y: number) => {
      const a = at(x);
      const b = at(y);
      return a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.meeting - b.meeting;
    };
    const canonical = [...members].sort((x, y) => preferCanonical(at(x), at(y)) || tie(x, y))[0];
    const c = at(canonical);
    clusters.push({
      id: `c${hashString(`${c.file}#${c.meeting}`).toString(16).padStart(8, '0')}`,
      canonical,
      // The canonical copy first, then the others in input order.
      members: [canonical, ...members.filter((i) => i !== canonical)].map((index) => {
        const s = at(index);
        const jaccard = estimateJaccard(s.minhash, c.minhash);
        return index === canonical
          ? { index, similarity: 1, jaccard: 1, canonical: true, why: [] }
          : { index, similarity: Math.min(1, weights.containment(s.sample, c.sample)), jaccard, canonical: false, why: reasons(s, c, jaccard) };
      }),
    });
  }
  return clusters.sort((x, y) => x.canonical - y.canonical);
}
