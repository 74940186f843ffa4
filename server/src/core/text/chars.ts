// Character classes used across the core.

/** CJK Unified Ideographs (basic, extension A) and compatibility ideographs, by UTF-16 code unit. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** A high surrogate that begins an astral ideograph (extensions B–G live in planes 2 and 3). */
export function isAstralHanLead(code: number): boolean {
  return code >= 0xd840 && code <= 0xd8bf;
}

export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** Han characters in the first `limit` code units, counting no further than `enough`. */
export function countHan(text: string, limit = text.length, enough = Infinity): number {
  let n = 0;
  const end = Math.min(limit, text.length);
  for (let i = 0; i < end && n < enough; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}
