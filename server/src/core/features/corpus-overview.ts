// The corpus at a glance (issue 17): meetings per month and kind of body, the bodies, the most
// frequent officials with a dated, titled mark per meeting, and damage per family. One pure function
// over the reports' summaries (what the corpus index keeps, report-summary.ts), so the editor's
// Corpus Overview and `huiyi stats` show the same figures, whatever store the summaries come from.
import type { Range } from 'vscode-languageserver-types';
import { toSimplified } from '../script/char-map';
import { BODY_KINDS, type BodyKind } from './meeting-body';
import { MENTION_FIELDS, type ReportSummary, type SummaryOfficial } from './report-summary';

export interface OverviewFilter {
  /** Only the meetings of this body (as the bodies table names it). */
  readonly body?: string;
  /** Only meetings dated on or after this ISO date or month (2021-01, 2021-01-11); undated ones drop out. */
  readonly from?: string;
  /** Only meetings dated on or before this ISO date or month. */
  readonly to?: string;
  /** Only reports in this script. */
  readonly script?: 'simplified' | 'traditional';
}

export interface OverviewOptions {
  readonly filter?: OverviewFilter;
  /** How many officials get a timeline (default 10). */
  readonly officials?: number;
  /** How many files the damage section lists (default 10). */
  readonly files?: number;
  /** How many bodies the table lists, most meetings first (default 200); the filter's choices list at most 1,000. */
  readonly bodies?: number;
  /**
   * The key a meeting is counted under: meetings with the same key count once (the first met).
   * By default every meeting is its own; duplicate detection can map a meeting's copies to one key.
   */
  readonly meetingKey?: (summary: ReportSummary, meeting: number) => string;
}

/** Where a click takes the user: a report, at a meeting or a mention. */
export interface OverviewPlace {
  readonly uri: string;
  readonly range: Range;
}

export interface OverviewMonth {
  /** YYYY-MM. */
  readonly month: string;
  readonly kind: BodyKind;
  readonly count: number;
  /** The first meeting of the month and kind. */
  readonly at: OverviewPlace;
}

export interface OverviewBody {
  readonly body: string;
  readonly kind: BodyKind;
  readonly count: number;
  /** ISO dates of the first and last dated meeting, or ''. */
  readonly first: string;
  readonly last: string;
  /** Who chaired most of its meetings ('' when no chair is named). */
  readonly chair: string;
  readonly at: OverviewPlace;
}

export interface OverviewMark {
  /** The meeting's ISO date, or '' when the page gives no year. */
  readonly iso: string;
  /** The date as written (10月21日上午). */
  readonly date: string;
  /** The month the written date names (1–12), or 0: places an undated mark. */
  readonly writtenMonth: number;
  /** The title written next to the name in this meeting (simplified), or ''. */
  readonly title: string;
  readonly meeting: string;
  /** The official's first mention in the meeting. */
  readonly at: OverviewPlace;
}

export interface OverviewOfficial {
  readonly name: string;
  readonly meetings: number;
  /** The titles of the marks, first seen first. */
  readonly titles: readonly string[];
  readonly marks: readonly OverviewMark[];
}

export interface OverviewFamily {
  /** mojibake, cleanup: the part of the code before the dot. */
  readonly family: string;
  readonly count: number;
  readonly files: number;
  readonly codes: Readonly<Record<string, number>>;
}

export interface OverviewFile {
  readonly uri: string;
  readonly findings: number;
  readonly families: Readonly<Record<string, number>>;
}

export interface CorpusOverview {
  /** Reports the filter keeps (by script, and by body or span when they hold a meeting that passes). */
  readonly reports: number;
  readonly meetings: number;
  /** Meetings the filter keeps that have no year (not in `months`). */
  readonly undated: number;
  readonly months: readonly OverviewMonth[];
  readonly bodies: readonly OverviewBody[];
  readonly officials: readonly OverviewOfficial[];
  readonly damage: readonly OverviewFamily[];
  readonly files: readonly OverviewFile[];
  /** For the filter controls, over the whole corpus: every body (most meetings first) and the dated span. */
  readonly choices: { readonly bodies: readonly string[]; readonly first: string; readonly last: string };
}

const DATED = /^\d{4}-\d{2}/;
const WRITTEN_MONTH = /([0-9０-９]{1,2})月/;

