// Workspace symbols: meetings of every report in the workspace, found by name, date or chair.
// VS Code filters the symbols it gets by their name alone (characters in order, the first 128 or
// so), so the name carries what people search by: the date as written (and its ISO form), the
// meeting's name and its chairs, then the simplified spelling when the report is traditional.
import { SymbolKind, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import { toSimplified } from '../script/char-map';
import type { Meeting, ReportModel } from '../model/types';
import { meetingDetail } from './document-symbols';

/** What the workspace index keeps of one meeting: enough to find it and to jump to it. */
export interface MeetingEntry {
  readonly uri: string;
  /** The meeting's name (the Officials view and hover cards show it). */
  readonly name: string;
  /** The workspace symbol's name: date, name, chairs and simplified spelling (searchName). */
  readonly symbolName: string;
  readonly detail: string;
  readonly range: Range;
  /** Lower-cased, simplified text that a query is matched against. */
  readonly haystack: string;
}

/** VS Code matches within the first 128 characters of "$(symbol-event) " + name: keep the name well inside. */
const NAME_BUDGET = 100;
const NAME_CUTS = [40, 30, 20, 12];
const MAX_CHAIRS = 3;

/** `10月21日上午 区委理论学习中心组学习会议召开 · 汤洁`, `8月26日 經開區…會議 · 王俊嶺 (经开区…会议 · 王俊岭)`. */
export function searchName(m: Meeting): string {
  const date = m.date ? (m.date.iso && !m.date.text.includes(m.date.iso) ? `${m.date.text} (${m.date.iso})` : m.date.text) : '';
  const chairs = m.chairs.slice(0, MAX_CHAIRS).map((c) => c.text).join('、');
  let result = '';
  for (const cut of NAME_CUTS) {
    const name = m.name.length > cut ? `${m.name.slice(0, cut)}…` : m.name;
    const written = chairs ? `${name} · ${chairs}` : name;
    const simplified = toSimplified(written);
    result = [date, written, simplified !== written ? `(${simplified})` : ''].filter(Boolean).join(' ');
    if (result.length <= NAME_BUDGET) break;
  }
  return result;
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
      symbolName: searchName(m),
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
      result.push({ name: e.symbolName, kind: SymbolKind.Event, location: { uri: e.uri, range: e.range }, containerName: e.detail });
      if (result.length >= limit) break;
    }
  }
  return result;
}
