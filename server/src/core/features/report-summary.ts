// What the corpus index keeps of one report: its meetings (with body, kind and chairs), its damage
// counted per code, and, per official, the mentions packed into an Int32Array (start line, start
// character, end line, end character, meeting, role bits, index of the mention's title in `titles`
// or -1). Plain data, cheap to send between threads and small to keep for 10,000 reports.
import type { Position, Range } from 'vscode-languageserver-types';
import { meetingEntries, type MeetingEntry } from './workspace-symbols';
import type { ReportModel, Role } from '../model/types';
import { bodyKind, meetingBody, type BodyKind } from './meeting-body';
import { meetingSignatures, type MeetingSignature } from '../duplicates';

export const MENTION_FIELDS = 7;
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
  /** The body that met (贾汪区委常委会), simplified: see meeting-body.ts. */
  readonly body: string;
  readonly kind: BodyKind;
  /** The chairs' names, simplified (as the view reads them). */
  readonly chairs: readonly string[];
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
  /** `traditional` when at least 1% of the text reads differently simplified, else `simplified`. */
  readonly script: 'simplified' | 'traditional';
  /** The page's publication date (ISO), or ''. */
  readonly published: string;
  /** Damage findings the user sees, counted per code (mojibake.question-marks: 3). */
  readonly findings: Readonly<Record<string, number>>;
}

/** The share of a text whose characters read differently simplified, above which it is traditional. */
const TRADITIONAL_SHARE = 0.01;

/** With the report's `text`, each meeting carries its signature (for the copies across the workspace). */
export function summarizeReport(model: ReportModel, positionAt: (offset: number) => Position, findings: readonly { readonly code: string }[] = [], text?: string): ReportSummary {
  const rangeOf = (start: number, end: number): Range => ({ start: positionAt(start), end: positionAt(end) });
  const entries = meetingEntries(model, rangeOf);
  const signatures = text === undefined ? [] : meetingSignatures(model.uri, text, model);
  const meetings = model.meetings.map((m, i): SummaryMeeting => {
    const body = meetingBody(m.name);
    const signature = signatures.find((s) => s.meeting === i);
    return { entry: entries[i], date: m.date?.text ?? '', iso: m.date?.iso ?? model.published ?? '', body, kind: bodyKind(body), chairs: m.chairs.map((c) => c.normalized), ...(signature ? { signature } : {}) };
  });
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
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
      all[at++] = titleIndex(o.titles, m.titles);
    }
    return { name: o.name, spellings: o.spellings, titles: o.titles.map((t) => t.text), mentions: all.subarray(from, at) };
  });
  const script = model.traditionalCount >= TRADITIONAL_SHARE * model.length && model.traditionalCount > 0 ? 'traditional' : 'simplified';
  return { uri: model.uri, meetings, officials, script, published: model.published ?? '', findings: counts };
}

/** Where the mention's last title (the one next to the name) stands in the official's distinct titles, or -1. */
function titleIndex(titles: readonly { readonly normalized: string }[], own: readonly { readonly normalized: string }[]): number {
  for (let k = own.length - 1; k >= 0; k--) {
    const i = titles.findIndex((t) => t.normalized === own[k].normalized);
    if (i >= 0) return i;
  }
  return -1;
}

/** The title written at mention k (its index in `official.titles`), or -1. */
export function mentionTitle(mentions: Int32Array, k: number): number {
  return mentions[k * MENTION_FIELDS + 6];
}

export function mentionRange(mentions: Int32Array, k: number): Range {
  const i = k * MENTION_FIELDS;
  return { start: { line: mentions[i], character: mentions[i + 1] }, end: { line: mentions[i + 2], character: mentions[i + 3] } };
}
