// The workspace's officials, from the reports' summaries (report-summary.ts) the corpus index
// keeps: each name's locations and appearances, and the list behind the Officials view.
import type { Location, Range } from 'vscode-languageserver-types';
import type { Role } from '../model/types';
import type { WorkspaceCopies } from '../duplicates';
import { countOnce, type ClusterLookup } from './count-once';
import type { Appearance } from './official-appearances';
import { appearanceSortKey } from './official-hover';
import { MENTION_FIELDS, mentionRange, rolesOf, type ReportSummary, type SummaryOfficial } from './report-summary';
import { toSimplified } from '../script/char-map';

/** One meeting of an official in the Officials view. */
export interface OfficialListMeeting {
  readonly uri: string;
  /** The meeting's name ('' for a mention outside any meeting). */
  readonly name: string;
  /** The date as written. */
  readonly date: string;
  readonly range: Range;
  readonly roles: readonly Role[];
  /** Copies of this meeting in other files, counted in this one (absent when none or merging is off). */
  readonly copies?: number;
}

/** One official in the Officials view. */
export interface OfficialListEntry {
  readonly name: string;
  readonly spellings: readonly string[];
  /** The titles in simplified script, each once (區委書記 and 区委书记 are 区委书记). */
  readonly titles: readonly string[];
  /** Each title's spellings as written that differ from its simplified form, by simplified title. */
  readonly titlesAsWritten: Readonly<Record<string, readonly string[]>>;
  readonly meetingCount: number;
  readonly meetings: readonly OfficialListMeeting[];
  /** Appearances in copies of meetings counted elsewhere in the list (0 without merging). */
  readonly mergedCopies: number;
  /**
   * When the official was last seen, as a sortable date: the latest ISO date of a meeting, or
   * without any year known, the latest month and day as written ("--10-21"); '' when none is dated.
   */
  readonly lastSeen: string;
}

/** How the Officials view orders its list. */
export type OfficialSort = 'meetings' | 'name' | 'lastSeen';

export interface OfficialListOptions {
  /** Only officials whose name, a spelling or a title (either script) contains this. */
  readonly query?: string;
  readonly sort?: OfficialSort;
  readonly limit?: number;
  /** The copies across the workspace: a meeting copied in several files counts once. */
  readonly copies?: WorkspaceCopies;
}

/** Every mention of the official in one report. */
export function summaryLocations(summary: ReportSummary, official: SummaryOfficial): Location[] {
  const out: Location[] = [];
  for (let k = 0; k < official.mentions.length / MENTION_FIELDS; k++) out.push({ uri: summary.uri, range: mentionRange(official.mentions, k) });
  return out;
}

/** One appearance per meeting of the official in one report. */
export function summaryAppearances(summary: ReportSummary, official: SummaryOfficial): Appearance[] {
  const out: Appearance[] = [];
  const o = official;
  const byMeeting = new Map<number, { first: number; roles: number; count: number }>();
  for (let k = 0; k < o.mentions.length / MENTION_FIELDS; k++) {
    const meeting = o.mentions[k * MENTION_FIELDS + 4];
    const bits = o.mentions[k * MENTION_FIELDS + 5];
    const prev = byMeeting.get(meeting);
    if (prev) (prev.roles |= bits, prev.count++);
    else byMeeting.set(meeting, { first: k, roles: bits, count: 1 });
  }
  for (const [meeting, a] of byMeeting) {
    const m = summary.meetings[meeting];
    out.push({
      uri: summary.uri,
      meeting,
      meetingName: m?.entry.name ?? '',
      date: m?.date ?? '',
      iso: m?.iso ?? '',
      sortKey: appearanceSortKey(m?.iso ?? '', summary.uri, meeting),
      range: mentionRange(o.mentions, a.first),
      titles: o.titles,
      roles: rolesOf(a.roles),
      mentions: a.count,
    });
  }
  return out;
}

const byPinyin = new Intl.Collator('zh-Hans-CN');
const byMeetings = (a: OfficialListEntry, b: OfficialListEntry) => b.meetingCount - a.meetingCount || b.meetings.length - a.meetings.length || (a.name < b.name ? -1 : 1);
const SORTS: Record<OfficialSort, (a: OfficialListEntry, b: OfficialListEntry) => number> = {
  meetings: byMeetings,
  name: (a, b) => byPinyin.compare(a.name, b.name) || byMeetings(a, b),
  lastSeen: (a, b) => (a.lastSeen === b.lastSeen ? byMeetings(a, b) : a.lastSeen < b.lastSeen ? 1 : -1),
};

