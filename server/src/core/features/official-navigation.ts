// Go to definition, document highlights, references and rename for officials.
import { DocumentHighlightKind, type ChangeAnnotation, type DocumentHighlight, type Location, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import type { Official, ReportModel } from '../model/types';
import { officialAt } from './official-at';
import { t } from '../l10n';
import { skippedSummary, type SkippedFile } from './skipped-files';

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

/** The change annotations of a rename across files: this file's edits, and the other files' (confirmed in the preview). */
export const RENAME_HERE_ANNOTATION = 'huiyi.rename.here';
export const RENAME_ANNOTATION = 'huiyi.rename';

/**
 * Renames every mention across the corpus as one WorkspaceEdit. In one file: plain edits. Across
 * files, or when some files were skipped: the other files' edits carry a change annotation that
 * needs confirmation, so VS Code shows its refactor preview before anything is written, with this
 * file's edits ticked and the other files' for the user to tick; its description names the skipped
 * files. This document's edits name its version.
 */
export function renameOfficial(document: ReportDocument, references: readonly Location[], newName: string, skipped: readonly SkippedFile[] = []): WorkspaceEdit {
  const byUri = new Map<string, TextEdit[]>();
  for (const ref of references) {
    let edits = byUri.get(ref.uri);
    if (!edits) byUri.set(ref.uri, (edits = []));
    edits.push({ range: ref.range, newText: newName });
  }
  if (byUri.size <= 1 && !skipped.length) return { changes: Object.fromEntries(byUri) };
  const here = byUri.get(document.uri)?.length ?? 0;
  const elsewhere = references.length - here;
  const others = byUri.size - (here ? 1 : 0);
  const label = others === 1 ? t('Rename {0} mentions in one other file to {1}', elsewhere, newName) : t('Rename {0} mentions in {1} other files to {2}', elsewhere, others, newName);
  const annotation: ChangeAnnotation = { label, needsConfirmation: true };
  const summary = skippedSummary(skipped);
  if (summary) annotation.description = summary;
  const changeAnnotations: Record<string, ChangeAnnotation> = { [RENAME_ANNOTATION]: annotation };
  if (here) changeAnnotations[RENAME_HERE_ANNOTATION] = { label: t('Rename {0} mentions in this file to {1}', here, newName) };
  return {
    documentChanges: [...byUri].map(([uri, edits]) => {
      const own = uri === document.uri;
      return {
        textDocument: { uri, version: own ? document.version : null },
        edits: edits.map((e) => ({ ...e, annotationId: own ? RENAME_HERE_ANNOTATION : RENAME_ANNOTATION })),
      };
    }),
    changeAnnotations,
  };
}
