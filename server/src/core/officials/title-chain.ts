// Titles in normalized text: "区委副书记" is an organisation prefix and more, ending with a title
// suffix. Works on normalized text (simplified, full-width punctuation) with absolute offsets.
import { isHan } from '../text/chars';
import prefixData from '../data/org-prefixes.json';
import titlesData from '../data/titles.json';
import modifierData from '../data/title-modifiers.json';
import { charTable, WordSet } from './vocabulary';
import type { OfficialsContext } from './context';

/** Words after which a title may begin inside a clause (会议由区委副书记…, 正如区委书记…, 委托县委常委…); U+FFFD, a lost character (会议�县委副书记…), too. */
const BREAKERS: readonly string[] = titlesData.breakers;
const BREAKER_FIRSTS = charTable(BREAKERS.map((b) => b[0]));
/** BREAKERS by their first UTF-16 unit: a character tries only the breakers it can open (会 → 会议, 会上, 会见). */
const BREAKERS_BY_FIRST = new Map<number, string[]>();
for (const b of BREAKERS) (BREAKERS_BY_FIRST.get(b.charCodeAt(0)) ?? BREAKERS_BY_FIRST.set(b.charCodeAt(0), []).get(b.charCodeAt(0))!).push(b);
const MAX_TITLE = 24;
/**
 * Characters that join words, or stand before a title (受县委书记…委托, 还有县委常委…, 就座的州领导);
 * a title that opens with a level or an organisation may begin right after one.
 */
const LINKS = new Set('和与及并受有的');
const ORG_ENDINGS: readonly string[] = prefixData.orgEndings;

export function allHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

/** Where a title whose suffix starts at `suffixStart` begins, at or after `from`. */
export function titleStart(cx: OfficialsContext, text: string, from: number, suffixStart: number): number {
  let start = from;
  const v = cx.vocabulary;
  for (let i = from; i < suffixStart; i++) {
    if (BREAKER_FIRSTS[text.charCodeAt(i)] === 0) continue;
    let end = 0;
    for (const b of BREAKERS_BY_FIRST.get(text.charCodeAt(i))!) if (text.startsWith(b, i) && i + b.length <= suffixStart) end = Math.max(end, i + b.length);
    // An organisation that starts like a breaker (经开区 and 经, 委员会 and 委托) is part of the title.
    // Asked only where a breaker starts (委 of 县委 opens none): the answer is the same.
    if (end && !v.prefixes.startsAt(text, i, suffixStart + 1)) start = Math.max(start, end);
  }
  // Words before an organisation (以及市委书记…): the title starts at the level character.
  if (!v.levels.has(text[start]) && !v.prefixes.startsAt(text, start, suffixStart + 1)) {
    for (let j = start + 1; j <= suffixStart; j++) {
      if (LINKS.has(text[j - 1]) && (v.levels.has(text[j]) || v.prefixes.startsAt(text, j, suffixStart + 1))) return j;
    }
  }
  return start;
}

/** Ranges up to this long are read by titleStart itself; longer ones through TitleStarts. */
const SHORT_RANGE = 48;

/**
 * titleStart(cx, text, from, s) for one `from` and many `s` (the title suffixes of one long token):
 * the same answers, from what is scanned once instead of the whole range again for every suffix.
 * A token of thousands of characters with a suffix every few (习近平总书记习近平总书记…) cost
 * time quadratic in its length.
 */
export class TitleStarts {
  /** Where a breaker that starts at or after `from` ends, non-decreasing (one breaker per start at most). */
  readonly #breakerEnds: number[] = [];
  /** Offsets j after a link character (和与及并) where a level or an organisation prefix begins, ascending. */
  readonly #links: number[] = [];
  #scanned: number;

  constructor(private readonly cx: OfficialsContext, private readonly text: string, private readonly from: number) {
    this.#scanned = from;
  }

  /** Scans starts below `to`. */
  #scan(to: number): void {
    const { text } = this;
    const v = this.cx.vocabulary;
    for (let i = this.#scanned; i < to; i++) {
      // As in titleStart: an organisation that starts like a breaker (经开区 and 经) is part of the title.
      if (BREAKER_FIRSTS[text.charCodeAt(i)] !== 0) {
        let end = 0;
        for (const b of BREAKERS_BY_FIRST.get(text.charCodeAt(i))!) if (text.startsWith(b, i)) end = Math.max(end, i + b.length);
        if (end && !v.prefixes.startsAt(text, i)) this.#breakerEnds.push(end);
      }
      if (i > this.from && LINKS.has(text[i - 1]) && (v.levels.has(text[i]) || v.prefixes.startsAt(text, i))) this.#links.push(i);
    }
    if (to > this.#scanned) this.#scanned = to;
  }

