// The lead of a report: the source or byline it may open with (本报讯（记者 张三）, 据《某某日报》,
// 记者从区政府获悉，), then its date, at the start (3月5日，…) or after the subject
// (区政府3月5日召开…, 会议于3月5日在区政府召开), or else in a dateline (本报甲县3月5日讯). All offsets are into
// the paragraph's text.
import prefixes from '../data/lead-prefixes.json';
import pageParts from '../data/page-parts.json';
import relative from '../data/relative-dates.json';
import { damagedDateAt, readDate, readSameDay, type DateMatch } from './dates';

/** Sticky: each matches exactly where its lastIndex is, without copying the paragraph. */
const anchored = (patterns: readonly string[]) => patterns.map((p) => new RegExp(`(?:${p})${prefixes.separators}`, 'y'));
const NEWS = anchored(prefixes.news);
const SOURCE = anchored(prefixes.source);
/** What may follow a date written after the subject, for it to be the meeting's date. */
const CONVENES = /^(?:[，\s]*在[^，。；]{1,24}?)?(?:召开|举行|举办|主持|组织|开展|进行|集中|专题|前往|深入|调研|研究|审议|听取|学习|会见|会商|视察|检查|督导|督查|慰问|参加|出席)/;
const DAY_CONVENES = /^(?:召开|举行|举办)/;
const SUBJECT_MAX = 40;
const DATE_MARKS = /[日号天晨晚周期拜久近]/;
/** Characters a date can begin with (a digit, a numeral, the first of a relative word): readDate is tried only there. */
const DATE_STARTS = new Uint8Array(0x10000);
for (const word of ['0123456789０１２３４５６７８９〇零一二三四五六七八九十星周礼', ...Object.keys(relative.days), ...Object.keys(relative.weeks), ...relative.approximate, ...Object.keys(relative.months)]) {
  for (const c of word.length > 4 ? word : word[0]) DATE_STARTS[c.charCodeAt(0)] = 1;
}
/** ? ？ U+FFFD: what stands where characters were lost, by code unit. */
const PLACEHOLDERS = new Uint8Array(0x10000);
for (const c of '?？\uFFFD') PLACEHOLDERS[c.charCodeAt(0)] = 1;
/** [，。；：！？] by code unit. */
const CLAUSE_END = new Uint8Array(0x10000);
for (const c of '，。；：！？') CLAUSE_END[c.charCodeAt(0)] = 1;
/** A subject that names the meeting and ends at a comma before its date (…第二十四次会议，8月28日上午在…举行). */
const MEETING_BEFORE_COMMA = /(?:会议|大会|会)$/;

export interface Lead {
  /** A headline in brackets that opens the paragraph (【县政府召开常务会议】3月5日，…): offsets of its words. */
  readonly headline?: { readonly start: number; readonly end: number };
  /** Where the lead proper starts (past 本报讯 and bylines). */
  readonly textStart: number;
  /** A news marker opened the paragraph (本报讯, 又讯): a new report begins here. */
  readonly news: boolean;
  readonly date?: DateMatch;
  /** Whether the date follows the subject (区政府3月5日召开) instead of opening the lead. */
  readonly afterSubject: boolean;
  /** A date whose 月 was lost (33日): offset and length. */
  readonly damagedDate?: { readonly start: number; readonly length: number };
}

const BRACKETED_HEADLINE = /^[【〖\[]([^】〗\]。]{4,60})[】〗\]]\s*/;
/** A place tag that opens a digest item (【荠坡乡】10月22日，…): where, not a headline; the lead follows it. */
const PLACE_TAG = new RegExp(`^[【〖\\[][^】〗\\]。，；\\s]{1,10}?(?:${pageParts.placeEndings.join('|')})[】〗\\]]\\s*`);

/** A broadcast transcript's cue that opens a paragraph (【导语】今天上午，…): not a headline; the lead follows it. */
const TRANSCRIPT_CUE = new RegExp(`^[【〖\\[](?:${pageParts.transcriptCues.join('|')})[】〗\\]]\\s*`);

/** Length of a transcript cue at the paragraph's start, or 0. */
function transcriptCueLength(text: string): number {
  return text.charCodeAt(0) === 0x3010 /* 【 */ || text[0] === '〖' || text[0] === '[' ? (TRANSCRIPT_CUE.exec(text)?.[0].length ?? 0) : 0;
}

/** Length of the place tag at the paragraph's start, or 0. */
export function placeTagLength(text: string): number {
  return PLACE_TAG.exec(text)?.[0].length ?? 0;
}