/** The month a written date names (10月21日上午 → 10), or 0. */
export function writtenMonth(date: string): number {
  const m = WRITTEN_MONTH.exec(date);
  if (!m) return 0;
  const n = Number(m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return n >= 1 && n <= 12 ? n : 0;
}

function inSpan(iso: string, filter: OverviewFilter): boolean {
  if (!filter.from && !filter.to) return true;
  if (!DATED.test(iso)) return false;
  if (filter.from && iso.slice(0, filter.from.length) < filter.from) return false;
  if (filter.to && iso.slice(0, filter.to.length) > filter.to) return false;
  return true;
}

const mostCommon = (counts: Map<string, number>): string => {
  let best = '';
  let n = 0;
  for (const [k, c] of counts) if (c > n || (c === n && k < best)) (best = k), (n = c);
  return best;
};

interface OfficialRef {
  readonly summary: ReportSummary;
  readonly official: SummaryOfficial;
  readonly counted: readonly boolean[];
}

/** One mark per counted meeting of the official (by key): the first mention there, the first title written there. */
function officialMarks(refs: readonly OfficialRef[], keyOf: (s: ReportSummary, m: number) => string, simple: (s: string) => string): OverviewMark[] {
  const marks: OverviewMark[] = [];
  const keys = new Set<string>();
  for (const { summary, official: o, counted } of refs) {
    const firstAt = new Map<number, number>();
    const titleOf = new Map<number, number>();
    for (let k = 0; k < o.mentions.length / MENTION_FIELDS; k++) {
      const meeting = o.mentions[k * MENTION_FIELDS + 4];
      if (meeting < 0 || !counted[meeting]) continue;
      if (!firstAt.has(meeting)) firstAt.set(meeting, k * MENTION_FIELDS);
      const title = o.mentions[k * MENTION_FIELDS + 6];
      if (title >= 0 && !titleOf.has(meeting)) titleOf.set(meeting, title);
    }
    for (const [meeting, at] of firstAt) {
      const key = keyOf(summary, meeting);
      if (keys.has(key)) continue;
      keys.add(key);
      const m = summary.meetings[meeting];
      const title = titleOf.get(meeting);
      const range = { start: { line: o.mentions[at], character: o.mentions[at + 1] }, end: { line: o.mentions[at + 2], character: o.mentions[at + 3] } };
      marks.push({ iso: DATED.test(m.iso) ? m.iso : '', date: m.date, writtenMonth: writtenMonth(m.date), title: title === undefined ? '' : simple(o.titles[title]), meeting: m.entry.name, at: { uri: summary.uri, range } });
    }
  }
  return marks;
}

const defaultKey = (summary: ReportSummary, meeting: number) => `${summary.uri}#${meeting}`;

/** The overview of these reports under the filter. */
export function corpusOverview(summaries: Iterable<ReportSummary>, options: OverviewOptions = {}): CorpusOverview {
  const filter = options.filter ?? {};
  const keyOf = options.meetingKey ?? defaultKey;
  const simplified = new Map<string, string>();
  const simple = (s: string) => simplified.get(s) ?? (simplified.set(s, toSimplified(s)), simplified.get(s)!);

  const seen = new Set<string>();
  const months = new Map<string, { month: string; kind: BodyKind; count: number; at: OverviewPlace }>();
  const bodies = new Map<string, { kind: BodyKind; count: number; first: string; last: string; chairs: Map<string, number>; at: OverviewPlace }>();
  const everyBody = new Map<string, number>();
  const officials = new Map<string, { count: number; refs: OfficialRef[]; keys?: Set<string> }>();
  // Which meetings an official was already counted in, for this report (a stamp per official).
  let seenAt = new Int32Array(16);
  let stamp = 0;
  const families = new Map<string, { count: number; files: number; codes: Record<string, number> }>();
  const files: OverviewFile[] = [];
  let first = '';
  let last = '';
  let reports = 0;
  let meetings = 0;
  let undated = 0;

  for (const summary of summaries) {
    for (const m of summary.meetings) {
      everyBody.set(m.body, (everyBody.get(m.body) ?? 0) + 1);
      if (DATED.test(m.iso)) {
        if (!first || m.iso < first) first = m.iso;
        if (!last || m.iso > last) last = m.iso;
      }
    }
    if (filter.script && summary.script !== filter.script) continue;
    // The meetings that pass, and whether each is counted here (its key not seen before).
    const passing: boolean[] = summary.meetings.map((m) => (!filter.body || m.body === filter.body) && inSpan(m.iso, filter));
    const narrowed = !!(filter.body || filter.from || filter.to);
    if (narrowed && !passing.some(Boolean)) continue;
    reports++;
    if (seenAt.length < summary.meetings.length) seenAt = new Int32Array(summary.meetings.length * 2);
    seenAt.fill(0, 0, summary.meetings.length);
    // Without a key function every meeting is its own: nothing to look up.
    const counted = !options.meetingKey
      ? passing
      : summary.meetings.map((_, i) => {
          if (!passing[i]) return false;
          const key = keyOf(summary, i);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
    summary.meetings.forEach((m, i) => {
      if (!counted[i]) return;
      meetings++;
      const at = { uri: summary.uri, range: m.entry.range };
      const dated = DATED.test(m.iso);
      if (dated) {
        const month = m.iso.slice(0, 7);
        const cell = months.get(`${month} ${m.kind}`);
        if (cell) cell.count++;
        else months.set(`${month} ${m.kind}`, { month, kind: m.kind, count: 1, at });
      } else undated++;
      let b = bodies.get(m.body);
      if (!b) bodies.set(m.body, (b = { kind: m.kind, count: 0, first: '', last: '', chairs: new Map(), at }));
      b.count++;
      if (dated && (!b.first || m.iso < b.first)) b.first = m.iso;
      if (dated && (!b.last || m.iso > b.last)) b.last = m.iso;
      for (const c of m.chairs) b.chairs.set(c, (b.chairs.get(c) ?? 0) + 1);
    });
    // Officials: only counted here; the marks are made for the top ones at the end.
    for (const o of summary.officials) {
      stamp++;
      let n = 0;
      let entry = officials.get(o.name);
      for (let k = 0; k < o.mentions.length / MENTION_FIELDS; k++) {
        const meeting = o.mentions[k * MENTION_FIELDS + 4];
        if (meeting < 0 || !counted[meeting] || seenAt[meeting] === stamp) continue;
        seenAt[meeting] = stamp;
        if (!entry) officials.set(o.name, (entry = { count: 0, refs: [], keys: options.meetingKey ? new Set() : undefined }));
        if (entry.keys) {
          const key = keyOf(summary, meeting);
          if (entry.keys.has(key)) continue;
          entry.keys.add(key);
        }
        n++;
      }
      if (n && entry) {
        entry.count += n;
        entry.refs.push({ summary, official: o, counted });
      }
    }
    let total = 0;
    const perFamily: Record<string, number> = {};
    for (const [code, n] of Object.entries(summary.findings)) {
      if (!n) continue;
      const family = code.split('.')[0];
      let f = families.get(family);
      if (!f) families.set(family, (f = { count: 0, files: 0, codes: {} }));
      f.count += n;
      if (!perFamily[family]) f.files++;
      f.codes[code] = (f.codes[code] ?? 0) + n;
      perFamily[family] = (perFamily[family] ?? 0) + n;
      total += n;
    }
    if (total) files.push({ uri: summary.uri, findings: total, families: perFamily });
  }

  const kindOrder = (k: BodyKind) => BODY_KINDS.indexOf(k);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const topOfficials = [...officials]
    .sort((a, b) => b[1].count - a[1].count || byName(a[0], b[0]))
    .slice(0, options.officials ?? 10)
    .map(([name, o]) => {
      const marks = officialMarks(o.refs, keyOf, simple).sort((a, b) => byName(a.iso || '~', b.iso || '~') || a.writtenMonth - b.writtenMonth || byName(a.at.uri, b.at.uri));
      const titles: string[] = [];
      for (const m of marks) if (m.title && !titles.includes(m.title)) titles.push(m.title);
      return { name, meetings: o.count, titles, marks };
    });
  return {
    reports,
    meetings,
    undated,
    months: [...months.values()].sort((a, b) => byName(a.month, b.month) || kindOrder(a.kind) - kindOrder(b.kind)),
    bodies: [...bodies]
      .map(([body, b]) => ({ body, kind: b.kind, count: b.count, first: b.first, last: b.last, chair: mostCommon(b.chairs), at: b.at }))
      .sort((a, b) => b.count - a.count || byName(a.body, b.body))
      .slice(0, options.bodies ?? 200),
    officials: topOfficials,
    damage: [...families].map(([family, f]) => ({ family, ...f })).sort((a, b) => b.count - a.count || byName(a.family, b.family)),
    files: files.sort((a, b) => b.findings - a.findings || byName(a.uri, b.uri)).slice(0, options.files ?? 10),
    choices: { bodies: [...everyBody].sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).slice(0, 1000).map(([b]) => b), first, last },
  };
}
