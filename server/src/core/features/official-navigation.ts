// Go to definition, document highlights, references and rename for officials.
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import type { Official, ReportModel } from '../model/types';
import { officialAt } from './official-at';

const rangeOf = (document: ReportDocument, s: { start: number; end: number }): Range => ({ start: document.positionAt(s.start), end: document.positionAt(s.end) });

/** The mention in this file with the fullest title (most titles, then the longest). */
export function officialDefinition(document: ReportDocument, model: ReportModel, offset: number): Location | undefined {
  const hit = officialAt(model, offset);
  if (!hit) return undefined;
  const weight = (m: Official['mentions'][number]) => m.titles.length * 1000 + m.titles.reduce((n, t) => n + t.text.length, 0);
  let best = hit.official.mentions[0];
  for (const m of hit.official.mentions) if (weight(m) > weight(best)) best = m;
  return { uri: document.uri, range: rangeOf(document, best) };
}

export function officialHighlights(document: ReportDocument, model: ReportModel, offset: number): DocumentHighlight[] {
  const hit = officialAt(model, offset);
  if (!hit) return [];
  return hit.official.mentions.map((m) => ({ range: rangeOf(document, m), kind: DocumentHighlightKind.Text }));
}

/** The official's name at `offset` (simplified), for cross-file look-ups. */
export function officialNameAt(model: ReportModel, offset: number): string | undefined {
  return officialAt(model, offset)?.official.name;
}

/** References: this document's mentions, then every other file's (from the corpus index). */
export function officialReferences(document: ReportDocument, model: ReportModel, offset: number, elsewhere: Iterable<Location>): Location[] {
  const hit = officialAt(model, offset);
  if (!hit) return [];
  const own = hit.official.mentions.map((m) => ({ uri: document.uri, range: rangeOf(document, m) }));
  return [...own, ...[...elsewhere].filter((l) => l.uri !== document.uri)];
}

export function prepareOfficialRename(document: ReportDocument, model: ReportModel, offset: number): { range: Range; placeholder: string } | undefined {
  const hit = officialAt(model, offset);
  return hit ? { range: rangeOf(document, hit.mention), placeholder: hit.mention.text } : undefined;
}

/** Renames every mention across the corpus as one WorkspaceEdit. */
export function renameOfficial(references: readonly Location[], newName: string): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const ref of references) (changes[ref.uri] ??= []).push({ range: ref.range, newText: newName });
  return { changes };
}
