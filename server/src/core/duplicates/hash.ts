// 32-bit hashing for shingles: FNV-1a over UTF-16 code units, finished by murmur3's fmix32 so that
// every bit of the result depends on every input bit (MinHash bins use the top bits).

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

/** A string's hash, for ids and bucket keys. */
export function hashString(text: string): number {
  return hashRange(text, 0, text.length);
}
