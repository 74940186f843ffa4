// Whether a decoded mojibake span is a repair: the result must read better than the span. Real
// text is full of spans that happen to be valid UTF-8 once taken back to cp1252 bytes (Brontë…”
// is the bytes of 녔, café…’ those of 酒, Ã’s those of Ò), so validity alone proves nothing. A
// span is repaired when
//   - everything it decodes to is what a Chinese report is written with (isPlausibleRepair: no
//     Hangul, kana, phonetic letters, emoji, controls), its Han characters mostly common ones; and
//   - it holds two mis-decoded sequences or more (one Chinese character is already three), or its
//     one sequence (not glued to Latin-1 letters left undecoded) is unmistakable: â€ ã€ ï¼ + a
//     byte (“ ” — … 、 ， as mojibake), a common character standing apart from any Latin word, or
//     a Latin-1 character (Â·) between Chinese characters.
import { isHanAt } from './cjk';
import { isCommonChar, isPlausibleRepair } from './common-chars';
import { isHan } from '../text/chars';

/** The length of a UTF-8 sequence from its first byte (0 for a byte that cannot start one). */
export function sequenceLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** A share of the Han characters of a repair that must be common ones. */
const COMMON_HAN = 0.6;

/** A Latin letter (ASCII, Latin-1 or Latin Extended-A/B: ƒ Š Œ Ž as cp1252 puts them too). */
function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** A non-ASCII Latin letter (Ã ã ƒ …): mojibake that did not decode, next to a sequence that did. */
function isStrayLetter(code: number): boolean {
  return code >= 0x80 && isLatinLetter(code);
}

/** Whether the decoded text is made of plausible characters, its Han mostly common. */
function readsAsChinese(repaired: string): boolean {
  let han = 0;
  let common = 0;
  for (let i = 0; i < repaired.length; i++) {
    let code = repaired.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < repaired.length) code = repaired.codePointAt(i++)!;
    if (!isPlausibleRepair(code)) return false;
    if (isHan(code) || code >= 0x20000) {
      han++;
      if (isCommonChar(code)) common++;
    }
  }
  return common >= han * COMMON_HAN;
}

/**
 * `text[start, end)`: a stretch of `sequences` whole UTF-8 sequences (as cp1252 characters) that
 * decodes to `repaired`. Whether to repair it.
 */
export function acceptsLatinRepair(text: string, start: number, end: number, sequences: number, repaired: string): boolean {
  if (!readsAsChinese(repaired)) return false;
  if (sequences >= 2) return true;
  // One sequence glued to Latin-1 letters that are no sequence at all (ã†â€™ãƒ): a garble, not a repair.
  if (isStrayLetter(text.charCodeAt(start - 1)) || isStrayLetter(text.charCodeAt(end))) return false;
  const lead = text.charCodeAt(start);
  const code = repaired.codePointAt(0)!;
  // â€, ã€, ï¼, ï½ + one more: punctuation as mojibake (“ ” ’ — … 、 。 ，); those pairs are never text.
  if (text.charCodeAt(start + 1) === 0x20ac && (lead === 0xe2 || lead === 0xe3)) return (code >= 0x2010 && code <= 0x203b) || (code >= 0x3000 && code <= 0x303f);
  if (lead === 0xef && (code >= 0xff01 && code <= 0xff5e)) return true;
  // One Chinese character read as three Latin characters: not inside a Latin word (café…’ is 酒).
  if (end - start >= 3) return isCommonChar(code) && !isLatinLetter(text.charCodeAt(start - 1)) && !isLatinLetter(text.charCodeAt(end));
  // Â· Ã©: two characters a Latin text may well hold (MISUTÂ AJIKKO, Ã’s); repaired between Chinese characters only.
  return isChineseAt(text, start - 1) && isChineseAt(text, end);
}

/** Han or Chinese punctuation (、。，：), not the curly quotes Latin text shares. */
function isChineseAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isHanAt(text, i) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e);
}
