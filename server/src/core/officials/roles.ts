// An official's role from the words after the name: 主持 → chair; 出席/参加/列席 → attendee;
// 讲话/强调/指出/要求 → speaker; 宣读/汇报/作…发言 → presenter. "出席会议并讲话" gives two.
import type { Role } from '../model/types';
import { isHan } from '../text/chars';
import { charTable } from './vocabulary';
import type { OfficialsContext } from './context';

const WHERE = /^在[^，。；：]{0,14}?(?:中|时|上)/;
const SEGMENT_END = charTable('，。；：！？');
const AT = '在'.charCodeAt(0);
const AND = '并'.charCodeAt(0);
const MAX_PLACE = 12;

function skipFillers(cx: OfficialsContext, text: string, i: number, end: number): number {
  const v = cx.vocabulary;
  for (let n = v.fillers.startsAt(text, i, end); n; n = v.fillers.startsAt(text, i, end)) i += n;
  return i;
}

/**
 * 在 and a place at `i` (在江岭省主持召开, 在鹭洲主持): where the role verb after the place starts,
 * or -1. The place is two characters or more, with no word that follows names in it (在听取汇报后
 * is no place).
 */
function pastPlace(cx: OfficialsContext, text: string, i: number, end: number): number {
  const v = cx.vocabulary;
  const limit = Math.min(end, i + 1 + MAX_PLACE);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (SEGMENT_END[c] || !isHan(c)) return -1;
    if (j >= i + 3 && v.roleWords.startsAt(text, j, end)) return j;
    if (v.followers.startsAt(text, j, end) >= 2) return -1;
  }
  return -1;
}

/**
 * 在, a place and another verb at `i` (在赭岩地区|调研): where that verb starts, or -1. The place
 * is two characters or more, up to the first word that follows names.
 */
function placeThenVerb(cx: OfficialsContext, text: string, i: number, end: number): number {
  const v = cx.vocabulary;
  const limit = Math.min(end, i + 1 + MAX_PLACE);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (SEGMENT_END[c] || !isHan(c)) return -1;
    if (v.followers.startsAt(text, j, end) >= 2) return j >= i + 3 ? j : -1;
  }
  return -1;
}

/**
 * Where the verbs go on after the clause that ends at `segmentEnd`: past a comma and 并, the
 * same subject's next verb (调研，并在地区行署主持召开座谈会), or -1.
 */
function nextClauseVerb(cx: OfficialsContext, text: string, segmentEnd: number, end: number): number {
  if (text[segmentEnd] !== '，' || text.charCodeAt(segmentEnd + 1) !== AND || segmentEnd + 2 >= end) return -1;
  return verbStart(cx, text, segmentEnd + 2, end);
}

/** How far 受…委托 may reach (受县委副书记、代县长岩温香委托). */
const MAX_BEHALF = 30;
const BEHALF = '受'.charCodeAt(0);

/** Past 受…委托 at `i` (麹向东受县长岩温香委托主持: the verb is the name's own), else `i`. */
function pastBehalf(cx: OfficialsContext, text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== BEHALF) return i;
  const limit = Math.min(end, i + MAX_BEHALF);
  for (let j = i + 1; j < limit - 1; j++) {
    if (SEGMENT_END[text.charCodeAt(j)]) return i;
    // 委托�持: the verb's first character lost (a commission is to chair); read as it stands, not past the U+FFFD.
    if (text.startsWith('委托\uFFFD持', j)) return j + 2;
    if (text.startsWith('委托', j)) return skipFillers(cx, text, j + 2, end);
  }
  return i;
}

/** Past the fillers and 受…委托 after a name: where its own words start. */
function ownWordsStart(cx: OfficialsContext, text: string, from: number, end: number): number {
  return pastBehalf(cx, text, skipFillers(cx, text, from, end), end);
}

/** Where the role verb after a name would start: past fillers, 受…委托, 在…中 and 在 a place. */
function verbStart(cx: OfficialsContext, text: string, from: number, end: number): number {
  return verbPastWhere(cx, text, ownWordsStart(cx, text, from, end), end);
}

