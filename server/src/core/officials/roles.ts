// An official's role from the words after the name: 主持 → chair; 出席/参加/列席 → attendee;
// 讲话/强调/指出/要求 → speaker; 宣读/汇报/作…发言 → presenter. "出席会议并讲话" gives two.
import type { Role } from '../model/types';
import { charTable, vocabulary } from './vocabulary';

const WHERE = /^在[^，。；：]{0,14}?(?:中|时|上)/;
const SEGMENT_END = charTable('，。；：！？');
const AT = '在'.charCodeAt(0);
const AND = '并'.charCodeAt(0);

function skipFillers(text: string, i: number, end: number): number {
  const v = vocabulary();
  for (let n = v.fillers.startsAt(text, i, end); n; n = v.fillers.startsAt(text, i, end)) i += n;
  return i;
}

/** Where the role verb after a name would start: past fillers and 在…中. */
function verbStart(text: string, from: number, end: number): number {
  let i = skipFillers(text, from, end);
  const where = text.charCodeAt(i) === AT ? WHERE.exec(text.slice(i, Math.min(end, i + 17))) : null;
  if (where) i = skipFillers(text, i + where[0].length, end);
  return i;
}

/** Whether `rolesAfter(text, from, end)` gives any role (cheaper). */
export function roleFollows(text: string, from: number, end: number): boolean {
  return vocabulary().roleWords.startsAt(text, verbStart(text, from, end), end) > 0;
}

/** First offset of `code` in `text[from, to)`, or -1. */
function indexIn(text: string, code: number, from: number, to: number): number {
  for (let j = from; j < to; j++) if (text.charCodeAt(j) === code) return j;
  return -1;
}

/** Roles given by the text right after a name, or [] when none follows it. */
export function rolesAfter(text: string, from: number, end: number): Role[] {
  const v = vocabulary();
  let i = verbStart(text, from, end);
  const roles: Role[] = [];
  let n = v.roleWords.startsAt(text, i, end);
  if (!n) return roles;
  // The verbs of one segment: up to clause punctuation, at most 80 characters on.
  const limit = Math.min(end, i + 80);
  let segmentEnd = i;
  while (segmentEnd < limit && !SEGMENT_END[text.charCodeAt(segmentEnd)]) segmentEnd++;
  for (;;) {
    const role = v.roleVerbs.get(text.slice(i, i + n))!;
    if (!roles.includes(role)) roles.push(role);
    // "…并讲话": another verb after 并.
    const and = indexIn(text, AND, i + n, segmentEnd);
    if (and < 0) break;
    i = skipFillers(text, and, segmentEnd);
    n = v.roleWords.startsAt(text, i, segmentEnd);
    if (!n) break;
  }
  return roles;
}
