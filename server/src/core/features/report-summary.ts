// What the corpus index keeps of one report: its meetings and, per official, the mentions packed
// into an Int32Array (start line, start character, end line, end character, meeting, role bits).
// Plain data, cheap to send between threads and small to keep for 10,000 reports.
import type { Position, Range } from 'vscode-languageserver-types';
import { meetingEntries, type MeetingEntry } from './workspace-symbols';
import type { ReportModel, Role } from '../model/types';
import { meetingSignatures, type MeetingSignature } from '../duplicates';

export const MENTION_FIELDS = 6;
const ROLE_BITS: Record<Role, number> = { chair: 1, speaker: 2, attendee: 4, presenter: 8 };

export function roleBits(roles: readonly Role[]): number {
  return roles.reduce((bits, r) => bits | ROLE_BITS[r], 0);
}

export function rolesOf(bits: number): Role[] {
  return (Object.keys(ROLE_BITS) as Role[]).filter((r) => bits & ROLE_BITS[r]);
}

export interface SummaryMeeting {
  readonly entry: MeetingEntry;
  /** The date as written (10月21日上午), or ''. */
  readonly date: string;
  /** ISO date when known (the meeting's, else the page's publication date), else ''. */
  readonly iso: string;
  /** What clustering compares (core/duplicates), when the report's text was given; absent for a meeting with no comparable text. */
  readonly signature?: MeetingSignature;
}

export interface SummaryOfficial {
  readonly name: string;
  readonly spellings: readonly string[];
  /** Titles as written, in text order. */
  readonly titles: readonly string[];
  readonly mentions: Int32Array;
}

export interface ReportSummary {
  readonly uri: string;
  readonly meetings: readonly SummaryMeeting[];
  readonly officials: readonly SummaryOfficial[];
}

/** With the report's `text`, each meeting carries its signature (for the copies across the workspace). */
export function summarizeReport(model: ReportModel, positionAt: (offset: number) => Position, text?: string): ReportSummary {
  const rangeOf = (start: number, end: number): Range => ({ start: positionAt(start), end: positionAt(end) });
  const entries = meetingEntries(model, rangeOf);
  const signatures = text === undefined ? [] : meetingSignatures(model.uri, text, model);
  const meetings = model.meetings.map((m, i): SummaryMeeting => {
    const signature = signatures.find((s) => s.meeting === i);
    return { entry: entries[i], date: m.date?.text ?? '', iso: m.date?.iso ?? model.published ?? '', ...(signature ? { signature } : {}) };
  });
  // One buffer for the whole report, each official's mentions a view of it: one allocation
  // (and one backing store to clone and keep) per report instead of one per official.
  let total = 0;
  for (const o of model.officials) total += o.mentions.length;
  const all = new Int32Array(total * MENTION_FIELDS);
  let at = 0;
  const officials = model.officials.map((o) => {
    const from = at;
    for (const m of o.mentions) {
      const s = positionAt(m.start);
      const e = positionAt(m.end);
      all[at++] = s.line;
      all[at++] = s.character;
      all[at++] = e.line;
      all[at++] = e.character;
      all[at++] = m.meeting;
      all[at++] = roleBits(m.roles);
    }
    return { name: o.name, spellings: o.spellings, titles: o.titles.map((t) => t.text), mentions: all.subarray(from, at) };
  });
  return { uri: model.uri, meetings, officials };
}

export function mentionRange(mentions: Int32Array, k: number): Range {
  const i = k * MENTION_FIELDS;
  return { start: { line: mentions[i], character: mentions[i + 1] }, end: { line: mentions[i + 2], character: mentions[i + 3] } };
}