  /** titleStart(cx, this.text, this.from, suffixStart). */
  at(suffixStart: number): number {
    const { cx, text, from } = this;
    if (suffixStart - from <= SHORT_RANGE) return titleStart(cx, text, from, suffixStart);
    this.#scan(suffixStart);
    // The latest end of a breaker that starts in [from, suffixStart) and ends by suffixStart.
    const ends = this.#breakerEnds;
    let k = upperBound(ends, suffixStart) - 1;
    // A breaker that starts at suffixStart - 1 or before and runs past it does not count; the ends
    // are non-decreasing, so the one before it is the latest that fits.
    const start = k >= 0 ? Math.max(from, ends[k]) : from;
    const v = cx.vocabulary;
    if (v.levels.has(text[start]) || v.prefixes.startsAt(text, start, suffixStart + 1)) return start;
    const links = this.#links;
    for (k = upperBound(links, start); k < links.length && links[k] <= suffixStart; k++) {
      const j = links[k];
      // Listed when a prefix of any length starts there: here it must also end by suffixStart + 1.
      if (v.levels.has(text[j]) || v.prefixes.startsAt(text, j, suffixStart + 1)) return j;
    }
    return start;
  }
}

/** Index of the first value > `x` in ascending `values`. */
function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest place name written before its level character (雁回|镇党委, 城关|镇镇长, 苇塘|县委). */
const MAX_PLACE = 4;

/**
 * Whether the head `text[start, headEnd)` of a title is a place name and its level: a few
 * characters, then a level character that opens an organisation prefix or the title suffix
 * itself (雁回镇党委|书记, 雁回镇|镇长, 苇塘县委|书记).
 */
function placeBeforeLevel(cx: OfficialsContext, text: string, start: number, headEnd: number): boolean {
  const v = cx.vocabulary;
  for (let p = start + 1; p <= start + MAX_PLACE && p < headEnd; p++) {
    if (!v.levels.has(text[p])) continue;
    if (p + 1 === headEnd || v.prefixes.startsAt(text, p, headEnd) || v.prefixes.startsAt(text, p + 1, headEnd)) return true;
  }
  return false;
}

/**
 * Whether `text[start, end)` (ending with a suffix of length `suffixLength`) reads as a title:
 * it opens with a level or an organisation (区委…, 党组…), is a bare title (常务副区长),
 * continues a chain, or is an organisation word and a title at the start of its clause.
 */
export function isPlausibleTitle(cx: OfficialsContext, text: string, start: number, end: number, suffixLength: number, inChain: boolean, atClauseStart: boolean): boolean {
  const v = cx.vocabulary;
  if (inChain || end - start === suffixLength) return true;
  if (isModifiedTitle(cx, text, start, end, suffixLength)) return true;
  if (v.levels.has(text[start]) || v.prefixes.startsAt(text, start, end)) return true;
  if (placeBeforeLevel(cx, text, start, end - suffixLength)) return true;
  if (!atClauseStart) return false;
  const head = text.slice(start, end - suffixLength);
  return head.length <= 8 && ORG_ENDINGS.some((w) => head.endsWith(w));
}

const MODIFIERS = new WordSet(modifierData.modifiers);

/**
 * Whether `text[start, end)` is a modifier and a title that would stand on its own (挂职|副县长,
 * 代理|县长, 原|县委书记): the modifier is a part of the title as written.
 */
function isModifiedTitle(cx: OfficialsContext, text: string, start: number, end: number, suffixLength: number): boolean {
  const m = MODIFIERS.startsAt(text, start, end - suffixLength);
  if (!m) return false;
  const rest = start + m;
  const v = cx.vocabulary;
  return end - rest === suffixLength || v.levels.has(text[rest]) || v.prefixes.startsAt(text, rest, end) > 0 || placeBeforeLevel(cx, text, rest, end - suffixLength);
}

/** Length of the title suffix ending at `end` (not before `floor`), or 0. */
export function suffixEndingAt(cx: OfficialsContext, text: string, end: number, floor: number): number {
  return cx.vocabulary.suffixes.endsAt(text, end, floor);
}

/** If `text[from, end)` ends with a title, where that title starts; otherwise -1. */
export function titleEndingAt(cx: OfficialsContext, text: string, from: number, end: number): number {
  const n = suffixEndingAt(cx, text, end, from);
  if (!n) return -1;
  const start = titleStart(cx, text, from, end - n);
  if (end - start > MAX_TITLE || !allHan(text, start, end)) return -1;
  return start;
}

export { isCollectiveTitle } from './vocabulary';
