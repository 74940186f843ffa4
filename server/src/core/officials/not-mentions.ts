// Where a name is not a mention of its person: inside a book title (《习近平谈治国理政》) or a
// fixed political term (习近平新时代中国特色社会主义思想). The stock phrases about people
// (以习近平同志为核心的党中央, 习近平总书记) are mentions and are not listed here.
import type { MentionDraft } from './draft';
import { charTable } from './vocabulary';
import type { OfficialsContext } from './context';

/** A book title longer than this (or not closed on its line) is taken as a stray bracket. */
const MAX_BOOK_TITLE = 80;

/** Book titles 《…》 in `text[start, end)`, ascending, as start/end pairs. */
function bookTitles(text: string, start: number, end: number): number[] {
  const spans: number[] = [];
  let close = -1;
  let line = -2; // the first line break at or after the last 《 (-1: none): searched again only once passed
  for (let i = text.indexOf('《', start); i >= 0 && i < end; i = text.indexOf('《', i + 1)) {
    // One search for each closing bracket, however many open before it.
    if (close <= i) close = text.indexOf('》', i + 1);
    if (close < 0 || close >= end) break;
    if (close - i > MAX_BOOK_TITLE) continue;
    if (line !== -1 && line < i) line = text.indexOf('\n', i);
    if (line >= 0 && line < close) continue;
    spans.push(i, close + 1);
  }
  return spans;
}

/** 1 for each character of a fixed term: a name with a first character not among them is in none. */
function termCharTable(cx: OfficialsContext): Uint8Array {
  return (cx.fixedTermChars ??= charTable(cx.vocabulary.fixedTerms.join('')));
}

/** Whether the name `text[s, e)` is part of a fixed term written around it. */
function inFixedTerm(cx: OfficialsContext, text: string, s: number, e: number, cache: Map<string, [string, number][]>): boolean {
  if (!termCharTable(cx)[text.charCodeAt(s)]) return false;
  const name = text.slice(s, e);
  let places = cache.get(name);
  if (!places) {
    places = [];
    for (const term of cx.vocabulary.fixedTerms) for (let k = term.indexOf(name); k >= 0; k = term.indexOf(name, k + 1)) places.push([term, k]);
    cache.set(name, places);
  }
  for (const [term, k] of places) if (s - k >= 0 && text.startsWith(term, s - k)) return true;
  return false;
}

/** `drafts` (ascending) without the names inside book titles and fixed terms of `text[start, end)`. */
export function withoutNonMentions(cx: OfficialsContext, text: string, start: number, end: number, drafts: readonly MentionDraft[]): MentionDraft[] {
  const titles = bookTitles(text, start, end);
  const cache = new Map<string, [string, number][]>();
  const out: MentionDraft[] = [];
  let k = 0;
  for (const d of drafts) {
    while (k < titles.length && titles[k + 1] <= d.nameStart) k += 2;
    if (k < titles.length && titles[k] < d.nameStart && d.nameEnd < titles[k + 1]) continue;
    if (inFixedTerm(cx, text, d.nameStart, d.nameEnd, cache)) continue;
    out.push(d);
  }
  return out;
}
