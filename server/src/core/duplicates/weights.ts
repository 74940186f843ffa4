// Stock phrases weigh little: each sampled shingle weighs ln((N + 1) / df), where df is the number of
// meetings of the corpus whose sample holds it (counted in a fixed table of 2^22 counters, so a rare
// collision can only lower a weight). Two copies share all their shingles, rare ones included; two
// meetings built from the same stock sentences share mostly common ones.
import type { MeetingSignature } from './signature';
import { intersectionSize } from './shingles';

const TABLE_BITS = 22;
const MASK = (1 << TABLE_BITS) - 1;

export class ShingleWeights {
  private readonly df = new Uint16Array(1 << TABLE_BITS);
  private total = 0;
  /** The weight of each document frequency at `byDfTotal` meetings (NaN: not computed yet): one Math.log per df, not per shingle. */
  private readonly byDf = new Float64Array(0x10000).fill(NaN);
  private byDfTotal = 0;

  constructor(signatures: readonly MeetingSignature[] = []) {
    for (const s of signatures) this.add(s);
  }

  /** Counts a meeting in (the editor's index adds and removes them as files change). */
  add(s: MeetingSignature): void {
    this.total++;
    for (let i = 0; i < s.sample.length; i++) {
      const k = s.sample[i] & MASK;
      if (this.df[k] < 0xffff) this.df[k]++;
    }
  }

  /** Counts out a meeting added before (a counter that saturated stays saturated). */
  remove(s: MeetingSignature): void {
    this.total--;
    for (let i = 0; i < s.sample.length; i++) {
      const k = s.sample[i] & MASK;
      if (this.df[k] > 0 && this.df[k] < 0xffff) this.df[k]--;
    }
  }

  weight(h: number): number {
    if (this.byDfTotal !== this.total) {
      this.byDf.fill(NaN);
      this.byDfTotal = this.total;
    }
    const df = this.df[h & MASK];
    let w = this.byDf[df];
    if (w !== w) w = this.byDf[df] = Math.log((this.total + 1) / Math.max(1, df));
    return w;
  }

  /** w(A): the weight of a sample (containmentOf takes it, computed once per meeting). */
  sum(a: Uint32Array): number {
    let w = 0;
    for (let i = 0; i < a.length; i++) w += this.weight(a[i]);
    return w;
  }

  /** Weighted containment of two sorted samples: w(A ∩ B) / min(w(A), w(B)). */
  containment(a: Uint32Array, b: Uint32Array): number {
    return this.containmentOf(a, this.sum(a), b, this.sum(b));
  }

  /** containment(a, b), given w(a) and w(b) (this.sum of each, with the weights as they are now). */
  containmentOf(a: Uint32Array, sumA: number, b: Uint32Array, sumB: number): number {
    const smaller = Math.min(sumA, sumB);
    if (smaller <= 0) return 0;
    let i = 0;
    let j = 0;
    let shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        shared += this.weight(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) i++;
      else j++;
    }
    return shared / smaller;
  }
}

/** Plain containment |A ∩ B| / min(|A|, |B|) of two sorted sets. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller ? intersectionSize(a, b) / smaller : 0;
}
