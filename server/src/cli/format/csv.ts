// Flat tables for spreadsheet users (RFC 4180 quoting).
import type { MeetingRecord, OfficialRecord } from '../records';

function cell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const row = (values: unknown[]): string => values.map(cell).join(',') + '\r\n';

const people = (list: MeetingRecord['chairs']) => list.map((p) => `${p.titles.join('、')}${p.titles.length ? ' ' : ''}${p.name}`).join('; ');

export const MEETING_HEADER = ['file', 'meeting', 'line', 'name', 'headline', 'date', 'iso_date', 'place', 'meeting_type', 'chairs', 'speakers', 'attendees', 'presenters', 'agenda_items', 'statements', 'damage_findings'];

export function meetingRow(m: MeetingRecord): string {
  return row([m.file, m.meeting, m.range.start.line, m.name, m.headline, m.date?.text, m.date?.iso, m.place, m.meetingType, people(m.chairs), people(m.speakers), people(m.attendees), people(m.presenters), m.agendaItems.length, m.statements.length + m.agendaItems.reduce((n, a) => n + a.statements.length, 0), m.damage.length]);
}

export const OFFICIAL_HEADER = ['name', 'spellings', 'titles', 'meetings', 'first_seen', 'last_seen'];

export function officialRow(o: OfficialRecord): string {
  return row([o.name, o.spellings.join('; '), o.titles.map((t) => t.title).join('; '), o.meetings.length, o.firstSeen, o.lastSeen]);
}
