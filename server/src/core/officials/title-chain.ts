// Splits "区委副书记、区长朱杰" into its titles and the name that follows them.
// Works on normalized text (simplified, full-width punctuation); offsets are relative.
import titles from '../data/titles.json';
import { isHan } from '../text/chars';

const suffixSet = new Set(titles.suffixes);
const suffixLengths = [...new Set(titles.suffixes.map((s) => s.length))].sort((a, b) => b - a);
const collective = new Set(titles.standalone);

export interface TitledName {
  /** Titles before the name, each with its offset in the clause. */
  readonly titles: readonly { start: number; end: number }[];
  readonly nameStart: number;
  readonly nameEnd: number;
}

const TRAILERS = ['同志', '等同志', '等'];

function allHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

/** The end of the last title suffix in `text[start, end)`, or -1. */
function lastTitleEnd(text: string, start: number, end: number): number {
  for (let e = end; e > start; e--) {
    for (const length of suffixLengths) {
      if (e - length >= start && suffixSet.has(text.slice(e - length, e))) return e;
    }
  }
  return -1;
}

/** Whether the whole of `text[start, end)` is a title (ends with a suffix, or a collective like 区领导). */
export function isTitle(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const t = text.slice(start, end);
  if (collective.has(t)) return true;
  return lastTitleEnd(text, start, end) === end && allHan(text, start, end);
}

export function isCollectiveTitle(title: string): boolean {
  return collective.has(title) || /领导$|成员$/.test(title);
}

/**
 * Parses one clause: an optional 、-separated title chain, then a 2–4 character name,
 * then optional 同志/等. Returns undefined when no plausible name is found.
 */
export function splitTitlesAndName(text: string, start = 0, end = text.length): TitledName | undefined {
  while (start < end && /[由及和与，、\s]/.test(text[start])) start++;
  for (const t of TRAILERS) {
    if (end - t.length > start && text.startsWith(t, end - t.length)) {
      end -= t.length;
      break;
    }
  }
  const titleEnd = lastTitleEnd(text, start, end);
  const nameStart = titleEnd === -1 ? start : titleEnd;
  const nameLength = end - nameStart;
  if (nameLength < 2 || nameLength > 4 || !allHan(text, nameStart, end)) return undefined;
  const found: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i <= nameStart; i++) {
    if (i === nameStart || text[i] === '、') {
      if (i > s) found.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return { titles: found, nameStart, nameEnd: end };
}