/** What a source or byline prefix begins with (据《…》, （记者…）, ●), or holds near its start (X讯, 本台消息, 记者从…, 通讯员…报道): without one, no prefix is tried. */
const PREFIX_FIRSTS = /^[据（(■●◆▲★□○◎◇△▶►]/;
const PREFIX_WORDS = /讯|消息|记者|通讯员/;

/** A dispatch's dateline near the start (央广网X地4月22日消息, 新华社X地3月5日电): a prefix may stand there. */
const DATELINE_WORDS = /日(?:消息|电)/;

function mayOpenWithPrefix(text: string, from: number): boolean {
  const head = text.slice(from, from + 40);
  return PREFIX_FIRSTS.test(text[from] ?? '') || PREFIX_WORDS.test(head) || DATELINE_WORDS.test(head);
}

function prefixLength(text: string, from: number): { length: number; news: boolean } {
  if (!mayOpenWithPrefix(text, from)) return { length: from, news: false };
  let at = from;
  let news = false;
  for (let round = 0; round < 4; round++) {
    let matched = false;
    for (const [list, isNews] of [[NEWS, true], [SOURCE, false]] as const) {
      for (const re of list) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (m && m[0].length) {
          at += m[0].length;
          news ||= isNews && /讯|消息/.test(m[0]);
          matched = true;
          break;
        }
      }
      if (matched) break;
    }
    if (!matched) break;
  }
  return { length: at, news };
}

/** A date after the subject of the first clause (区委常委会3月5日召开会议), as offsets into `text`. */
function dateAfterSubject(text: string, from: number): DateMatch | undefined {
  const limit = Math.min(text.length, from + SUBJECT_MAX);
  // Every date form holds one of these characters (3月5日, 5号, 昨天, 今晨, 周一, 星期一, 礼拜一, 近日, 近期, 前不久):
  // a first clause without any has no date to find.
  if (!DATE_MARKS.test(text.slice(from, limit))) return undefined;
  for (let i = from + 2; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_END[c]) {
      // The subject is a meeting and the date follows its comma: the clause goes on.
      if (c !== 0xff0c /* ， */ || !DATE_STARTS[text.charCodeAt(i + 1)] || !MEETING_BEFORE_COMMA.test(text.slice(Math.max(from, i - 2), i))) return undefined;
      continue;
    }
    const at = c === 0x4e8e /* 于 */ ? i + 1 : i;
    if (!DATE_STARTS[text.charCodeAt(at)]) continue;
    const date = readDate(text, at);
    if (!date) continue;
    const after = text.slice(at + date.length, at + date.length + 30);
    // A day alone (推进会21日召开) only when the meeting verb follows it at once.
    const dayOnly = date.month === undefined && date.offsetDays === undefined && date.weekday === undefined && !date.approximate && date.monthOffset === undefined;
    if (dayOnly ? DAY_CONVENES.test(after) : CONVENES.test(after)) return date;
  }
  return undefined;
}

/** A dateline in the source prefix (本报甲县3月5日讯, 新华社北京3月5日电): where its date starts. */
const DATELINE = /(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?=讯|电)/;

/** The dateline's date in `text[from, to)` (the prefix), for a lead with no date of its own. */
function datelineDate(text: string, from: number, to: number): DateMatch | undefined {
  if (to - from < 4) return undefined;
  const m = DATELINE.exec(text.slice(from, to));
  return m ? readDate(text, from + m.index) : undefined;
}

/** 记者近日从县自然资源局获悉: a date between 记者 and 从 in the source prefix `text[from, to)`. */
function reporterDate(text: string, from: number, to: number): DateMatch | undefined {
  const reporter = text.indexOf('记者', from);
  if (reporter < 0 || reporter + 2 >= to || !DATE_STARTS[text.charCodeAt(reporter + 2)]) return undefined;
  const date = readDate(text, reporter + 2);
  return date && text[reporter + 2 + date.length] === '从' ? date : undefined;
}

export function readLead(text: string): Lead {
  const tag = placeTagLength(text) || transcriptCueLength(text);
  const bracketed = tag ? null : BRACKETED_HEADLINE.exec(text);
  const headline = bracketed ? { start: 1, end: 1 + bracketed[1].length } : undefined;
  const { length: textStart, news } = prefixLength(text, bracketed ? bracketed[0].length : tag);
  // Plain literals, not spreads of a shared base: the lead is read for every paragraph.
  const first = text.charCodeAt(textStart);
  // A date, or a damaged one (33日, ？月28日: its month lost to a placeholder).
  if (DATE_STARTS[first] || PLACEHOLDERS[first]) {
    const atStart = DATE_STARTS[first] ? readDate(text, textStart) : undefined;
    if (atStart) return { textStart, news, headline, date: atStart, afterSubject: false };
    const damaged = damagedDateAt(text, textStart);
    if (damaged) return { textStart, news, headline, afterSubject: false, damagedDate: { start: textStart, length: damaged } };
  }
  // 又讯　当天下午，…: a news marker opens another item on the day of the one before.
  const same = news ? readSameDay(text, textStart) : undefined;
  if (same) return { textStart, news, headline, date: same, afterSubject: false };
  const after = dateAfterSubject(text, textStart);
  if (after) return { textStart, news, headline, date: after, afterSubject: true };
  const prefixStart = bracketed ? bracketed[0].length : 0;
  return { textStart, news, headline, date: datelineDate(text, prefixStart, textStart) ?? reporterDate(text, prefixStart, textStart), afterSubject: false };
}
