// UTF-8 bytes to text, through a decoder written for the common case: Node 20's own decoding
// (Buffer#toString, readFileSync(…, 'utf8')) was the largest single cost of a corpus check
// (figures in docs/benchmarks.md, "Why the optimisations are there"). Any byte sequence it
// does not accept as well-formed UTF-8 (a file in GBK, a truncated character) sends the whole
// text to Node's decoder, so the result is always exactly what Node gives, U+FFFD replacements
// included (a property test checks both).

/** Scratch code units, reused from text to text; one much bigger than a report is not kept. */
const SMALL = 1 << 16;
const KEEP = 1 << 22;
let units = new Uint16Array(SMALL);
/** Uint16Array stores UTF-16 code units in the byte order of the machine; Buffer's ucs2 is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * `data` as UTF-8, or undefined when it holds anything but well-formed UTF-8 (the caller then
 * decodes it with Node's decoder, which replaces what is malformed).
 */
export function decodeWellFormedUtf8(data: Uint8Array): string | undefined {
  const n = data.length;
  if (!LITTLE_ENDIAN) return undefined;
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
  const out = units;
  if (units.length > KEEP) units = new Uint16Array(SMALL);
  let i = 0;
  let k = 0;
  while (i < n) {
    const c = data[i];
    if (c < 0x80) {
      out[k++] = c;
      i++;
    } else if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) {
      // Most of a Chinese text: three bytes, no special second-byte range.
      if (i + 2 >= n) return undefined;
      const c1 = data[i + 1];
      const c2 = data[i + 2];
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return undefined;
      out[k++] = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      i += 3;
    } else if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 >= n) return undefined;
      const c1 = data[i + 1];
      if ((c1 & 0xc0) !== 0x80) return undefined;
      out[k++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
      i += 2;
    } else if (c === 0xe0 || c === 0xed) {
      // E0 A0–BF (no overlong forms), ED 80–9F (no surrogates).
      if (i + 2 >= n) return undefined;
      const c1 = data[i + 1];
      const c2 = data[i + 2];
      if (c === 0xe0 ? c1 < 0xa0 || c1 > 0xbf : c1 < 0x80 || c1 > 0x9f) return undefined;
      if ((c2 & 0xc0) !== 0x80) return undefined;
      out[k++] = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      i += 3;
    } else if (c >= 0xf0 && c <= 0xf4) {
      // F0 90–BF, F1–F3 80–BF, F4 80–8F: up to U+10FFFF, as a surrogate pair.
      if (i + 3 >= n) return undefined;
      const c1 = data[i + 1];
      const c2 = data[i + 2];
      const c3 = data[i + 3];
      if (c === 0xf0 ? c1 < 0x90 || c1 > 0xbf : c === 0xf4 ? c1 < 0x80 || c1 > 0x8f : (c1 & 0xc0) !== 0x80) return undefined;
      if ((c2 & 0xc0) !== 0x80 || (c3 & 0xc0) !== 0x80) return undefined;
      const cp = (((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f)) - 0x10000;
      out[k++] = 0xd800 + (cp >> 10);
      out[k++] = 0xdc00 + (cp & 0x3ff);
      i += 4;
    } else return undefined;
  }
  return Buffer.from(out.buffer, 0, k * 2).toString('utf16le');
}

/** UTF-8 bytes as text: well-formed ones by decodeWellFormedUtf8, others as Node decodes them. */
export function decodeUtf8(data: Buffer): string {
  return decodeWellFormedUtf8(data) ?? data.toString('utf8');
}

