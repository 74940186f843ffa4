// Pass 1: titled names and the lists that follow them, clause by clause.
//   区委副书记、区长朱杰 · 会议由区委副书记陈彦臣主持 · 区领导芮弢、陈红、胡汪兴…参加会议
import type { Span } from '../document';
import { lowerBound, type Offsets } from './anchor-scan';
import type { MentionDraft } from './draft';
import { nameEnd } from './name-boundary';
import { allHan, isPlausibleTitle, suffixEndingAt, titleEndingAt, TitleStarts } from './title-chain';
import titlesData from '../data/titles.json';
import type { OfficialsContext } from './context';

/** Words between a title and the colon before its list (州领导有：…), longest first. */
const LIST_LEADS: readonly string[] = [...titlesData.listLeads].sort((a, b) => b.length - a.length);

const CONNECTORS = new Set('和与及、');
/** A character after a name that a title opens right after, for another person (麹向东受|县委副书记、代县长岩温香委托). */
const ON_BEHALF = '受';
const MAX_TITLE = 24;
/** Longer than the characters one title suffix adds to another (秘书 → 秘书长, 部长 → 部长助理). */
const MAX_SUFFIX = 4;

interface Found {
  title: Span;
  nameStart: number;
  nameEnd: number;
}

/** The first "title + name" in `text[from, to)`; `suffixEnds` holds every offset a title suffix may end at. */
function titledName(cx: OfficialsContext, text: string, from: number, to: number, known: ReadonlySet<string>, inChain: boolean, atClauseStart: boolean, suffixEnds: Offsets): Found | undefined {
  let starts: TitleStarts | undefined;
  for (let k = lowerBound(suffixEnds, from + 2); k < suffixEnds.length && suffixEnds[k] < to; k++) {
    let e = suffixEnds[k];
    let n = suffixEndingAt(cx, text, e, from);
    if (!n) continue;
    // The longest title: one suffix may go on into another (州政府秘书|长 → 秘书长), the name starts after it.
    for (let j = k + 1; j < suffixEnds.length && suffixEnds[j] < to && suffixEnds[j] - e < MAX_SUFFIX; j++) {
      const m = suffixEndingAt(cx, text, suffixEnds[j], from);
      if (m && suffixEnds[j] - m < e) {
        e = suffixEnds[j];
        n = m;
        k = j;
      }
    }
    const ts = (starts ??= new TitleStarts(cx, text, from)).at(e - n);
    if (e - ts > MAX_TITLE || !allHan(text, ts, e) || !isPlausibleTitle(cx, text, ts, e, n, inChain, atClauseStart && ts === from)) continue;
    // A character lost between the title and the name (县长�王强主持): the name starts past it.
    let at = e;
    while (at < to && text.charCodeAt(at) === 0xfffd) at++;
    const end = nameEnd(cx, text, at, to, known, true);
    if (end > 0) return { title: { start: ts, end: e }, nameStart: at, nameEnd: end };
  }
  return undefined;
}

/** Past what may follow a name before the list goes on: a lost character (巴特尔�、…), then 等同志, 同志 or 等. */
function skipAfterName(text: string, i: number, to: number): number {
  while (i < to && text.charCodeAt(i) === 0xfffd) i++;
  for (const w of ['等同志', '同志', '等']) if (text.startsWith(w, i) && i + w.length <= to) return i + w.length;
  return i;
}

/**
 * The title a clause ends with before a colon and a list of names (主席台就座的州领导有：韦国栋、…
 * · 县委常委：…), or undefined.
 */
export function listLead(cx: OfficialsContext, text: string, clauseStart: number, clauseEnd: number): Span | undefined {
  if (text[clauseEnd] !== '：') return undefined;
  let e = clauseEnd;
  for (const w of LIST_LEADS) {
    if (e - w.length > clauseStart && text.startsWith(w, e - w.length)) {
      e -= w.length;
      break;
    }
  }
  if (cx.vocabulary.collective.isWordAt(text, clauseStart, e)) return { start: clauseStart, end: e };
  const ts = titleEndingAt(cx, text, clauseStart, e);
  if (ts >= 0 && isPlausibleTitle(cx, text, ts, e, suffixEndingAt(cx, text, e, ts), false, ts === clauseStart)) return { start: ts, end: e };
  return undefined;
}

