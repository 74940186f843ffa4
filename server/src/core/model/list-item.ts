// A list page's item headline that carries its own date at the line's end (县政府召开常务会议　2025-06-13)
// or at its start (2026.12.01　莳田乡召开…会议): the date is the item's publication date, not part of the
// meeting's name.

const DATE = String.raw`[（(\[]?(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)[）)\]]?`;
/** Spacing, then a full date (2025-06-13, 2025/6/13, 2025.06.13, 2025年6月13日), maybe in brackets, ending the line. */
const TRAILING_DATE = new RegExp(String.raw`\s+${DATE}\s*$`);
/** A full date opening the line, then spacing and the headline (not a weekday: 2026年10月9日 星期五 is a date line). */
const LEADING_DATE = new RegExp(String.raw`^\s*${DATE}\s+(?![（(]?(?:星期|周|礼拜)[一二三四五六日天])(?=\S{4})`);

export interface ItemDate {
  /** ISO publication date of the item. */
  readonly iso: string;
  /** Where the headline starts without the date and the spacing after it (0 when the date ends the line). */
  readonly nameStart: number;
  /** Where the headline ends without the date and the spacing before it. */
  readonly nameEnd: number;
}

function iso(m: RegExpExecArray): string | undefined {
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date at the end or the start of an item headline (normalized text), else undefined. */
export function itemDate(headline: string): ItemDate | undefined {
  const t = TRAILING_DATE.exec(headline);
  if (t && t.index >= 4) {
    const d = iso(t);
    return d ? { iso: d, nameStart: 0, nameEnd: t.index } : undefined;
  }
  const l = LEADING_DATE.exec(headline);
  if (!l) return undefined;
  const d = iso(l);
  return d ? { iso: d, nameStart: l[0].length, nameEnd: headline.length } : undefined;
}