const MONTH_DAY = /(\d{1,2})月(\d{1,2})[日号]/;

/** An ISO date, or "--MM-DD" (ISO 8601's form without a year) from a written 10月21日; '' otherwise. Dated years sort first. */
function dateKey(iso: string, written: string): string {
  if (iso) return iso;
  const m = MONTH_DAY.exec(written);
  return m ? `--${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : '';
}

function matches(o: OfficialListEntry, query: string): boolean {
  const has = (s: string) => s.includes(query);
  return has(o.name) || o.spellings.some(has) || o.titles.some(has) || Object.values(o.titlesAsWritten).some((w) => w.some(has));
}

/**
 * The officials of these reports, most meetings first (or by name in pinyin order, or latest seen
 * first), at most `limit`; with a query, only those whose name, a spelling or a title contains it
 * (the query read in simplified script too: 黨工委 finds 党工委书记).
 */
export function officialList(summaries: Iterable<ReportSummary>, options: OfficialListOptions = {}): OfficialListEntry[] {
  return officialListOfSources(officialSources(summaries), options);
}

/**
 * What the Officials view needs of one official: the files naming them (each file's spellings
 * and titles, in file order) and their appearances, one per meeting per file; `clusterOf`, when
 * given, answers which of those meetings have copies (else the options' copies do).
 */
export interface OfficialSource {
  readonly name: string;
  readonly files: readonly { readonly spellings: readonly string[]; readonly titles: readonly string[] }[];
  readonly appearances: readonly Appearance[];
  readonly clusterOf?: ClusterLookup;
}

/** The officials of these reports as sources, each name once, its reports in the order given (a name once per report: the first, as the corpus index looks it up). */
export function officialSources(summaries: Iterable<ReportSummary>): OfficialSource[] {
  const byName = new Map<string, { summary: ReportSummary; official: SummaryOfficial }[]>();
  for (const summary of summaries) {
    for (const official of summary.officials) {
      let list = byName.get(official.name);
      if (!list) byName.set(official.name, (list = []));
      if (list[list.length - 1]?.summary !== summary) list.push({ summary, official });
    }
  }
  return [...byName].map(([name, found]) => ({
    name,
    files: found.map((f) => f.official),
    appearances: found.flatMap((f) => summaryAppearances(f.summary, f.official)),
  }));
}

/** One official's entry; `copies` (merging on) count a meeting copied in several files once. */
function officialEntry(source: OfficialSource, copies: WorkspaceCopies | undefined): OfficialListEntry {
  const counted = countOnce(source.appearances, copies && (source.clusterOf ?? copies));
  const appearances = counted.appearances;
  const spellings = new Set<string>();
  const titles: string[] = [];
  const titlesAsWritten: Record<string, string[]> = {};
  for (const official of source.files) {
    official.spellings.forEach((s) => spellings.add(s));
    for (const written of official.titles) {
      const title = toSimplified(written);
      if (!titles.includes(title)) titles.push(title);
      if (written !== title && !(titlesAsWritten[title] ??= []).includes(written)) titlesAsWritten[title].push(written);
    }
  }
  const meetings = appearances.map((a) => ({ uri: a.uri, name: a.meetingName, date: a.date, range: a.range, roles: a.roles, ...(a.copies ? { copies: a.copies } : {}) }));
  const lastSeen = appearances.reduce((latest, a) => {
    const key = a.meetingName ? dateKey(a.iso, a.date) : '';
    return key > latest ? key : latest;
  }, '');
  return { name: source.name, spellings: [...spellings], titles, titlesAsWritten, meetingCount: meetings.filter((m) => m.name).length, meetings, lastSeen, mergedCopies: counted.merged };
}

/**
 * The list of officialList from officials given one at a time (a name in one source only): the
 * persisted corpus index reads each official's appearances from its file, one official at a time.
 */
export function officialListOfSources(sources: Iterable<OfficialSource>, options: OfficialListOptions = {}): OfficialListEntry[] {
  const query = options.query?.trim();
  const simplifiedQuery = query && toSimplified(query);
  let entries: OfficialListEntry[] = [];
  for (const source of sources) entries.push(officialEntry(source, options.copies));
  if (query) entries = entries.filter((o) => matches(o, query) || (simplifiedQuery !== query && matches(o, simplifiedQuery!)));
  entries.sort(SORTS[options.sort ?? 'meetings'] ?? byMeetings);
  return entries.slice(0, options.limit ?? 2000);
}
