// The pairs of a candidate bucket worth checking: meetings written on two different days are never
// one (the first guard), so a bucket is split by day, and the undated meetings are paired with every
// group; a day's group larger than MAX_BUCKET is a boilerplate text and is not read for pairs.
// `forPairs` visits the pairs `plainForPairs` (the reference, test/unit/duplicates-buckets.test.mjs)
// visits, leaving out only pairs already joined: a bucket of at most MAX_BUCKET meetings is read
// with integer day ids and no map, and a bucket whose meetings are all joined is not read at all.
import type { MeetingSignature } from './signature';

/** A bucket's group (one day's meetings) larger than this is not read for pairs (a boilerplate text). */
export const MAX_BUCKET = 200;

export class UnionFind {
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
  /** Whether the meetings listed (at least one) are all in one set already. */
  allJoined(list: readonly number[]): boolean {
    const root = this.find(list[0]);
    for (let k = 1; k < list.length; k++) if (this.find(list[k]) !== root) return false;
    return true;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Each meeting's day as a small integer (-1: no day written), for forPairs. */
export function dayIds(signatures: readonly Pick<MeetingSignature, 'day'>[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(signatures.length);
  signatures.forEach((s, i) => {
    if (!s.day) out[i] = -1;
    else {
      let id = ids.get(s.day);
      if (id === undefined) ids.set(s.day, (id = ids.size));
      out[i] = id;
    }
  });
  return out;
}

/** The reference: the pairs of `list` to check, grouped by day with a map. */
export function plainForPairs(list: readonly number[], signatures: readonly MeetingSignature[], visit: (i: number, j: number) => void): void {
  const byDay = new Map<string, number[]>();
  const undated: number[] = [];
  for (const i of list) {
    const day = signatures[i].day;
    if (!day) undated.push(i);
    else {
      const g = byDay.get(day);
      if (g) g.push(i);
      else byDay.set(day, [i]);
    }
  }
  const within = (g: readonly number[]) => {
    if (g.length > MAX_BUCKET) return;
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) visit(g[x], g[y]);
  };
  within(undated);
  for (const g of byDay.values()) {
    within(g);
    if (undated.length * g.length <= MAX_BUCKET * MAX_BUCKET) for (const i of undated) for (const j of g) visit(i, j);
  }
}

/**
 * The pairs plainForPairs visits, each as [i, j] as it does (in another order: clustering joins the
 * pairs that pass, whatever the order), except pairs of meetings `sets` has already joined.
 */
export function forPairs(list: readonly number[], days: Int32Array, sets: UnionFind, visit: (i: number, j: number) => void): void {
  if (sets.allJoined(list)) return;
  // At most MAX_BUCKET meetings: no day's group is too large, nor the undated times any group
  // (u + g <= MAX_BUCKET, so u·g <= MAX_BUCKET² / 4): every pair on one day, or with an undated one.
  if (list.length <= MAX_BUCKET) {
    for (let x = 0; x < list.length; x++) {
      const i = list[x];
      const di = days[i];
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y];
        const dj = days[j];
        // An undated meeting first, as the reference pairs them.
        if (di === dj || di < 0) visit(i, j);
        else if (dj < 0) visit(j, i);
      }
    }
    return;
  }
  const groups = new Map<number, number[]>();
  const undated: number[] = [];
  for (const i of list) {
    const d = days[i];
    if (d < 0) undated.push(i);
    else {
      const g = groups.get(d);
      if (g) g.push(i);
      else groups.set(d, [i]);
    }
  }
  const within = (g: readonly number[]) => {
    if (g.length < 2 || g.length > MAX_BUCKET || sets.allJoined(g)) return;
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) visit(g[x], g[y]);
  };
  within(undated);
  for (const g of groups.values()) {
    within(g);
    if (undated.length && undated.length * g.length <= MAX_BUCKET * MAX_BUCKET && !sets.allJoined([...undated, ...g])) for (const i of undated) for (const j of g) visit(i, j);
  }
}
