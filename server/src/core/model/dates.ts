// Meeting dates as written at the start of a report (10月13日晚, 1月11日下午, 日前, 2021年1月5日).

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const TIME_OF_DAY = '(?:上午|下午|晚上|晚间|晚|早上|早晨|中午|凌晨|傍晚|夜间)';
const NUM = '(?:\\d{1,4}|[〇零一二三四五六七八九十]{1,4})';

/** A date at the very start of a paragraph, with the text's own prefix of place if any. */
export const OPENING_DATE = new RegExp(
  `^(?:(${NUM})年)?(${NUM})月(${NUM})日${TIME_OF_DAY}?|^(?:日前|近日|近期|昨天|今天|昨日|今日)`,
);

function toNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && !s.includes('十')) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  let total = 0;
  const ten = s.indexOf('十');
  if (ten === -1) return CN_DIGITS[s];
  total += ten === 0 ? 10 : (CN_DIGITS[s[ten - 1]] ?? 1) * 10;
  if (ten < s.length - 1) total += CN_DIGITS[s[ten + 1]] ?? 0;
  return total;
}

export interface DateMatch {
  readonly length: number;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

export function matchOpeningDate(text: string): DateMatch | undefined {
  const m = OPENING_DATE.exec(text);
  if (!m) return undefined;
  const month = toNumber(m[2]);
  const day = toNumber(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { length: m[0].length, year: toNumber(m[1]), month, day };
}

/**
 * ISO date for a meeting dated month/day, given the year from the text or from the page's
 * publication date. A meeting in a later month than publication took place the year before.
 */
export function isoDate(date: DateMatch, published?: string): string | undefined {
  if (date.month === undefined || date.day === undefined) return undefined;
  let year = date.year;
  if (year === undefined && published) {
    const [py, pm] = published.split('-').map(Number);
    year = date.month > pm ? py - 1 : py;
  }
  if (year === undefined || year < 1949 || year > 2100) return undefined;
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
