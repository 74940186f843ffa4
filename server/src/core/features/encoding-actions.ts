// Quick fixes on mojibake.wrong-encoding (a GBK or Big5 file decoded as UTF-8): reopen the file with
// its encoding, or keep its folder's files.encoding / files.autoGuessEncoding so every such file
// opens right. They run client commands (the adapter names them; a client without them gets none):
// the text in the editor has lost the bytes, the file on disk has not.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import { ENCODING_FACTS, LEGACY_ENCODINGS, type LegacyEncoding } from '../damage/legacy-encoding';
import { t } from '../l10n';

const WRONG_ENCODING = 'mojibake.wrong-encoding';

export interface EncodingCommands {
  /** [uri, encoding]: reopen the file with this encoding (VS Code's "Reopen with Encoding"). */
  readonly reopen: string;
  /** [uri, { encoding } | { autoGuess: true }]: write the folder's setting, then read the file again. */
  readonly folder?: string;
}

export interface EncodingActionRequest {
  readonly diagnostics: readonly Diagnostic[];
  /** The encoding the bytes on disk read as (guessLegacyEncoding), when the adapter could read them. */
  readonly guessed?: LegacyEncoding;
}

export function encodingCodeActions(document: ReportDocument, request: EncodingActionRequest, commands: EncodingCommands): CodeAction[] {
  const diagnostic = request.diagnostics.find((d) => d.code === WRONG_ENCODING);
  if (!diagnostic) return [];
  const likely = request.guessed ?? 'gb18030';
  const order: LegacyEncoding[] = [likely, ...LEGACY_ENCODINGS.filter((e) => e !== likely)];
  const actions: CodeAction[] = order.map((encoding) => ({
    title:
      encoding === request.guessed
        ? t('Reopen with Encoding {0} (read from the file on disk, which is intact)', ENCODING_FACTS[encoding].label)
        : t('Reopen with Encoding {0}', ENCODING_FACTS[encoding].label),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: encoding === likely,
    command: { title: t('Reopen with Encoding'), command: commands.reopen, arguments: [document.uri, ENCODING_FACTS[encoding].vscode] },
  }));
  if (commands.folder) {
    actions.push(
      {
        title: t('Open this folder\'s files as {0} (files.encoding in the folder settings)', ENCODING_FACTS[likely].label),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: t('Set files.encoding'), command: commands.folder, arguments: [document.uri, { encoding: ENCODING_FACTS[likely].vscode }] },
      },
      {
        title: t('Let the editor guess this folder\'s encodings (files.autoGuessEncoding in the folder settings)'),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: t('Set files.autoGuessEncoding'), command: commands.folder, arguments: [document.uri, { autoGuess: true }] },
      },
    );
  }
  return actions;
}
