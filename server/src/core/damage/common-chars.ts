// What a repaired mojibake span may decode to, and which characters ordinary Chinese text is
// written with: the two mojibake repairs (utf8-as-latin1, utf8-as-gbk) ask these before they
// replace a span, so that a repair never brings in characters rarer than those it removes.
import { traditionalCharTable } from '../script/char-map';
import { isHan } from '../text/chars';
import { gbkTable } from './codecs';

/** A GB2312 ideograph or symbol (two GBK bytes, both 0xA1 or above). */
export const isGb2312Bytes = (v: number) => v >> 8 >= 0xa1 && v >> 8 <= 0xf7 && (v & 0xff) >= 0xa1;

let common: Uint8Array | undefined;
/** BMP code unit → 1 when it is in GB2312 or is the traditional form of a character that is (會 for 会). */
function commonTable(): Uint8Array {
  if (common) return common;
  const gbk = gbkTable();
  const simplified = traditionalCharTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) if (isGb2312Bytes(gbk[c]) || isGb2312Bytes(gbk[simplified[c]])) t[c] = 1;
  return (common = t);
}

/** A character ordinary Chinese text is written with (simplified or traditional). */
export function isCommonChar(code: number): boolean {
  return code < 0x10000 && commonTable()[code] === 1;
}

/**
 * Whether a character may come out of a mojibake repair in a Chinese report: Han, CJK and
 * full-width punctuation, the general punctuation (“ ” — …), the symbols such reports use
 * (℃ № Ⅰ ① → ■ ★) and Latin-1 (from two-byte sequences). Hangul, kana, phonetic
 * extensions, private use and the like are never the result of a repair.
 */
export function isPlausibleRepair(code: number): boolean {
  if (code >= 0xa0 && code <= 0xff) return true;
  if (isHan(code) || (code >= 0x20000 && code <= 0x3134f)) return true;
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff5e) ||
    (code >= 0xffe0 && code <= 0xffe5) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x203b) ||
    code === 0x2103 ||
    code === 0x2116 ||
    (code >= 0x2160 && code <= 0x216b) ||
    (code >= 0x2190 && code <= 0x2193) ||
    (code >= 0x2460 && code <= 0x249b) ||
    (code >= 0x25a0 && code <= 0x25cf) ||
    code === 0x2605 ||
    code === 0x2606
  );
}
