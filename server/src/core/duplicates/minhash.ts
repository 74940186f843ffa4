// MinHash signatures by one-permutation hashing (Li, Owen and Zhang 2012) with rotation
// densification (Shrivastava and Li 2014): each shingle is hashed once; its top bits choose one of
// K bins and the rest is its value; a bin keeps its smallest value. An empty bin borrows the value
// of the next non-empty bin to its right, offset by the distance, so that two sets' signatures still
// agree in a bin with probability ≈ their Jaccard similarity. One hash per shingle instead of K:
// this is what keeps `huiyi duplicates` at the speed of `huiyi export`.
// The one estimator the rest of the code uses is `estimateJaccard`; `test/unit/duplicates-minhash`
// checks it against exact Jaccard on shingle sets.

/** Bins per signature (a power of two). */
export const BINS = 128;
const BIN_BITS = 7;
const VALUE_BITS = 32 - BIN_BITS;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const EMPTY = 0xffffffff;

/** The signature of a multiset of 32-bit hashes (repeats do not change it). */
export function minhash(hashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(BINS).fill(EMPTY);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i];
    const bin = h >>> VALUE_BITS;
    const value = h & VALUE_MASK;
    if (value < sig[bin]) sig[bin] = value;
  }
  densify(sig);
  return sig;
}

function densify(sig: Uint32Array): void {
  let any = -1;
  for (let b = 0; b < BINS; b++) if (sig[b] !== EMPTY) any = b;
  if (any === -1) return; // no shingles at all: every bin stays empty
  const filled = sig.slice();
  for (let b = 0; b < BINS; b++) {
    if (filled[b] !== EMPTY) continue;
    let t = 1;
    while (filled[(b + t) & (BINS - 1)] === EMPTY) t++;
    // Above every real value (< 2^25) and different for each distance: t < 128, so it fits 32 bits.
    sig[b] = (filled[(b + t) & (BINS - 1)] + t * (VALUE_MASK + 1)) >>> 0;
  }
}

/** The estimated Jaccard similarity of the sets behind two signatures. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i] && a[i] !== EMPTY) same++;
  return same / BINS;
}

/** LSH banding: BANDS bands of ROWS bins; two signatures that agree on a whole band are candidates. */
export const BANDS = 32;
export const ROWS = BINS / BANDS;

/** The key of band `band` of a signature. */
export function bandKey(sig: Uint32Array, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = Math.imul(h ^ sig[r], 0x01000193) ^ (h >>> 15);
  return h >>> 0;
}
