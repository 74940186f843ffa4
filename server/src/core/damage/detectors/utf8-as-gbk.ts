// mojibake.utf8-as-gbk: UTF-8 read as GBK or GB18030 (涓浗 for 中国, 鍖哄煙 for 区域). The span's
// GBK bytes are decoded as UTF-8; it is repaired only when that round-trips exactly and reads as
// Chinese where the span did not.
import { isHan } from '../../text/chars';
import { decodeGbk, gbkTable } from '../codecs';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';

const MIN_CHARS = 3; // six bytes: two UTF-8 ideographs

const isUtf8Byte = (b: number) => (b >= 0x80 && b <= 0xbf) || (b >= 0xc2 && b <= 0xf4);

/** A GB2312 ideograph or symbol: the characters ordinary text is written with. */
const isCommon = (v: number) => (v >> 8) >= 0xa1 && (v >> 8) <= 0xf7 && (v & 0xff) >= 0xa1;

function plausible(code: number): boolean {
  return isHan(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e) || (code >= 0x2018 && code <= 0x201d) || code === 0x2026 || code === 0x2014 || code === 0xb7;
}

/**
 * Decodes UTF-8 from `bytes` at `from` for as long as it is valid and plausible; returns the
 * code points and the byte offset after each.
 */
function decodeRun(bytes: Uint8Array, from: number, to: number): { codes: number[]; ends: number[] } {
  const codes: number[] = [];
  const ends: number[] = [];
  let p = from;
  while (p < to) {
    const b = bytes[p];
    let n: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) (n = 2), (cp = b & 0x1f);
    else if (b >= 0xe0 && b <= 0xef) (n = 3), (cp = b & 0x0f);
    else break;
    if (p + n > to) break;
    let ok = true;
    for (let k = 1; k < n; k++) {
      const c = bytes[p + k];
      if (c < 0x80 || c > 0xbf) ok = false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || (n === 3 && cp < 0x800) || (cp >= 0xd800 && cp <= 0xdfff) || !plausible(cp)) break;
    p += n;
    codes.push(cp);
    ends.push(p);
  }
  return { codes, ends };
}

export const utf8AsGbk: Detector = {
  code: 'mojibake.utf8-as-gbk',
  detect({ text }) {
    const table = gbkTable();
    const out: Finding[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      // A run of characters whose two GBK bytes could both be UTF-8 bytes of non-ASCII text.
      const v = table[text.charCodeAt(i)];
      if (!v || !isUtf8Byte(v >> 8) || !isUtf8Byte(v & 0xff)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const w = table[text.charCodeAt(j)];
        if (!w || !isUtf8Byte(w >> 8) || !isUtf8Byte(w & 0xff)) break;
        j++;
      }
      if (j - i >= MIN_CHARS) scanRun(text, i, j, table, out);
      i = j;
    }
    return out;
  },
};

function scanRun(text: string, from: number, to: number, table: Uint16Array, out: Finding[]): void {
  const bytes = new Uint8Array((to - from) * 2);
  for (let k = from; k < to; k++) {
    const v = table[text.charCodeAt(k)];
    bytes[(k - from) * 2] = v >> 8;
    bytes[(k - from) * 2 + 1] = v & 0xff;
  }
  let s = 0;
  const chars = to - from;
  while (chars - s >= MIN_CHARS) {
    const { codes, ends } = decodeRun(bytes, s * 2, bytes.length);
    // The last decoded character that also ends on a GBK character boundary.
    let k = ends.length - 1;
    while (k >= 0 && ends[k] % 2) k--;
    const endChar = k >= 0 ? ends[k] / 2 : s;
    if (endChar - s >= MIN_CHARS && accept(text, from + s, from + endChar, codes.slice(0, k + 1), table)) {
      const start = from + s;
      const end = from + endChar;
      const repaired = String.fromCharCode(...codes.slice(0, k + 1));
      out.push(finding('mojibake.utf8-as-gbk', start, end, `"${text.slice(start, Math.min(end, start + 12))}${end - start > 12 ? '…' : ''}" is UTF-8 read as GBK; the fix decodes it back to "${repaired.length > 12 ? repaired.slice(0, 12) + '…' : repaired}".`, repaired));
      s = endChar;
    } else s++;
  }
}

/** Reads as Chinese (mostly common characters), the span did not, and it round-trips exactly. */
function accept(text: string, start: number, end: number, codes: number[], table: Uint16Array): boolean {
  let han = 0;
  let commonAfter = 0;
  for (const c of codes) {
    if (isHan(c)) han++;
    if (isCommon(table[c])) commonAfter++;
  }
  if (han < 2) return false;
  let commonBefore = 0;
  for (let i = start; i < end; i++) if (isCommon(table[text.charCodeAt(i)])) commonBefore++;
  if (commonAfter / codes.length < 0.6 || commonBefore / (end - start) > commonAfter / codes.length - 0.2) return false;
  const repaired = String.fromCharCode(...codes);
  return decodeGbk(Buffer.from(repaired, 'utf8')) === text.slice(start, end);
}
