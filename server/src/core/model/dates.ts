// Meeting dates as written in a lead (10月13日晚, 2021年1月5日, 5日上午, 昨天下午, 本周一, 近日) and
// the ISO date they imply, given the page's publication date for the relative ones.
import relative from '../data/relative-dates.json';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const TIME_OF_DAY = '(?:上午|下午|晚上|晚间|晚|早上|早晨|中午|凌晨|傍晚|夜间|夜)';
/** The hour a meeting began, after the day or its time of day (上午9时, 9时30分, 十时半, 9:30, 9点). */
const HOUR = '(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[时点](?:[0-9０-９]{1,2}分|[一二三四五六七八九十]{1,3}分|半)?|[0-9０-９]{1,2}[:：][0-9０-９]{2}(?![0-9０-９]))';
/** ASCII or full-width digits (１月２２日), or Chinese numerals. */
const NUM = '(?:[0-9０-９]{1,4}|[〇零一二三四五六七八九十]{1,4})';
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** The weekday a full date may carry in brackets (2024年3月5日（星期二）): part of the date as written. */
const WEEKDAY_NOTE = '(?:[（(](?:星期|周|礼拜)[一二三四五六日天][）)])';
/** What joins the two days of a range (6月19日至20日, 6月19—20日, 6月19～20日): 至, 到 or a dash. */
const RANGE = '(?:[至到—–－~～-]|——)';
/** A month and day, possibly a range; the first day may drop its 日 before the dash (6月19—20日). */
const ABSOLUTE = `(?:(${NUM})年)?(${NUM})月(${NUM})(?:[日号]${WEEKDAY_NOTE}?(?:${RANGE}(?:${NUM}月)?${NUM}[日号]${WEEKDAY_NOTE}?)?|${RANGE}${NUM}[日号]${WEEKDAY_NOTE}?)`;
const DAY_ONLY = `([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?![报期])`;
const DAYS = `(${alternatives(Object.keys(relative.days))})`;
const WEEK = `(?:(${alternatives(Object.keys(relative.weeks))})|星期|周|礼拜)([${Object.keys(relative.weekdays).join('')}])`;
const APPROXIMATE = `(${alternatives(relative.approximate)})`;
/** A day of a month named relative to publication (本月16日, 上月28日), a weekday in brackets possibly after it. */
const MONTH_DAY = `(${alternatives(Object.keys(relative.months))})(${NUM})[日号]${WEEKDAY_NOTE}?`;
/** One date, matched where the regex's lastIndex is (sticky). Groups: see readDate. */
const DATE = new RegExp(`(?:${ABSOLUTE}|${DAY_ONLY}|${DAYS}|${WEEK}|${MONTH_DAY}|${APPROXIMATE})${TIME_OF_DAY}?${HOUR}?`, 'y');
/** 当天/当日 and a time of day (当天下午): after 又讯, the day of the item before (sticky). */
const SAME_DAY = new RegExp(`(?:${alternatives(relative.sameDay)})${TIME_OF_DAY}?${HOUR}?`, 'y');
/** A month and day that cannot be one (33日, 13月): a date whose 月 or a digit was lost. */
const IMPOSSIBLE = /^(?:\d{1,2}月)?(\d{1,3})日/;
/** A month whose day was lost (10月日) or replaced by U+FFFD (2月�日): 月 right before 日. */
const DAY_LOST = /^\d{1,2}月\uFFFD{0,2}日/;
/** A month and day whose 月 was lost to a placeholder (11?30日, 11�30日). */
const MONTH_LOST = /^[0-9０-９]{1,2}[?？\uFFFD]{1,2}[0-9０-９]{1,2}日/;
/** A month whose digits were lost to a placeholder (？月28日, �月3日). */
const MONTH_DIGITS_LOST = /^[?？\uFFFD]{1,2}月[0-9０-９]{1,2}日/;

function toNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (s.length === 4 && !s.includes('十')) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  let total = 0;
  const ten = s.indexOf('十');
  if (ten === -1) return CN_DIGITS[s];
  total += ten === 0 ? 10 : (CN_DIGITS[s[ten - 1]] ?? 1) * 10;
  if (ten < s.length - 1) total += CN_DIGITS[s[ten + 1]] ?? 0;
  return total;
}

export interface DateMatch {
  /** Offset of the date in the text it was read from. */
  readonly start: number;
  readonly length: number;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** Days from the publication date (今天 0, 昨天 −1). */
  readonly offsetDays?: number;
  /** Week relative to publication (本周 0, 上周 −1) and weekday (1 = Monday … 7 = Sunday). */
  readonly week?: number;
  readonly weekday?: number;
  /** 近日, 日前: only "on or before the publication date". */
  readonly approximate?: boolean;
  /** 本月16日 (0), 上月28日 (−1): months from the publication date's; `day` is the day. */
  readonly monthOffset?: number;
  /** 当天 after 又讯: the day of the item before (its ISO date, not the publication's). */
  readonly sameDay?: boolean;
}