/** Where the role verb starts from `i` (where the name's own words start): past 在…中 and 在 a place. */
function verbPastWhere(cx: OfficialsContext, text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== AT) return i;
  const where = WHERE.exec(text.slice(i, Math.min(end, i + 17)));
  if (where) return skipFillers(cx, text, i + where[0].length, end);
  const verb = pastPlace(cx, text, i, end);
  return verb > 0 ? verb : i;
}

/** Whether a role verb follows right after a name (rolesAfter also reads one after another verb and 并). */
export function roleFollows(cx: OfficialsContext, text: string, from: number, end: number): boolean {
  return cx.vocabulary.roleWords.startsAt(text, verbStart(cx, text, from, end), end) > 0;
}

/** First offset of `code` in `text[from, to)`, or -1. */
function indexIn(text: string, code: number, from: number, to: number): number {
  for (let j = from; j < to; j++) if (text.charCodeAt(j) === code) return j;
  return -1;
}

/** Where the verbs of the segment from `i` end: clause punctuation, at most 80 characters on. */
function segmentEndAfter(text: string, i: number, end: number): number {
  const limit = Math.min(end, i + 80);
  let segmentEnd = i;
  while (segmentEnd < limit && !SEGMENT_END[text.charCodeAt(segmentEnd)]) segmentEnd++;
  return segmentEnd;
}

/**
 * The role of a 在…时/中 clause that opens with a role verb (詹慕白在主持会议时指出: the name chairs
 * as well as speaks), or none. `at` is where the name's own words start, `verb` where the verb after the clause does.
 */
function roleInWhen(cx: OfficialsContext, text: string, at: number, verb: number): Role[] {
  const v = cx.vocabulary;
  if (text.charCodeAt(at) !== AT || verb <= at + 1) return [];
  const n = v.roleWords.startsAt(text, at + 1, verb);
  return n ? [v.roleVerbs.get(text.slice(at + 1, at + 1 + n))!] : [];
}

/** Roles given by the text right after a name, or [] when none follows it. */
export function rolesAfter(cx: OfficialsContext, text: string, from: number, end: number): Role[] {
  const v = cx.vocabulary;
  const own = ownWordsStart(cx, text, from, end);
  let i = verbPastWhere(cx, text, own, end);
  const roles: Role[] = roleInWhen(cx, text, own, i);
  let n = v.roleWords.startsAt(text, i, end);
  let segmentEnd: number;
  if (n) segmentEnd = segmentEndAfter(text, i, end);
  else {
    // Another verb first (in a place: 在赭岩地区调研), a role verb after 并 (周强调度各乡镇工作并主持会议
    // · 听取汇报并讲话 · 在赭岩地区调研，并在地区行署主持召开座谈会).
    if (text.charCodeAt(i) === AT) i = placeThenVerb(cx, text, i, end);
    if (i < 0 || v.followers.startsAt(text, i, end) < 2) return roles;
    segmentEnd = segmentEndAfter(text, i, end);
    const and = indexIn(text, AND, i + 2, segmentEnd);
    if (and >= 0) i = skipFillers(cx, text, and, segmentEnd);
    else {
      i = nextClauseVerb(cx, text, segmentEnd, end);
      if (i < 0) return roles;
      segmentEnd = segmentEndAfter(text, i, end);
    }
    n = v.roleWords.startsAt(text, i, segmentEnd);
    if (!n) return roles;
  }
  for (;;) {
    const role = v.roleVerbs.get(text.slice(i, i + n))!;
    if (!roles.includes(role)) roles.push(role);
    // "…并讲话": another verb after 并.
    const and = indexIn(text, AND, i + n, segmentEnd);
    if (and < 0) break;
    i = skipFillers(cx, text, and, segmentEnd);
    n = v.roleWords.startsAt(text, i, segmentEnd);
    if (!n) break;
  }
  return roles;
}
