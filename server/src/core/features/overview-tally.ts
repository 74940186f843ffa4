// The Corpus Overview's tallies (issue 17): what corpusOverview counts before it ranks, sorts and
// cuts. Two sources give the same tallies: the reports' summaries in memory (tallySummaries, here)
// and the persisted index, which counts in SQL (index-store/overview-queries.ts); both count a
// meeting's copies once, the first met in the order of the reports' uris.
import type { Range } from 'vscode-languageserver-types';
import type { BodyKind } from './meeting-body';
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

/** A body's counted meetings: the kind and place of its first, its dated span, how often each chair chaired. */
export interface TalliedBody {
  readonly body: string;
  readonly kind: BodyKind;
  readonly count: number;
  readonly first: string;
  readonly last: string;
  readonly chairs: ReadonlyMap<string, number>;
  readonly at: OverviewPlace;
}

/** An official's mark as counted: the meeting's ISO date and written date, the title as written there (or ''). */
export interface TalliedMark {
  readonly iso: string;
  readonly date: string;
  readonly title: string;
  readonly meeting: string;
  readonly at: OverviewPlace;
}

export interface OverviewTallies {
  readonly reports: number;
  readonly meetings: number;
  readonly undated: number;
  /** In any order. */
  readonly months: readonly OverviewMonth[];
  readonly bodies: readonly TalliedBody[];
  /** Every official with a counted meeting, and how many. */
  readonly officials: ReadonlyMap<string, number>;
  readonly damage: readonly OverviewFamily[];
  /** The files with findings: at least the first `files` by findings, then uri. */
  readonly files: readonly OverviewFile[];
  /** Over the whole corpus, unfiltered: every body's meetings, and the dated span. */
  readonly everyBody: ReadonlyMap<string, number>;
  readonly first: string;
  readonly last: string;
  /** The marks of these officials, one per counted meeting, in the order the reports (by uri) and their mentions come. */
  marks(names: readonly string[]): ReadonlyMap<string, readonly TalliedMark[]>;
}

/** What a source of tallies is asked: the filter, how many files the damage section lists, and whether copies count once. */
export interface OverviewQuery {
  readonly filter: OverviewFilter;
  readonly files: number;
  readonly countOnce: boolean;
}

/** A store that counts the overview itself (the persisted index). */
export interface OverviewTallySource {
  overviewTallies(query: OverviewQuery): OverviewTallies;
}

export const DATED = /^\d{4}-\d{2}/;

function inSpan(iso: string, filter: OverviewFilter): boolean {
  if (!filter.from && !filter.to) return true;
  if (!DATED.test(iso)) return false;
  if (filter.from && iso.slice(0, filter.from.length) < filter.from) return false;
  if (filter.to && iso.slice(0, filter.to.length) > filter.to) return false;
  return true;
}

interface OfficialRef {
  readonly summary: ReportSummary;
  readonly official: SummaryOfficial;
  readonly counted: readonly boolean[];
}

/** One mark per counted meeting of the official (by key): the first mention there, the first title written there. */
function officialMarks(refs: readonly OfficialRef[], keyOf: (s: ReportSummary, m: number) => string): TalliedMark[] {
  const marks: TalliedMark[] = [];
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
      marks.push({ iso: m.iso, date: m.date, title: title === undefined ? '' : o.titles[title], meeting: m.entry.name, at: { uri: summary.uri, range } });
    }
  }
  return marks;
}

const defaultKey = (summary: ReportSummary, meeting: number) => `${summary.uri}#${meeting}`;

/**
 * The tallies of these reports under the filter, in the order given. `meetingKey`: meetings with
 * the same key count once (the first met); without it every meeting is its own.
 */
export function tallySummaries(summaries: Iterable<ReportSummary>, filter: OverviewFilter, meetingKey?: (summary: ReportSummary, meeting: number) => string): OverviewTallies {
  const keyOf = meetingKey ?? defaultKey;
  const seen = new Set<string>();
  const months = new Map<string, { month: string; kind: BodyKind; count: number; at: OverviewPlace }>();
  const bodies = new Map<string, { body: string; kind: BodyKind; count: number; first: string; last: string; chairs: Map<string, number>; at: OverviewPlace }>();
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
    const counted = !meetingKey
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
      if (!b) bodies.set(m.body, (b = { body: m.body, kind: m.kind, count: 0, first: '', last: '', chairs: new Map(), at }));
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
        if (!entry) officials.set(o.name, (entry = { count: 0, refs: [], keys: meetingKey ? new Set() : undefined }));
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
  return {
    reports,
    meetings,
    undated,
    months: [...months.values()],
    bodies: [...bodies.values()],
    officials: new Map([...officials].map(([name, o]) => [name, o.count])),
    damage: [...families].map(([family, f]) => ({ family, ...f })),
    files,
    everyBody,
    first,
    last,
    marks: (names) => new Map(names.map((name) => [name, officialMarks(officials.get(name)?.refs ?? [], keyOf)])),
  };
}
