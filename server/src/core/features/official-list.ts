// The workspace's officials, from the reports' summaries (report-summary.ts) the corpus index
// keeps: each name's locations and appearances, and the list behind the Officials view.
import type { Location, Range } from 'vscode-languageserver-types';
import type { Role } from '../model/types';
import type { WorkspaceCopies } from '../duplicates';
import { countOnce } from './count-once';
import type { Appearance } from './official-appearances';
import { appearanceSortKey } from './official-hover';
import { MENTION_FIELDS, mentionRange, rolesOf, type ReportSummary, type SummaryOfficial } from './report-summary';

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
  readonly titles: readonly string[];
  readonly meetingCount: number;
  readonly meetings: readonly OfficialListMeeting[];
  /** Appearances in copies of meetings counted elsewhere in the list (0 without merging). */
  readonly mergedCopies: number;
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

/**
 * The officials of these reports, most meetings first, at most `limit`; with a query, only those
 * whose name or a spelling contains it.
 */
export function officialList(summaries: Iterable<ReportSummary>, options: { readonly query?: string; readonly limit?: number; readonly copies?: WorkspaceCopies } = {}): OfficialListEntry[] {
  const byName = new Map<string, { summary: ReportSummary; official: SummaryOfficial }[]>();
  for (const summary of summaries) {
    for (const official of summary.officials) {
      let list = byName.get(official.name);
      if (!list) byName.set(official.name, (list = []));
      // A name once per report (the first, as the corpus index looks it up).
      if (list[list.length - 1]?.summary !== summary) list.push({ summary, official });
    }
  }
  const entries: OfficialListEntry[] = [];
  for (const [name, found] of byName) {
    const counted = countOnce(found.flatMap((f) => summaryAppearances(f.summary, f.official)), options.copies);
    const appearances = counted.appearances;
    const spellings = new Set<string>();
    const titles: string[] = [];
    for (const { official } of found) {
      official.spellings.forEach((s) => spellings.add(s));
      official.titles.forEach((t) => titles.includes(t) || titles.push(t));
    }
    const meetings = appearances.map((a) => ({ uri: a.uri, name: a.meetingName, date: a.date, range: a.range, roles: a.roles, ...(a.copies ? { copies: a.copies } : {}) }));
    entries.push({ name, spellings: [...spellings], titles, meetingCount: meetings.filter((m) => m.name).length, meetings, mergedCopies: counted.merged });
  }
  entries.sort((a, b) => b.meetingCount - a.meetingCount || b.meetings.length - a.meetings.length || (a.name < b.name ? -1 : 1));
  const all = entries.slice(0, options.limit ?? 2000);
  const query = options.query?.trim();
  return query ? all.filter((o) => o.name.includes(query) || o.spellings.some((s) => s.includes(query))) : all;
}
