// The hover card of an official: name (simplified, and as written), titles newest first, role in
// this meeting, and appearances across the workspace with links, first and last seen.
import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import { t } from '../l10n';
import type { ReportModel, Role } from '../model/types';
import type { WorkspaceCopies } from '../duplicates';
import { countOnce } from './count-once';
import { firstAndLastSeen, titlesNewestFirst, type Appearance } from './official-appearances';
import type { CorpusPart } from './official-card-cache';
import { officialAt } from './official-at';

const MAX_LISTED = 20;

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function link(a: Appearance): string {
  const label = [a.iso || a.date, a.meetingName || t('(no meeting)')].filter(Boolean).join(' · ');
  const target = `${a.uri}#L${a.range.start.line + 1},${a.range.start.character + 1}`;
  const copies = a.copies ? ` (${a.copies === 1 ? t('+1 copy') : t('+{0} copies', a.copies)})` : '';
  return `[${label.replace(/[[\]]/g, '')}](${target}) — ${fileName(a.uri)}${copies}`;
}

function roleNames(roles: readonly Role[]): string {
  return roles.map((r) => t(r)).join(', ');
}

/** "1 meeting in 1 file", "6 meetings in 2 files": one message per plural form, as l10n wants. */
function meetingsInFiles(meetings: number, files: number): string {
  if (meetings === 1) return files === 1 ? t('{0} meeting in {1} file', meetings, files) : t('{0} meeting in {1} files', meetings, files);
  return files === 1 ? t('{0} meetings in {1} file', meetings, files) : t('{0} meetings in {1} files', meetings, files);
}

/**
 * What the card shows of the corpus. Appearances: this document's own (from its current model)
 * replace the index's for it; with `copies`, a meeting copied in several files counts once.
 */
export function corpusPart(document: ReportDocument, model: ReportModel, name: string, elsewhere: readonly Appearance[], copies?: WorkspaceCopies): CorpusPart {
  const here = ownAppearances(document, model, name);
  const counted = countOnce([...elsewhere.filter((a) => a.uri !== document.uri), ...here], copies);
  const all = counted.appearances;
  return { counted, titles: titlesNewestFirst(all.length ? all : here), seen: firstAndLastSeen(all) };
}

/**
 * `elsewhere`: the official's appearances in the workspace (a function: not asked for when
 * `remember` knows the card); `remember` keeps the corpus part of the last cards.
 */
export function officialHover(
  document: ReportDocument,
  model: ReportModel,
  offset: number,
  elsewhere: readonly Appearance[] | (() => readonly Appearance[]),
  copies?: WorkspaceCopies,
  remember: (name: string, make: () => CorpusPart) => CorpusPart = (_, make) => make(),
): Hover | undefined {
  const hit = officialAt(model, offset);
  if (!hit) return undefined;
  const { official, mention } = hit;
  const { counted, titles, seen } = remember(official.name, () => corpusPart(document, model, official.name, typeof elsewhere === 'function' ? elsewhere() : elsewhere, copies));
  const all = counted.appearances;
  const inThisMeeting = official.mentions.filter((m) => m.meeting === mention.meeting).flatMap((m) => m.roles);
  const roles = [...new Set(inThisMeeting)];

  const lines: string[] = [];
  const written = official.spellings.filter((s) => s !== official.name);
  lines.push(`**${official.name}**${written.length ? ` (${t('as written')}: ${written.join('、')})` : ''}`);
  lines.push('');
  lines.push(`${t('Titles')}: ${titles.length ? titles.join(' · ') : t('(none)')}`);
  if (mention.meeting >= 0) lines.push('', `${t('In this meeting')}: ${roles.length ? roleNames(roles) : t('mentioned')}`);
  const meetings = all.filter((a) => a.meetingName);
  const merged = counted.merged ? ` (${counted.merged === 1 ? t('1 copy merged') : t('{0} copies merged', counted.merged)})` : '';
  lines.push('', `${t('Appearances')}: ${meetingsInFiles(meetings.length, new Set(all.map((a) => a.uri)).size)}${merged}`);
  for (const a of all.slice(0, MAX_LISTED)) lines.push(`- ${link(a)}`);
  if (all.length > MAX_LISTED) lines.push(`- … ${t('{0} more', all.length - MAX_LISTED)}`);
  if (seen) lines.push('', `${t('First seen')}: ${link(seen[0])}`, '', `${t('Last seen')}: ${link(seen[1])}`);
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
  };
}

/** One appearance per meeting of `name` in this document. */
export function ownAppearances(document: ReportDocument, model: ReportModel, name: string): Appearance[] {
  const official = model.officials.find((o) => o.name === name);
  if (!official) return [];
  const byMeeting = new Map<number, Appearance>();
  for (const m of official.mentions) {
    const prev = byMeeting.get(m.meeting);
    const meeting = model.meetings[m.meeting];
    const iso = meeting?.date?.iso ?? model.published ?? '';
    const titles = [...(prev?.titles ?? []), ...m.titles.map((x) => x.text).filter((x) => !prev?.titles.includes(x))];
    const roles = [...new Set([...(prev?.roles ?? []), ...m.roles])];
    byMeeting.set(m.meeting, {
      uri: document.uri,
      meeting: m.meeting,
      meetingName: meeting?.name ?? '',
      date: meeting?.date?.text ?? '',
      iso,
      sortKey: appearanceSortKey(iso, document.uri, m.meeting),
      range: prev?.range ?? { start: document.positionAt(m.start), end: document.positionAt(m.end) },
      titles,
      roles,
      mentions: (prev?.mentions ?? 0) + 1,
    });
  }
  return [...byMeeting.values()];
}

export function appearanceSortKey(iso: string, uri: string, meeting: number): string {
  return `${iso || '9999'}\u0000${uri}\u0000${String(meeting + 1).padStart(4, '0')}`;
}
