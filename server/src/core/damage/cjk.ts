// Character classes the detectors share.
import { isAstralHanLead, isHan } from '../text/chars';

/** A Han character, counting the low half of an astral ideograph. */
export function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isHan(c)) return true;
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isAstralHanLead(text.charCodeAt(i - 1));
  return isAstralHanLead(c);
}

/** Han, or Chinese punctuation (、。「」《》，：；！？ “ ” ‘ ’ …): the "CJK" that half-width punctuation may stand between. */
export function isCjkAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (
    isHanAt(text, i) ||
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff5e && !(c >= 0xff10 && c <= 0xff19) && !(c >= 0xff21 && c <= 0xff3a) && !(c >= 0xff41 && c <= 0xff5a)) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0x2014
  );
}

/** Quotes a piece of text for a message (control characters shown as U+XXXX). */
export function shown(text: string, max = 24): string {
  const cut = text.length > max ? text.slice(0, max) + '…' : text;
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060-\u2064\ufeff\ue000-\uf8ff]/g, (ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
