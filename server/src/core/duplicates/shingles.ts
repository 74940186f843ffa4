// Character n-grams ("shingles") of a meeting's comparable text, one paragraph at a time, so that
// moving a paragraph changes no shingle. A paragraph shorter than n is one shingle.
import { hashRange } from './hash';

/** Characters per shingle: long enough that Chinese text rarely repeats one by chance. */
export const SHINGLE = 5;

/** Every shingle's hash, in text order (with repeats). `paragraphs` are [start, end) pairs. */
export function shingleHashes(text: string, paragraphs: readonly number[], n = SHINGLE): Uint32Array {
  let count = 0;
  for (let p = 0; p < paragraphs.length; p += 2) {
    const len = paragraphs[p + 1] - paragraphs[p];
    if (len > 0) count += Math.max(1, len - n + 1);
  }
  const out = new Uint32Array(count);
  let k = 0;
  for (let p = 0; p < paragraphs.length; p += 2) {
    const start = paragraphs[p];
    const end = paragraphs[p + 1];
    if (end <= start) continue;
    if (end - start < n) out[k++] = hashRange(text, start, end);
    else for (let i = start; i + n <= end; i++) out[k++] = hashRange(text, i, i + n);
  }
  return out;
}

/** The distinct values, sorted (the shingle set). */
export function shingleSet(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.slice().sort();
  // (Uint32Array#sort compares numerically.)
  let w = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[w++] = sorted[i];
  return sorted.subarray(0, w);
}

/** |A ∩ B| of two sorted sets. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Exact Jaccard similarity of two sorted sets (the reference MinHash is checked against). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (!a.length && !b.length) return 1;
  const inter = intersectionSize(a, b);
  return inter / (a.length + b.length - inter);
}
