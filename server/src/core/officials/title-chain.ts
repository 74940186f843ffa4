// Titles in normalized text: "区委副书记" is an organisation prefix and more, ending with a title
// suffix. Works on normalized text (simplified, full-width punctuation) with absolute offsets.
import { isHan } from '../text/chars';
import prefixData from '../data/org-prefixes.json';
import { charTable, vocabulary } from './vocabulary';

/** Words after which a title may begin inside a clause (会议由区委副书记…). */
const BREAKERS = ['由', '会议', '会上', '在', '了', '邀请', '陪同', '听取', '看望', '是', '请', '对', '向', '经', '据', '任命', '同意'];
const BREAKER_FIRSTS = charTable(BREAKERS.map((b) => b[0]));
const MAX_TITLE = 24;
/** Characters that join words, or stand before a title (受县委书记…委托); a title may begin right after one. */
const LINKS = new Set('和与及并受');
const ORG_ENDINGS: readonly string[] = prefixData.orgEndings;

export function allHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

/** Where a title whose suffix starts at `suffixStart` begins, at or after `from`. */
export function titleStart(text: string, from: number, suffixStart: number): number {
  let start = from;
  const v = vocabulary();
  for (let i = from; i < suffixStart; i++) {
    if (BREAKER_FIRSTS[text.charCodeAt(i)] === 0) continue;
    // An organisation that starts like a breaker (经开区 and 经) is part of the title.
    if (v.prefixes.startsAt(text, i, suffixStart + 1)) continue;
    for (const b of BREAKERS) {
      if (text.startsWith(b, i) && i + b.length <= suffixStart) {
        start = Math.max(start, i + b.length);
      }
    }
  }
  // Words before an organisation (以及市委书记…): the title starts at the level character.
  if (!v.levels.has(text[start]) && !v.prefixes.startsAt(text, start, suffixStart + 1)) {
    for (let j = start + 1; j <= suffixStart; j++) {
      if (LINKS.has(text[j - 1]) && (v.levels.has(text[j]) || v.prefixes.startsAt(text, j, suffixStart + 1))) return j;
    }
  }
  return start;
}

/**
 * Whether `text[start, end)` (ending with a suffix of length `suffixLength`) reads as a title:
 * it opens with a level or an organisation (区委…, 党组…), is a bare title (常务副区长),
 * continues a chain, or is an organisation word and a title at the start of its clause.
 */
export function isPlausibleTitle(text: string, start: number, end: number, suffixLength: number, inChain: boolean, atClauseStart: boolean): boolean {
  const v = vocabulary();
  if (inChain || end - start === suffixLength) return true;
  if (v.levels.has(text[start]) || v.prefixes.startsAt(text, start, end)) return true;
  if (!atClauseStart) return false;
  const head = text.slice(start, end - suffixLength);
  return head.length <= 8 && ORG_ENDINGS.some((w) => head.endsWith(w));
}

/** Length of the title suffix ending at `end` (not before `floor`), or 0. */
export function suffixEndingAt(text: string, end: number, floor: number): number {
  return vocabulary().suffixes.endsAt(text, end, floor);
}

/** If `text[from, end)` ends with a title, where that title starts; otherwise -1. */
export function titleEndingAt(text: string, from: number, end: number): number {
  const n = suffixEndingAt(text, end, from);
  if (!n) return -1;
  const start = titleStart(text, from, end - n);
  if (end - start > MAX_TITLE || !allHan(text, start, end)) return -1;
  return start;
}

/** Whether the whole of `text[start, end)` is a title (区委常委, 区领导). */
export function isWholeTitle(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (vocabulary().collective.isWordAt(text, start, end)) return true;
  return titleEndingAt(text, start, end) === start;
}

export { isCollectiveTitle } from './vocabulary';

/**
 * Splits one clause "区委副书记、区长朱杰" into its titles and the name (kept for the
 * foundation's API): the name is what follows the last title.
 */
export function splitTitlesAndName(text: string, start = 0, end = text.length) {
  const titles: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '、') {
      if (isWholeTitle(text, s, i)) titles.push({ start: s, end: i });
      else {
        for (let e = s + 1; e < i; e++) {
          const ts = titleEndingAt(text, s, e);
          if (ts >= 0 && i - e >= 2 && i - e <= 4 && allHan(text, e, i)) {
            titles.push({ start: ts, end: e });
            return { titles, nameStart: e, nameEnd: i };
          }
        }
        return i - s >= 2 && i - s <= 4 && allHan(text, s, i) ? { titles, nameStart: s, nameEnd: i } : undefined;
      }
      s = i + 1;
    }
  }
  return undefined;
}
