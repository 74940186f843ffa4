// A code lens on each meeting that has copies in other workspace files: "Also in 2 other files:
// 1 traditional mirror, 1 truncated copy", whose command peeks at them (huiyi.showCopies, arguments
// [uri, position, locations]; the VS Code client opens VS Code's peek view with them).
import type { CodeLens, Location } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import type { MeetingCopy, WorkspaceCopies } from '../duplicates';
import { t } from '../l10n';
import type { ReportModel } from '../model/types';

/** The client's command (protocol/api.ts names it for the client; package.json contributes it). */
export const SHOW_COPIES_COMMAND = 'huiyi.showCopies';

type Kind = 'mirror' | 'truncated' | 'copy';

/** What a copy is, beside this meeting: a traditional mirror, a shorter (truncated) copy, or a copy. */
function kindOf(copy: MeetingCopy, here: MeetingCopy | undefined): Kind {
  if (copy.script === 'traditional' && here?.script !== 'traditional') return 'mirror';
  if (copy.why.some((w) => w === 'truncated' || w === 'paragraphs dropped')) return 'truncated';
  return 'copy';
}

function tally(kind: Kind, n: number): string {
  switch (kind) {
    case 'mirror':
      return n === 1 ? t('1 traditional mirror') : t('{0} traditional mirrors', n);
    case 'truncated':
      return n === 1 ? t('1 truncated copy') : t('{0} truncated copies', n);
    default:
      return n === 1 ? t('1 copy') : t('{0} copies', n);
  }
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The lens's title for the copies of a meeting (`others` in other files). */
export function copiesTitle(others: readonly MeetingCopy[], here: MeetingCopy | undefined): string {
  const files = new Set(others.map((c) => c.uri)).size;
  const counts = new Map<Kind, number>();
  for (const c of others) counts.set(kindOf(c, here), (counts.get(kindOf(c, here)) ?? 0) + 1);
  const kinds = (['mirror', 'truncated', 'copy'] as const).filter((k) => counts.has(k)).map((k) => tally(k, counts.get(k)!));
  const list = kinds.join(t(', '));
  const head = files === 1 ? t('Also in 1 other file: {0}', list) : t('Also in {0} other files: {1}', files, list);
  const canonical = others.find((c) => c.canonical);
  return canonical ? `${head} · ${t('canonical copy: {0}', fileName(canonical.uri))}` : head;
}

/** One lens per meeting of the document with copies in other files. */
export function copyLenses(document: ReportDocument, model: ReportModel, copies: WorkspaceCopies): CodeLens[] {
  const lenses: CodeLens[] = [];
  model.meetings.forEach((meeting, index) => {
    const cluster = copies.copiesOf(document.uri, index);
    if (!cluster) return;
    const here = cluster.members.find((m) => m.uri === document.uri && m.meeting === index);
    const others = cluster.members.filter((m) => m.uri !== document.uri);
    if (!others.length) return;
    const start = document.positionAt(meeting.start);
    const range = { start, end: start };
    const locations: Location[] = others.map((c) => ({ uri: c.uri, range: copies.rangeOf?.(c.uri, c.meeting) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }));
    lenses.push({ range, command: { title: copiesTitle(others, here), command: SHOW_COPIES_COMMAND, arguments: [document.uri, start, locations] } });
  });
  return lenses;
}
