// The meeting's own name and place, read from its opening paragraph.
import type { NormalizedView } from '../normalize/view';
import type { Paragraph } from './paragraphs';
import { piece } from './paragraphs';
import type { TextPiece } from './types';

const IN_PLACE = /^([^，。；]{2,50}?)在([^，。；]{2,30}?)(?:召开|举行|举办)/;
const ORG_CONVENES = /^([^，。；]{2,30}?)(?:召开|举行)了?(第[^，。；]{1,8}?次)?([^，。；]{0,40}?(?:会议|会))/;
const CHAIR_CONVENES = /主持(?:召开|举行)了?([^，。；]{2,60}?)(?:[，。；]|$)/;
const PLACE = /在([^，。；]{2,30}?)(?:召开|举行|举办)/;
/** A clause that is a meeting and the verb it was held by (…常务会议召开, …大会隆重举行). */
const MEETING_CONVENED = /^([^，。；]{2,40}?(?:会议|会))(?:隆重|顺利|胜利)?(?:召开|举行)$/;
/** A sitting's number and its meeting right after a body's meeting (常委会|第41次会议, 常委会|2026年第3次会议). */
const SITTING = /^(?:[0-9０-９]{4}年(?:度)?)?第[0-9０-９〇一二三四五六七八九十百]{1,5}次(?:全体|扩大|专题)?(?:会议|会)/;
/** A subject that names no body (会议于3月5日在区政府召开): the meeting is named by what follows. */
const GENERIC_SUBJECT = /^(?:会议|此次会议|本次会议|这次会议|大会|会上)$/;

export interface MeetingNaming {
  readonly name: string;
  readonly meetingName?: TextPiece;
  readonly place?: TextPiece;
}

/**
 * `from` is the view offset where the lead's own words start (past its source prefix and an opening
 * date). When the date stands after the subject (区政府3月5日召开…), `skip` is its view span: the
 * name reads around it (区政府召开…).
 */
export function nameMeeting(view: NormalizedView, opener: Paragraph, from: number, skip?: { start: number; end: number }): MeetingNaming {
  const full = opener.text;
  const rel = from - opener.start;
  let tail = full.slice(rel);
  // Offsets in `tail` past the cut map to view offsets after the skipped date.
  let cut = Infinity;
  let gap = 0;
  if (skip && skip.start >= from) {
    let subjectEnd = skip.start - opener.start;
    if (full[subjectEnd - 1] === '于' || full[subjectEnd - 1] === '，') subjectEnd--;
    cut = subjectEnd - rel;
    gap = skip.end - opener.start - subjectEnd;
    tail = full.slice(rel, subjectEnd) + full.slice(skip.end - opener.start);
  }
  const viewAt = (i: number) => opener.start + rel + i + (i >= cut ? gap : 0);
  const at = (i: number, length: number) => piece(view, viewAt(i), viewAt(i + length - 1) + 1);
  const placeMatch = PLACE.exec(tail);
  const place = placeMatch ? at(placeMatch.index + 1, placeMatch[1].length) : undefined;

  const inPlace = IN_PLACE.exec(tail);
  // 副总理陈国梁在某省主持召开座谈会: the subject is a person; the meeting is what they convened.
  if (inPlace && !GENERIC_SUBJECT.test(inPlace[1]) && !inPlace[2].includes('主持')) {
    const meetingName = at(0, inPlace[1].length);
    return { name: cleanedName(view, 0, inPlace[1].length, viewAt), meetingName, place };
  }
  const convenes = ORG_CONVENES.exec(tail);
  if (convenes && !convenes[1].includes('主持')) {
    const rest = convenes[0].length - (convenes[2]?.length ?? 0) - convenes[3].length;
    // 召开常委会会议: the lazy match stops at the first 会; the name goes on to 会议.
    let end = convenes[0].length;
    while (tail.startsWith('会议', end) || tail.startsWith('议', end)) end += tail.startsWith('会议', end) ? 2 : 1;
    // 召开县委常委会第41次会议: the sitting's number after the body's meeting is part of the name.
    const sitting = SITTING.exec(tail.slice(end, end + 24));
    if (sitting) end += sitting[0].length;
    const meetingName = at(rest, end - rest);
    const org = cleanedName(view, 0, convenes[1].length, viewAt);
    const joined = cleanedName(view, rest, end - rest, viewAt).replace(/^了/, '');
    return { name: GENERIC_SUBJECT.test(convenes[1]) ? joined : joinOverlap(org, joined), meetingName, place };
  }
  const chaired = CHAIR_CONVENES.exec(tail);
  if (chaired) {
    const start = chaired.index + chaired[0].indexOf(chaired[1]);
    const meetingName = at(start, chaired[1].length);
    return { name: cleanedName(view, start, chaired[1].length, viewAt), meetingName, place };
  }
  const clauseEnd = tail.search(/[，。；]/);
  let length = clauseEnd === -1 ? Math.min(tail.length, 30) : Math.min(clauseEnd, 30);
  // 县政府第14次常务会议召开。: the meeting is the subject; the verb that ends the clause is no part of it.
  const passive = MEETING_CONVENED.exec(tail.slice(0, length));
  if (passive) length = passive[1].length;
  const first = length ? cleanedName(view, 0, length, viewAt) : '';
  return { name: first || view.cleaned.slice(opener.start, Math.min(opener.end, opener.start + 30)), place };
}

/** 镇党委 + 党委（扩大）会议 → 镇党委（扩大）会议: the body is not written twice. */
function joinOverlap(org: string, meeting: string): string {
  for (let n = Math.min(org.length, meeting.length, 6); n >= 2; n--) if (org.endsWith(meeting.slice(0, n))) return org + meeting.slice(n);
  return org + meeting;
}

/** The text as written (view.cleaned) of `tail[i, i + length)`, around a skipped date. */
function cleanedName(view: NormalizedView, i: number, length: number, viewAt: (i: number) => number): string {
  let out = '';
  for (let k = i; k < i + length; k++) out += view.cleaned[viewAt(k)];
  return out;
}