/** The date that starts exactly at `at`, or undefined. */
export function readDate(text: string, at = 0): DateMatch | undefined {
  DATE.lastIndex = at;
  const m = DATE.exec(text);
  if (!m) return undefined;
  const start = at;
  const length = m[0].length;
  if (m[2] !== undefined) {
    const month = toNumber(m[2]);
    const day = toNumber(m[3]);
    if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return { start, length, year: toNumber(m[1]), month, day };
  }
  if (m[4] !== undefined) {
    const day = toNumber(m[4]);
    return day !== undefined && day >= 1 && day <= 31 ? { start, length, day } : undefined;
  }
  if (m[5] !== undefined) return { start, length, offsetDays: relative.days[m[5] as keyof typeof relative.days] };
  if (m[7] !== undefined) {
    const week = m[6] === undefined ? 0 : relative.weeks[m[6] as keyof typeof relative.weeks];
    return { start, length, week, weekday: relative.weekdays[m[7] as keyof typeof relative.weekdays] };
  }
  if (m[8] !== undefined) return monthDay(start, length, m[8], m[9]);
  return { start, length, approximate: true };
}

function monthDay(start: number, length: number, word: string, dayText: string): DateMatch | undefined {
  const day = toNumber(dayText);
  if (day === undefined || day < 1 || day > 31) return undefined;
  return { start, length, day, monthOffset: relative.months[word as keyof typeof relative.months] };
}

/** 当天/当日 (with its time of day) exactly at `at`, read only after a news marker (又讯　当天下午), or undefined. */
export function readSameDay(text: string, at: number): DateMatch | undefined {
  SAME_DAY.lastIndex = at;
  const m = SAME_DAY.exec(text);
  return m ? { start: at, length: m[0].length, sameDay: true } : undefined;
}

/** A date at the very start of a paragraph. */
export function matchOpeningDate(text: string): DateMatch | undefined {
  return readDate(text, 0);
}

/** A date-like run at `at` that cannot be a date (33日): its length, else 0. */
export function damagedDateAt(text: string, at: number): number {
  const head = text.slice(at, at + 8);
  const lost = DAY_LOST.exec(head) ?? MONTH_LOST.exec(head) ?? MONTH_DIGITS_LOST.exec(head);
  if (lost) return lost[0].length;
  const m = IMPOSSIBLE.exec(head);
  if (!m) return 0;
  const day = Number(m[1]);
  return day > 31 ? m[0].length : 0;
}

const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}
const fromIso = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * ISO date for a meeting date, given the year from the text or the page's publication date. A
 * meeting in a later month than publication took place the year before; a day-only date (5日) is
 * in the publication's month, or the month before when the day is later than publication's.
 */
export function isoDate(date: DateMatch, published?: string): string | undefined {
  if (date.approximate || date.sameDay) return undefined;
  if (date.offsetDays !== undefined || date.weekday !== undefined) {
    if (!published) return undefined;
    const day = fromIso(published);
    if (date.offsetDays !== undefined) return toIso(day + date.offsetDays * DAY_MS);
    const weekdayOfPublication = ((new Date(day).getUTCDay() + 6) % 7) + 1;
    return toIso(day + ((date.weekday! - weekdayOfPublication) + 7 * (date.week ?? 0)) * DAY_MS);
  }
  if (date.day === undefined) return undefined;
  if (date.monthOffset !== undefined) return monthDayIso(date.day, date.monthOffset, published);
  let year = date.year;
  let month = date.month;
  if (month === undefined) {
    if (!published) return undefined;
    const [py, pm, pd] = published.split('-').map(Number);
    const back = date.day > pd;
    month = back ? (pm === 1 ? 12 : pm - 1) : pm;
    year = back && pm === 1 ? py - 1 : py;
  }
  if (year === undefined && published) {
    const [py, pm] = published.split('-').map(Number);
    year = month > pm ? py - 1 : py;
  }
  if (year === undefined || year < 1949 || year > 2100) return undefined;
  if (date.day > daysIn(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** 本月16日 / 上月28日: that day of the publication's month, or of the month before. */
function monthDayIso(day: number, offset: number, published: string | undefined): string | undefined {
  if (!published) return undefined;
  const [py, pm] = published.split('-').map(Number);
  const index = py * 12 + (pm - 1) + offset;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (day > daysIn(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** For 近日/日前: the notAfter the meeting can have been (the publication date). */
export function notAfterDate(date: DateMatch, published?: string): string | undefined {
  return date.approximate ? published : undefined;
}
