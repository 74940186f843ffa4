// The corpus at a glance (issue 17): meetings per month and kind of body, the bodies, the most
// frequent officials with a dated, titled mark per meeting, and damage per family. One pure function
// over the reports' summaries (what the corpus index keeps, report-summary.ts), so the editor's
// Corpus Overview and `huiyi stats` show the same figures, whatever store the summaries come from.
import type { Range } from 'vscode-languageserver-types';
import { toSimplified } from '../script/char-map';
import { BODY_KINDS, type BodyKind } from './meeting-body';
import { MENTION_FIELDS, type ReportSummary } from './report-summary';

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
  readonly body: string;
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
  const officials = new Map<string, { keys: Set<string>; marks: OverviewMark[] }>();
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
    const counted = summary.meetings.map((_, i) => {
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
    for (const o of summary.officials) {
      // Per meeting: the first mention (where a click lands) and the first title written.
      const firstAt = new Map<number, number>();
      const titleOf = new Map<number, number>();
      for (let k = 0; k < o.mentions.length / MENTION_FIELDS; k++) {
        const meeting = o.mentions[k * MENTION_FIELDS + 4];
        if (meeting < 0 || !counted[meeting]) continue;
        if (!firstAt.has(meeting)) firstAt.set(meeting, k * MENTION_FIELDS);
        const title = o.mentions[k * MENTION_FIELDS + 6];
        if (title >= 0 && !titleOf.has(meeting)) titleOf.set(meeting, title);
      }
      if (!firstAt.size) continue;
      let entry = officials.get(o.name);
      if (!entry) officials.set(o.name, (entry = { keys: new Set(), marks: [] }));
      for (const [meeting, at] of firstAt) {
        const key = keyOf(summary, meeting);
        if (entry.keys.has(key)) continue;
        entry.keys.add(key);
        const m = summary.meetings[meeting];
        const title = titleOf.get(meeting);
        const range = { start: { line: o.mentions[at], character: o.mentions[at + 1] }, end: { line: o.mentions[at + 2], character: o.mentions[at + 3] } };
        entry.marks.push({ iso: DATED.test(m.iso) ? m.iso : '', date: m.date, writtenMonth: writtenMonth(m.date), title: title === undefined ? '' : simple(o.titles[title]), meeting: m.entry.name, body: m.body, at: { uri: summary.uri, range } });
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
    .map(([name, o]) => ({ name, meetings: o.keys.size, marks: o.marks }))
    .sort((a, b) => b.meetings - a.meetings || byName(a.name, b.name))
    .slice(0, options.officials ?? 10)
    .map((o) => {
      const marks = o.marks.sort((a, b) => byName(a.iso || '~', b.iso || '~') || a.writtenMonth - b.writtenMonth || byName(a.at.uri, b.at.uri));
      const titles: string[] = [];
      for (const m of marks) if (m.title && !titles.includes(m.title)) titles.push(m.title);
      return { ...o, titles, marks };
    });
  return {
    reports,
    meetings,
    undated,
    months: [...months.values()].sort((a, b) => byName(a.month, b.month) || kindOrder(a.kind) - kindOrder(b.kind)),
    bodies: [...bodies]
      .map(([body, b]) => ({ body, kind: b.kind, count: b.count, first: b.first, last: b.last, chair: mostCommon(b.chairs), at: b.at }))
      .sort((a, b) => b.count - a.count || byName(a.body, b.body)),
    officials: topOfficials,
    damage: [...families].map(([family, f]) => ({ family, ...f })).sort((a, b) => b.count - a.count || byName(a.family, b.family)),
    files: files.sort((a, b) => b.findings - a.findings || byName(a.uri, b.uri)).slice(0, options.files ?? 10),
    choices: { bodies: [...everyBody].sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).map(([b]) => b), first, last },
  };
}
