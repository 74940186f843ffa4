// Agenda items (会议听取了…) and statements (会议强调 / 汤洁在讲话中指出) with their points.
import vocabulary from '../data/meeting-vocabulary.json';
import type { NormalizedView } from '../normalize/view';
import type { Paragraph } from './paragraphs';
import { piece, summarizedPiece } from './paragraphs';
import type { AgendaItem, Point, Statement } from './types';

const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const AGENDA = new RegExp(
  `^(?:会议|会上|[^，。：；]{0,20}?(?:会议|中心组|常委会|常务会))(?:${alt(vocabulary.agendaModifiers)})*(${alt(vocabulary.agendaVerbs)})`,
);
const PRESENTATION = /^会上，?[^，。：；]{0,16}?(宣读|通报|汇报|传达|解读)/;
const STATEMENT = new RegExp(
  `^(会议|会上|(?![要在对把将各全为以从和与])[\\u4e00-\\u9fff]{2,4}?)(?:同志)?(?:还|并|同时|最后|也|再次)?(?:在[^，。：；]{1,16}?[中时上])?(${alt(vocabulary.statementVerbs)})`,
);
const CLOSING = new RegExp(`(?:${vocabulary.closingPhrases.join('|')})。?$`);
const ATTENDANCE_LINE = /(?:出席|参加|列席)(?:了)?(?:会议|本次会议)。?$/;
const SUMMARY_END = /[。；：！？]/;
/** The patterns that read a body paragraph; none matches a text of one code unit (every alternative takes two or more). */
export const SECTION_PATTERNS: readonly RegExp[] = [AGENDA, PRESENTATION, STATEMENT, CLOSING, ATTENDANCE_LINE];

function summarize(text: string, max = 40): string {
  const m = SUMMARY_END.exec(text);
  let s = m ? text.slice(0, m.index) : text;
  if (s.length > max) s = s.slice(0, max) + '…';
  return s;
}

/** The first words after a statement's marker: its first clause, or its first sentence when that clause is short. */
function opening(text: string, max = 20): string {
  const body = text.replace(/^[，,：:、\s]+/, '');
  const clause = /[，,；;：:。！？]/.exec(body);
  let s = clause && clause.index >= 6 ? body.slice(0, clause.index) : summarize(body, max);
  if (s.length > max) s = s.slice(0, max) + '…';
  return s.endsWith('…') ? s : s.replace(/[，,；;：:。！？]+$/, '');
}

/** Where the sentence from `from` ends: the offset of its 。！？； or, with none, of the text's last unit (as /[。！？；]/ finds it). */
export function sentenceEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) return i;
  }
  return text.length - 1;
}

/**
 * The 要… sentences of a statement's own paragraph (汤洁强调，要紧盯目标任务…。要牢固树立…): its
 * points, as the 要… paragraphs after a 会议强调： are. `from` is where the text after the marker starts.
 */
function inlinePoints(view: NormalizedView, p: Paragraph, from: number): Point[] {
  const points: Point[] = [];
  let start = from;
  while (start < p.text.length && /[，,：:\s]/.test(p.text[start])) start++;
  while (start < p.text.length) {
    const end = sentenceEndAt(p.text, start);
    if (p.text.startsWith('要', start) && end > start + 1) {
      points.push(summarizedPiece(view, p.start + start, p.start + end + 1, opening(view.cleaned.slice(p.start + start, p.start + end + 1), 30)));
    }
    start = end + 1;
  }
  return points;
}

interface StatementDraft {
  marker: Statement['marker'];
  summary: string;
  speaker: string;
  verb: string;
  start: number;
  end: number;
  points: Point[];
  /** The marker ends its paragraph with a colon: the following paragraphs are its points. */
  listsPoints: boolean;
}

interface AgendaDraft {
  opening: AgendaItem['opening'];
  summary: string;
  verb: string;
  start: number;
  end: number;
  statements: StatementDraft[];
}

export interface Sections {
  readonly agendaItems: AgendaItem[];
  readonly statements: Statement[];
}

function freezeStatement(s: StatementDraft): Statement {
  return { start: s.start, end: s.end, marker: s.marker, summary: s.summary, speaker: s.speaker, verb: s.verb, points: s.points };
}

/** Reads the body paragraphs of one meeting. */
export function readSections(view: NormalizedView, paragraphs: readonly Paragraph[]): Sections {
  const agenda: AgendaDraft[] = [];
  const loose: StatementDraft[] = [];
  let currentAgenda: AgendaDraft | undefined;
  let currentStatement: StatementDraft | undefined;

  const extend = (end: number) => {
    if (currentStatement) currentStatement.end = Math.max(currentStatement.end, end);
    if (currentAgenda) currentAgenda.end = Math.max(currentAgenda.end, end);
  };

  // Indexed, not for…of: this loop runs once per version, over a million paragraphs in a file of
  // short lines, mostly before it is optimized, where each step of an iterator is an object.
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (p.blank) continue;
    // One code unit (a million one-character lines): no section pattern can match, only a point.
    const marks = p.text.length > 1;
    if (marks && CLOSING.test(p.text) && p.text.length <= 30) {
      currentAgenda = undefined;
      currentStatement = undefined;
      continue;
    }
    const a = marks ? (AGENDA.exec(p.text) ?? PRESENTATION.exec(p.text)) : null;
    if (a) {
      const raw = view.toRawSpan(p.start, p.end);
      currentAgenda = {
        opening: piece(view, p.start, p.end),
        summary: summarize(view.cleaned.slice(p.start, p.end)),
        verb: a[1],
        start: raw.start,
        end: raw.end,
        statements: [],
      };
      agenda.push(currentAgenda);
      currentStatement = undefined;
      continue;
    }
    const s = marks ? STATEMENT.exec(p.text) : null;
    if (s) {
      const raw = view.toRawSpan(p.start, p.end);
      const markerEnd = s[0].length;
      const rest = p.text.slice(markerEnd);
      const listsPoints = /^[：，]?$/.test(rest);
      currentStatement = {
        marker: piece(view, p.start, p.start + markerEnd),
        summary: opening(view.cleaned.slice(p.start + markerEnd, p.end)),
        speaker: s[1],
        verb: s[2],
        start: raw.start,
        end: raw.end,
        points: listsPoints ? [] : inlinePoints(view, p, markerEnd),
        listsPoints,
      };
      (currentAgenda ? currentAgenda.statements : loose).push(currentStatement);
      extend(raw.end);
      continue;
    }
    if (currentStatement && !(marks && ATTENDANCE_LINE.test(p.text))) {
      if (currentStatement.listsPoints || p.text.startsWith('要')) {
        currentStatement.points.push(summarizedPiece(view, p.start, p.end, summarize(view.cleaned.slice(p.start, p.end), 30)));
      }
      extend(view.toRawSpan(p.start, p.end).end);
      continue;
    }
    currentStatement = undefined;
  }

  return {
    agendaItems: agenda.map((d) => ({
      start: d.start,
      end: d.end,
      opening: d.opening,
      summary: d.summary,
      verb: d.verb,
      statements: d.statements.map(freezeStatement),
    })),
    statements: loose.map(freezeStatement),
  };
}
