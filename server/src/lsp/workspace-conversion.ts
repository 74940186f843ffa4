// The workspace command: convert every report file of the workspace to simplified script.
// It first says what will change (files, characters) and asks (in VS Code's refactor preview when the
// client has change annotations, else a dialog); then it applies ONE WorkspaceEdit,
// which the editor undoes as one step. Open documents are converted at their current version
// (the edit is refused if they change meanwhile); closed files are read from disk. Mojibake is
// left as it is (features/conversion-protection), and the messages say how many damaged spans.
//   arguments: [] ask, then apply · [{ dryRun: true }] only report · [{ confirm: false }] apply without asking
import { admit, convertToSimplified, documentProtection, skippedSummary, t, type Conversion, type SkippedFile } from '../core';
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageType, ShowMessageNotification, type CancellationToken, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './feature';
import { reportFiles } from '../workspace/report-files';


export interface WorkspaceConversionResult {
  readonly files: number;
  readonly charactersChanged: number;
  /** Damaged (mojibake) spans in the converted files, left as they are for their repair. */
  readonly protectedSpans: number;
  readonly applied: boolean;
  readonly message: string;
  /** Report files not converted because they could not be read as reports (too large, not UTF-8 …). */
  readonly skipped: readonly SkippedFile[];
}

const ANNOTATION = 'huiyi.convertWorkspace';

interface Options {
  readonly dryRun?: boolean;
  readonly confirm?: boolean;
}

async function folderPaths(context: ServerContext): Promise<string[]> {
  try {
    const folders = (await context.connection.workspace.getWorkspaceFolders()) ?? [];
    return folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
  } catch {
    return [];
  }
}

function changesOf(document: TextDocument, conversion: Conversion, version: number | null, annotated: boolean): TextDocumentEdit {
  const edits: TextEdit[] = conversion.edits.map((e) => ({
    range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
    newText: e.newText,
    ...(annotated ? { annotationId: ANNOTATION } : {}),
  }));
  return { textDocument: { uri: document.uri, version }, edits };
}

/** "N files, M characters changed", singular or plural in each part; then the damaged spans left, if any. */
function summaryOf(files: number, characters: number, left: number): string {
  const changed =
    files === 1
      ? characters === 1
        ? t('{0} file, {1} character changed', files, characters)
        : t('{0} file, {1} characters changed', files, characters)
      : characters === 1
        ? t('{0} files, {1} character changed', files, characters)
        : t('{0} files, {1} characters changed', files, characters);
  if (!left) return changed;
  return left === 1 ? t('{0}; {1} damaged span left for repair', changed, left) : t('{0}; {1} damaged spans left for repair', changed, left);
}

export async function convertWorkspace(context: ServerContext, args: unknown[], token: CancellationToken): Promise<WorkspaceConversionResult> {
  const options = (args[0] && typeof args[0] === 'object' ? args[0] : {}) as Options;
  // A client with the refactor preview shows the edit there before anything is written (instead of a dialog).
  const preview = context.edits.annotations && options.confirm !== false && !options.dryRun;
  const changes: TextDocumentEdit[] = [];
  const skipped: SkippedFile[] = [];
  let characters = 0;
  let left = 0;
  const seen = new Set<string>();

  const consider = (document: TextDocument, open: boolean) => {
    const settings = context.settingsOf(document.uri);
    const admission = admit(document.languageId, document.getText(), settings);
    if (admission.kind === 'skip') skipped.push({ uri: document.uri, reason: admission.reason });
    if (admission.kind !== 'analyse') return;
    const model = open ? context.service.analyse(document, settings).model : context.service.buildModel(document, settings);
    if (!model?.isReport) return;
    if (model.wronglyDecoded) return void skipped.push({ uri: document.uri, reason: 'wrong-encoding' });
    const protection = documentProtection(document, model, settings.damage);
    const conversion = open ? context.service.conversion(document, settings) : convertToSimplified(document.getText(), settings.conversion, protection);
    if (!conversion.edits.length) return;
    characters += conversion.charactersChanged;
    left += conversion.protectedSpans;
    changes.push(changesOf(document, conversion, open ? document.version : null, preview));
  };

  for (const document of context.documents.all()) {
    seen.add(document.uri);
    consider(document, true);
  }
  for (const folder of await folderPaths(context)) {
    for await (const path of reportFiles(folder)) {
      if (token.isCancellationRequested) return { files: 0, charactersChanged: 0, protectedSpans: 0, applied: false, message: t('Cancelled.'), skipped };
      const uri = pathToFileURL(path).href;
      if (seen.has(uri)) continue;
      seen.add(uri);
      try {
        const stat = await fs.stat(path);
        if (stat.size > context.settingsOf(uri).maxFileSizeMB * 1024 * 1024) {
          skipped.push({ uri, reason: 'too-large' });
          continue;
        }
        consider(TextDocument.create(uri, 'plaintext', 0, await fs.readFile(path, 'utf8')), false);
      } catch (error) {
        context.log(`Conversion: could not read ${path}: ${error instanceof Error ? error.message : String(error)}`);
        skipped.push({ uri, reason: 'unreadable' });
      }
      await new Promise((r) => setImmediate(r));
    }
  }

  const skippedText = skippedSummary(skipped);
  // "…; 2 files skipped: a.txt (…)" after the message, when some were.
  const withSkipped = (message: string) => (skippedText ? t('{0} {1}.', message, skippedText) : message);
  if (!changes.length) return { files: 0, charactersChanged: 0, protectedSpans: 0, applied: false, message: withSkipped(t('Every report is already in simplified script.')), skipped };
  const summary = summaryOf(changes.length, characters, left);
  const counts = { files: changes.length, charactersChanged: characters, protectedSpans: left, skipped };
  if (options.dryRun) return { ...counts, applied: false, message: withSkipped(t('Would convert {0}.', summary)) };
  if (options.confirm !== false && !preview) {
    const convert = t('Convert');
    const answer = await context.connection.window.showInformationMessage(
      withSkipped(t('Convert the workspace to simplified script? {0}. One edit; Undo reverts it.', summary)),
      { title: convert },
      { title: t('Cancel') },
    );
    if (answer?.title !== convert) return { ...counts, applied: false, message: t('Not applied.') };
  }
  const label = t('Convert workspace to simplified');
  const annotation = { label: t('Convert to simplified: {0}', summary), needsConfirmation: true, ...(skippedText ? { description: skippedText } : {}) };
  const edit = preview ? { documentChanges: changes, changeAnnotations: { [ANNOTATION]: annotation } } : { documentChanges: changes };
  const result = await context.connection.workspace.applyEdit({ label, edit });
  const message = result.applied ? withSkipped(t('Converted {0}.', summary)) : preview ? t('Not applied.') : t('Not applied: {0}.', result.failureReason ?? t('the editor refused the edit'));
  // Said to the user, who asked from a menu: what changed, and which files were skipped.
  if (options.confirm !== false) void context.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
  return { ...counts, applied: result.applied, message };
}
