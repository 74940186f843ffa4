// A list page's item headline that carries its own date at the line's end (县政府召开常务会议　2025-06-13):
// the date is the item's publication date, not part of the meeting's name.

/** Spacing, then a full date (2025-06-13, 2025/6/13, 2025.06.13, 2025年6月13日), maybe in brackets, ending the line. */
const TRAILING_DATE = /\s+[（(\[]?(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)[）)\]]?\s*$/;

export interface ItemDate {
  /** ISO publication date of the item. */
  readonly iso: string;
  /** Length of the headline without the date and the spacing before it. */
  readonly nameLength: number;
}

/** The date at the end of an item headline (normalized text), else undefined. */
export function itemDate(headline: string): ItemDate | undefined {
  const m = TRAILING_DATE.exec(headline);
  if (!m || m.index < 4) return undefined;
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { iso: `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, nameLength: m.index };
}