/**
 * Titled and listed names in the clause `text[clauseStart, clauseEnd)`; `suffixEnds` (ascending)
 * holds every offset a title suffix may end at. `lead`: the titles of a list the clause is (the
 * title before the colon that opens it: 州领导有：|韦国栋、严冬梅).
 */
export function titledMentions(cx: OfficialsContext, text: string, clauseStart: number, clauseEnd: number, known: Set<string>, out: MentionDraft[], suffixEnds: Offsets, lead?: Span[]): void {
  let pending: Span[] = [];
  let inherited: Span[] | undefined = lead;
  let inList = lead !== undefined;
  const emit = (nameStart: number, end: number, titles: Span[], form: MentionDraft['form']) => {
    out.push({ nameStart, nameEnd: end, titles, form });
    known.add(text.slice(nameStart, end));
  };

  let a = clauseStart;
  for (let i = clauseStart; i <= clauseEnd; i++) {
    if (i < clauseEnd && text.charCodeAt(i) !== 0x3001) continue;
    const b = i;
    const tokenStart = a;
    a = i + 1;
    if (b <= tokenStart) continue;

    let pos = tokenStart;
    let found = titledName(cx, text, pos, b, known, pending.length > 0, pos === clauseStart, suffixEnds);
    if (!found) {
      const ts = cx.vocabulary.collective.isWordAt(text, pos, b) ? pos : titleEndingAt(cx, text, pos, b);
      if (ts >= 0 && isPlausibleTitle(cx, text, ts, b, suffixEndingAt(cx, text, b, ts), pending.length > 0, ts === clauseStart)) {
        pending.push({ start: ts, end: b });
        inherited = undefined;
        continue;
      }
      // A list under a title (区领导刘一、王二…) expects names as the title does.
      const end: number = inList ? nameEnd(cx, text, pos, b, known, true) : -1;
      if (end > 0 && !pending.length) {
        emit(pos, end, inherited ?? [], 'listed');
        inList = skipAfterName(text, end, b) === b;
        continue;
      }
      if (pending.length) pending = [];
      inherited = undefined;
      inList = false;
      continue;
    }
    // One token may hold several people: 区委书记汤洁和区长朱杰出席会议.
    while (found) {
      // Names listed after this one share its titles (副市长孙立群、吴海燕 · 区领导芮弢、陈红).
      inherited = [...pending, found.title];
      emit(found.nameStart, found.nameEnd, inherited, 'titled');
      if (pending.length) pending = [];
      pos = skipAfterName(text, found.nameEnd, b);
      // The list goes on only if the name ends its token (…芮弢、陈红、…), not after 主持召开…、
      inList = pos === b;
      if (pos < b && text[pos] === ON_BEHALF) {
        // 由A受B委托主持: B is titled too, when a title opens right after 受.
        const from = pos + 1;
        found = titledName(cx, text, from, b, known, false, false, suffixEnds);
        if (found && found.title.start !== from) found = undefined;
        // 受县委副书记、代县长…: the token is the first title of a chain the next one goes on.
        if (!found && titleEndingAt(cx, text, from, b) === from) {
          pending = [{ start: from, end: b }];
          inList = false;
        }
        continue;
      }
      if (pos >= b || !CONNECTORS.has(text[pos])) break;
      pos++;
      found = titledName(cx, text, pos, b, known, false, false, suffixEnds);
      if (!found) {
        const end = nameEnd(cx, text, pos, b, known, true);
        if (end > 0) emit(pos, end, inherited ?? [], 'listed');
      }
    }
  }
}
