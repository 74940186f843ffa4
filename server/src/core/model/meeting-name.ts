// The meeting's own name and place, read from its opening paragraph.
import type { NormalizedView } from '../normalize/view';
import type { Paragraph } from './paragraphs';
import { piece } from './paragraphs';
import type { TextPiece } from './types';

const IN_PLACE = /^([^，。；]{2,50}?)在([^，。；]{2,30}?)(?:召开|举行|举办)/;
const ORG_CONVENES = /^([^，。；]{2,30}?)(?:召开|举行)了?(第[^，。；]{1,8}?次)?([^，。；]{0,40}?(?:会议|会))/;
const CHAIR_CONVENES = /主持(?:召开|举行)了?([^，。；]{2,60}?)(?:[，。；]|$)/;
const PLACE = /在([^，。；]{2,30}?)(?:召开|举行|举办)/;

export interface MeetingNaming {
  readonly name: string;
  readonly meetingName?: TextPiece;
  readonly place?: TextPiece;
}

/** `afterDate` is the view offset just past the opening date (and its comma). */
export function nameMeeting(view: NormalizedView, opener: Paragraph, afterDate: number): MeetingNaming {
  const text = opener.text;
  const rel = afterDate - opener.start;
  const tail = text.slice(rel);
  const at = (i: number, length: number) => piece(view, opener.start + rel + i, opener.start + rel + i + length);
  const placeMatch = PLACE.exec(tail);
  const place = placeMatch ? at(placeMatch.index + 1, placeMatch[1].length) : undefined;

  const inPlace = IN_PLACE.exec(tail);
  if (inPlace) {
    const meetingName = at(0, inPlace[1].length);
    return { name: meetingName.text, meetingName, place };
  }
  const convenes = ORG_CONVENES.exec(tail);
  if (convenes && !convenes[1].includes('主持')) {
    const org = at(0, convenes[1].length);
    const rest = convenes[0].length - (convenes[2]?.length ?? 0) - convenes[3].length;
    const meetingName = at(rest, convenes[0].length - rest);
    const joined = meetingName.text.replace(/^了/, '');
    return { name: org.text + joined, meetingName, place };
  }
  const chaired = CHAIR_CONVENES.exec(tail);
  if (chaired) {
    const start = chaired.index + chaired[0].indexOf(chaired[1]);
    const meetingName = at(start, chaired[1].length);
    return { name: meetingName.text, meetingName, place };
  }
  const clauseEnd = tail.search(/[，。；]/);
  const first = view.cleaned.slice(afterDate, afterDate + (clauseEnd === -1 ? Math.min(tail.length, 30) : Math.min(clauseEnd, 30)));
  return { name: first || view.cleaned.slice(opener.start, Math.min(opener.end, opener.start + 30)), place };
}
