// An official's role from the words after the name: 主持 → chair; 出席/参加/列席 → attendee;
// 讲话/强调/指出/要求 → speaker; 宣读/汇报/作…发言 → presenter. "出席会议并讲话" gives two.
import type { Role } from '../model/types';
import { vocabulary } from './vocabulary';

const WHERE = /^在[^，。；：]{0,14}?(?:中|时|上)/;
const SEGMENT_END = /[，。；：！？]/;

function skipFillers(text: string, i: number, end: number): number {
  const v = vocabulary();
  for (let n = v.fillers.startsAt(text, i, end); n; n = v.fillers.startsAt(text, i, end)) i += n;
  return i;
}

/** Roles given by the text right after a name, or [] when none follows it. */
export function rolesAfter(text: string, from: number, end: number): Role[] {
  const v = vocabulary();
  let i = skipFillers(text, from, end);
  const where = WHERE.exec(text.slice(i, Math.min(end, i + 17)));
  if (where) i = skipFillers(text, i + where[0].length, end);
  const roles: Role[] = [];
  let n = v.roleWords.startsAt(text, i, end);
  if (!n) return roles;
  const m = SEGMENT_END.exec(text.slice(i, Math.min(end, i + 80)));
  const segmentEnd = m ? i + m.index : Math.min(end, i + 80);
  for (;;) {
    const role = v.roleVerbs.get(text.slice(i, i + n))!;
    if (!roles.includes(role)) roles.push(role);
    // "…并讲话": another verb after 并.
    const and = text.indexOf('并', i + n);
    if (and < 0 || and >= segmentEnd) break;
    i = skipFillers(text, and, segmentEnd);
    n = v.roleWords.startsAt(text, i, segmentEnd);
    if (!n) break;
  }
  return roles;
}
