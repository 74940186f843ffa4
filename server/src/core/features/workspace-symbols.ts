// Workspace symbols: meetings of every report in the workspace, found by name, date or chair.
import { SymbolKind, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import { toSimplified } from '../script/char-map';
import type { ReportModel } from '../model/types';
import { meetingDetail } from './document-symbols';

/** What the workspace index keeps of one meeting: enough to find it and to jump to it. */
export interface MeetingEntry {
  readonly uri: string;
  readonly name: string;
  readonly detail: string;
  readonly range: Range;
  /** Lower-cased, simplified text that a query is matched against. */
  readonly haystack: string;
}

export function meetingEntries(model: ReportModel, rangeOf: (start: number, end: number) => Range): MeetingEntry[] {
  return model.meetings.map((m) => {
    const fields = [
      m.name,
      m.headline?.normalized,
      m.meetingName?.normalized,
      m.date?.normalized,
      m.date?.iso,
      ...m.chairs.flatMap((c) => [c.text, c.normalized]),
    ];
    return {
      uri: model.uri,
      name: m.name,
      detail: meetingDetail(m),
      range: rangeOf(m.start, m.end),
      haystack: toSimplified(fields.filter(Boolean).join('\u0000')).toLowerCase(),
    };
  });
}

/** Every query term must occur in the meeting's name, date or chairs (any script). */
export function matchMeetings(entries: Iterable<MeetingEntry>, query: string, limit = 500): SymbolInformation[] {
  const terms = toSimplified(query.trim().toLowerCase()).split(/\s+/).filter(Boolean);
  const result: SymbolInformation[] = [];
  for (const e of entries) {
    if (terms.every((t) => e.haystack.includes(t))) {
      result.push({ name: e.name, kind: SymbolKind.Event, location: { uri: e.uri, range: e.range }, containerName: e.detail });
      if (result.length >= limit) break;
    }
  }
  return result;
}
