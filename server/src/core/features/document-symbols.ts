// The outline: meetings (Event) with their agenda items (Namespace), statements (String) and their
// 要… points (Field); web chrome (Package).
import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver-types';
import type { ReportDocument, Span } from '../document';
import { t } from '../l10n';
import type { AgendaItem, ChromeBlock, Meeting, ReportModel, Statement } from '../model/types';

/** Statements made by the meeting itself rather than by a person. */
const MEETING_SPEAKERS = new Set(['会议', '会上']);

const CHROME_NAMES: Record<ChromeBlock['kind'], string> = {
  header: 'web page header',
  footer: 'web page footer',
  inline: 'page information',
};

export function meetingDetail(m: Meeting): string {
  const parts: string[] = [];
  if (m.date) {
    if (m.date.iso) parts.push(`${m.date.text} (${m.date.iso})`);
    else if (m.date.notAfter) parts.push(`${m.date.text} (${t('on or before {0}', m.date.notAfter)})`);
    else parts.push(m.date.text);
  } else if (m.damagedDate) parts.push(t('{0} (damaged date)', m.damagedDate.text));
  if (m.chairs.length) parts.push(t('chair: {0}', m.chairs.map((c) => c.text).join('、')));
  return parts.join(' · ');
}

export function documentSymbols(document: ReportDocument, model: ReportModel): DocumentSymbol[] {
  const range = (s: Span): Range => ({ start: document.positionAt(s.start), end: document.positionAt(s.end) });
  const symbol = (name: string, detail: string, kind: SymbolKind, whole: Span, selection: Span, children: DocumentSymbol[] = []) =>
    DocumentSymbol.create(name || '…', detail, kind, range(whole), range(selection), children);

  const chrome = (c: ChromeBlock) =>
    symbol(t(CHROME_NAMES[c.kind]), c.lines[0]?.text.slice(0, 40) ?? '', SymbolKind.Package, c, c.lines[0] ?? c);

  const statement = (s: Statement) =>
    symbol(
      s.marker.text,
      s.summary,
      SymbolKind.String,
      s,
      s.marker,
      s.points.map((p) => symbol(p.summary, '', SymbolKind.Field, p, p)),
    );

  // An agenda item keeps the meeting's own 会议指出/会议强调 about it; from the first statement by a
  // person on (汤洁强调), the statements are the meeting's, siblings of the item.
  const agenda = (a: AgendaItem, lifted: Statement[]) => {
    const own = a.statements.findIndex((s) => !MEETING_SPEAKERS.has(s.speaker));
    const kept = own === -1 ? a.statements : a.statements.slice(0, own);
    if (own !== -1) lifted.push(...a.statements.slice(own));
    const whole = own === -1 ? a : { start: a.start, end: Math.max(a.opening.end, kept.at(-1)?.end ?? 0) };
    return symbol(a.summary, '', SymbolKind.Namespace, whole, a.opening, kept.map(statement));
  };

  const meeting = (m: Meeting) => {
    const lifted: Statement[] = [];
    const items = m.agendaItems.map((a) => agenda(a, lifted));
    const children = [...m.chrome.map(chrome), ...items, ...[...lifted, ...m.statements].map(statement)];
    children.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
    const selection = m.headline ?? m.meetingName ?? m.date ?? m;
    return symbol(m.name, meetingDetail(m), SymbolKind.Event, m, selection, children);
  };

  const top = [...model.chrome.map(chrome), ...model.meetings.map(meeting)];
  return top.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}
