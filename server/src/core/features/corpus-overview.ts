// The corpus at a glance (issue 17): meetings per month and kind of body, the bodies, the most
// frequent officials with a dated, titled mark per meeting, and damage per family. One pure function
// over the reports' summaries (what the corpus index keeps, report-summary.ts), so the editor's
// Corpus Overview and `huiyi stats` show the same figures, whatever store the summaries come from.
import { toSimplified } from '../script/char-map';
import { BODY_KINDS, type BodyKind } from './meeting-body';
import type { ReportSummary } from './report-summary';
import { DATED, tallySummaries, type OverviewFamily, type OverviewFile, type OverviewFilter, type OverviewMonth, type OverviewPlace, type OverviewTallies } from './overview-tally';

export type { OverviewFamily, OverviewFile, OverviewFilter, OverviewMonth, OverviewPlace } from './overview-tally';

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

const WRITTEN_MONTH = /([0-9０-９]{1,2})月/;

/** The month a written date names (10月21日上午 → 10), or 0. */
export function writtenMonth(date: string): number {
  const m = WRITTEN_MONTH.exec(date);
  if (!m) return 0;
  const n = Number(m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return n >= 1 && n <= 12 ? n : 0;
}

const mostCommon = (counts: ReadonlyMap<string, number>): string => {
  let best = '';
  let n = 0;
  for (const [k, c] of counts) if (c > n || (c === n && k < best)) (best = k), (n = c);
  return best;
};

/** The overview from its tallies: ranked, sorted and cut as the options say (whatever counted them). */
export function assembleOverview(t: OverviewTallies, options: Omit<OverviewOptions, 'filter' | 'meetingKey'> = {}): CorpusOverview {
  const simplified = new Map<string, string>();
  const simple = (s: string) => simplified.get(s) ?? (simplified.set(s, toSimplified(s)), simplified.get(s)!);
  const kindOrder = (k: BodyKind) => BODY_KINDS.indexOf(k);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const top = [...t.officials].sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).slice(0, options.officials ?? 10);
  const marksOf = t.marks(top.map(([name]) => name));
  const officials = top.map(([name, count]) => {
    const marks = (marksOf.get(name) ?? [])
      .map((m): OverviewMark => ({ iso: DATED.test(m.iso) ? m.iso : '', date: m.date, writtenMonth: writtenMonth(m.date), title: m.title && simple(m.title), meeting: m.meeting, at: m.at }))
      .sort((a, b) => byName(a.iso || '~', b.iso || '~') || a.writtenMonth - b.writtenMonth || byName(a.at.uri, b.at.uri));
    const titles: string[] = [];
    for (const m of marks) if (m.title && !titles.includes(m.title)) titles.push(m.title);
    return { name, meetings: count, titles, marks };
  });
  return {
    reports: t.reports,
    meetings: t.meetings,
    undated: t.undated,
    months: [...t.months].sort((a, b) => byName(a.month, b.month) || kindOrder(a.kind) - kindOrder(b.kind)),
    bodies: t.bodies
      .map((b) => ({ body: b.body, kind: b.kind, count: b.count, first: b.first, last: b.last, chair: mostCommon(b.chairs), at: b.at }))
      .sort((a, b) => b.count - a.count || byName(a.body, b.body))
      .slice(0, options.bodies ?? 200),
    officials,
    damage: [...t.damage].sort((a, b) => b.count - a.count || byName(a.family, b.family)),
    files: [...t.files].sort((a, b) => b.findings - a.findings || byName(a.uri, b.uri)).slice(0, options.files ?? 10),
    choices: { bodies: [...t.everyBody].sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).slice(0, 1000).map(([b]) => b), first: t.first, last: t.last },
  };
}

/** The overview of these reports under the filter. */
export function corpusOverview(summaries: Iterable<ReportSummary>, options: OverviewOptions = {}): CorpusOverview {
  return assembleOverview(tallySummaries(summaries, options.filter ?? {}, options.meetingKey), options);
}
