// A titled name written between spaces (市委副书记、市长 饶牧之 主持会议 · 副市长 王刚出席): spaces end
// clauses, so the clause that ends with the title and the one that holds the name are read together.
import type { Span } from '../document';
import { isHan } from '../text/chars';
import type { MentionDraft } from './draft';
import { nameEnd } from './name-boundary';
import { isPlausibleTitle, suffixEndingAt, titleEndingAt } from './title-chain';
import { charTable } from './vocabulary';
import type { OfficialsContext } from './context';

const SPACE = charTable(' \u3000');
/** At most this many spaces between a title and its name, or a name and its verb. */
const MAX_GAP = 2;
const CHAIN = 0x3001; // 、

/** Past one or two spaces at `i` when a Han character follows them (before `limit`), else `i`. */
export function pastSpaces(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && j - i < MAX_GAP && SPACE[text.charCodeAt(j)] === 1) j++;
  return j > i && j < limit && isHan(text.charCodeAt(j)) ? j : i;
}

/** Whether a space stands right before `i`. */
export function spaceBefore(text: string, i: number): boolean {
  return i > 0 && SPACE[text.charCodeAt(i - 1)] === 1;
}

/**
 * The titles of the chain that `text[start, end)` ends with (市委副书记、市长), in text order, or
 * undefined when it does not end with a title. The chain goes back over 、 while each part is a
 * whole title; the first part may have words before its title (会议由市长).
 */
function chainEndingAt(cx: OfficialsContext, text: string, start: number, end: number): Span[] | undefined {
  const titles: Span[] = [];
  let e = end;
  while (e > start) {
    let s = e;
    while (s > start && text.charCodeAt(s - 1) !== CHAIN) s--;
    const collective = cx.vocabulary.collective.isWordAt(text, s, e);
    const ts = collective ? s : titleEndingAt(cx, text, s, e);
    if (ts < 0 || !(collective || isPlausibleTitle(cx, text, ts, e, suffixEndingAt(cx, text, e, ts), titles.length > 0, ts === start))) break;
    titles.unshift({ start: ts, end: e });
    if (ts !== s || s === start) break;
    e = s - 1;
  }
  return titles.length ? titles : undefined;
}

/**
 * A name that the clause `text[nameStart, nameEnd)` opens, when only spaces part it from the
 * clause `text[start, end)` and that clause ends with a title: the mention, with the chain's titles.
 */
export function spacedMention(cx: OfficialsContext, text: string, start: number, end: number, nameStart: number, clauseEnd: number, known: Set<string>, out: MentionDraft[]): void {
  if (nameStart <= end || pastSpaces(text, end, nameStart + 1) !== nameStart) return;
  const titles = chainEndingAt(cx, text, start, end);
  if (!titles) return;
  let e = nameEnd(cx, text, nameStart, clauseEnd, known, true);
  if (e < 0) return;
  out.push({ nameStart, nameEnd: e, titles, form: 'titled', spaced: true });
  known.add(text.slice(nameStart, e));
  // 副市长 温若川、韩子墨 出席: the names listed after it share its titles.
  while (text.charCodeAt(e) === CHAIN && e + 1 < clauseEnd) {
    const s = e + 1;
    e = nameEnd(cx, text, s, clauseEnd, known, true);
    if (e < 0) return;
    out.push({ nameStart: s, nameEnd: e, titles, form: 'listed', spaced: true });
    known.add(text.slice(s, e));
  }
}
