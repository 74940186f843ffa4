// The records `huiyi export` writes: one per meeting, and one per official across the corpus.
// Their shapes are the JSON Schemas in schemas/ (checked by the tests).
import { MEETING_TYPES as types, toSimplified, type LineIndex, type Meeting, type PersonMention, type ReportDocument, type ReportModel, type Role, type Statement } from '../core';
import type { CliFinding } from './findings';

export interface Position1 {
  readonly line: number;
  readonly column: number;
}

export interface PersonRecord {
  readonly name: string;
  readonly asWritten: string;
  readonly titles: string[];
}

/** A person the report credits (记者, 责任编辑 …): not an official. */
export interface CreditRecord {
  readonly name: string;
  readonly asWritten: string;
  readonly role: string;
}

export interface StatementRecord {
  readonly speaker: string;
  readonly verb: string;
  readonly marker: string;
  readonly text: string;
  readonly points: string[];
}

export interface MeetingRecord {
  readonly file: string;
  readonly meeting: number;
  readonly range: { start: Position1; end: Position1 };
  readonly headline: string | null;
  readonly name: string;
  readonly date: { text: string; iso: string | null } | null;
  readonly place: string | null;
  readonly meetingType: string | null;
  readonly chairs: PersonRecord[];
  readonly speakers: PersonRecord[];
  readonly attendees: PersonRecord[];
  readonly presenters: PersonRecord[];
  /** Credits of this meeting and of the whole report (a byline, an editor's line outside any meeting). */
  readonly credits: CreditRecord[];
  readonly agendaItems: { summary: string; verb: string; text: string; statements: StatementRecord[] }[];
  readonly statements: StatementRecord[];
  readonly damage: CliFinding[];
}

/** What one file contributes to the officials records (merged across files by name). */
export interface OfficialAppearance {
  readonly name: string;
  readonly spellings: string[];
  readonly titles: string[];
  readonly file: string;
  readonly meeting: number;
  readonly meetingName: string | null;
  readonly date: string | null;
  readonly iso: string | null;
  readonly roles: Role[];
}

export interface OfficialRecord {
  readonly name: string;
  readonly spellings: string[];
  readonly titles: { title: string; firstSeen: string | null }[];
  readonly meetings: { file: string; meeting: number; name: string | null; date: string | null; iso: string | null; roles: Role[] }[];
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

export function meetingType(name: string): string | null {
  const simplified = toSimplified(name);
  for (const [marker, type] of types.types) if (simplified.includes(marker)) return type;
  return null;
}

function position(lines: LineIndex, offset: number): Position1 {
  const line = lines.lineAt(offset);
  return { line: line + 1, column: lines.columnAt(offset, line) + 1 };
}

const person = (p: PersonMention): PersonRecord => ({ name: p.normalized, asWritten: p.text, titles: p.titles.map((t) => t.text) });

function statement(document: ReportDocument, s: Statement): StatementRecord {
  const text = document.getText().slice(s.start, s.end);
  return { speaker: toSimplified(s.speaker), verb: s.verb, marker: s.marker.text, text, points: s.points.map((p) => p.text) };
}

export function meetingRecords(file: string, document: ReportDocument, lines: LineIndex, model: ReportModel, findings: readonly CliFinding[]): MeetingRecord[] {
  const text = document.getText();
  return model.meetings.map((m: Meeting, i) => {
    const startLine = position(lines, m.start).line;
    const endLine = position(lines, m.end).line;
    return {
      file,
      meeting: i,
      range: { start: position(lines, m.start), end: position(lines, m.end) },
      headline: m.headline?.text ?? null,
      name: m.name,
      date: m.date ? { text: m.date.text, iso: m.date.iso ?? null } : null,
      place: m.place?.text ?? null,
      meetingType: meetingType(m.name),
      chairs: m.chairs.map(person),
      speakers: m.speakers.map(person),
      attendees: m.attendees.map(person),
      presenters: m.presenters.map(person),
      credits: model.credits.filter((c) => c.meeting === i || c.meeting < 0).map((c) => ({ name: c.name, asWritten: c.text, role: c.role })),
      agendaItems: m.agendaItems.map((a) => ({
        summary: a.summary,
        verb: a.verb,
        text: text.slice(a.opening.start, a.opening.end),
        statements: a.statements.map((s) => statement(document, s)),
      })),
      statements: m.statements.map((s) => statement(document, s)),
      damage: findings.filter((f) => f.line >= startLine && f.line <= endLine),
    };
  });
}

export function officialAppearances(file: string, model: ReportModel): OfficialAppearance[] {
  const out: OfficialAppearance[] = [];
  for (const o of model.officials) {
    const byMeeting = new Map<number, Set<Role>>();
    for (const mention of o.mentions) {
      const roles = byMeeting.get(mention.meeting) ?? new Set<Role>();
      for (const r of mention.roles) roles.add(r);
      byMeeting.set(mention.meeting, roles);
    }
    for (const [index, roles] of byMeeting) {
      const m = index >= 0 ? model.meetings[index] : undefined;
      out.push({
        name: o.name,
        spellings: [...o.spellings],
        titles: o.titles.map((t) => t.normalized),
        file,
        meeting: index,
        meetingName: m?.name ?? null,
        date: m?.date?.text ?? null,
        iso: m?.date?.iso ?? null,
        roles: [...roles],
      });
    }
  }
  return out;
}

/** Merges every file's appearances into one record per official, ordered by meeting count. */
export function officialRecords(appearances: readonly OfficialAppearance[]): OfficialRecord[] {
  const byName = new Map<string, OfficialAppearance[]>();
  for (const a of appearances) {
    const list = byName.get(a.name) ?? [];
    list.push(a);
    byName.set(a.name, list);
  }
  const records: OfficialRecord[] = [];
  for (const [name, list] of byName) {
    const dated = list.filter((a) => a.iso).sort((a, b) => (a.iso! < b.iso! ? -1 : 1));
    const titles = new Map<string, string | null>();
    for (const a of [...dated, ...list.filter((x) => !x.iso)]) for (const t of a.titles) if (!titles.has(t)) titles.set(t, a.iso);
    records.push({
      name,
      spellings: [...new Set(list.flatMap((a) => a.spellings))],
      titles: [...titles].map(([title, firstSeen]) => ({ title, firstSeen })),
      meetings: list.filter((a) => a.meeting >= 0).map((a) => ({ file: a.file, meeting: a.meeting, name: a.meetingName, date: a.date, iso: a.iso, roles: a.roles })),
      firstSeen: dated[0]?.iso ?? null,
      lastSeen: dated.at(-1)?.iso ?? null,
    });
  }
  return records.sort((a, b) => b.meetings.length - a.meetings.length || (a.name < b.name ? -1 : 1));
}
