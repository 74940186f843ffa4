// Why an outline is empty: a file skipped for its size or decoded with the wrong
// encoding gets one row that says so, instead of VS Code's bare "no symbols".
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Admission } from '../admission';
import type { ReportDocument } from '../document';
import { t } from '../l10n';

function reasonOf(admission: Admission, wronglyDecoded: boolean, maxFileSizeMB: number): string | undefined {
  // A binary or UTF-16 file keeps VS Code's own empty outline: its one diagnostic says what it is.
  if (admission.kind === 'skip' && admission.reason === 'too-large') {
    return t('No outline: the file is larger than huiyi.maxFileSizeMB ({0} MB), so Huiyi did not analyse it', maxFileSizeMB);
  }
  if (wronglyDecoded) return t('No outline: the file was decoded with the wrong encoding (reopen it with its encoding)');
  return undefined;
}

/** The one explanatory row, or undefined when the outline is the file's own. */
export function outlineNotice(document: ReportDocument, admission: Admission, wronglyDecoded: boolean, maxFileSizeMB: number): DocumentSymbol[] | undefined {
  const name = reasonOf(admission, wronglyDecoded, maxFileSizeMB);
  if (!name) return undefined;
  const start = document.positionAt(0);
  return [{ name, kind: SymbolKind.File, range: { start, end: start }, selectionRange: { start, end: start } }];
}
