// Status bar: the script of the active report — 简 (simplified), 繁 (traditional), 混 (mixed).
// The server answers huiyi/documentScript from the conversion it caches per version; clicking
// offers the conversion of the document (the source.convertToSimplified code action) or of the
// whole workspace (the server's huiyi.convertWorkspaceToSimplified command).
import * as vscode from 'vscode';
import { CONVERT_WORKSPACE_COMMAND, DOCUMENT_SCRIPT_REQUEST, type DocumentScriptResult } from '../../server/src/protocol/api';
import { getLanguageClient } from './language-client';


const SHOW_ACTIONS = 'huiyi.showScriptActions';
const CONVERT_DOCUMENT = 'huiyi.convertDocumentToSimplified';
const CONVERT_WORKSPACE = CONVERT_WORKSPACE_COMMAND;

const LABEL: Record<DocumentScriptResult['script'], string | undefined> = { simplified: '简', traditional: '繁', mixed: '混', none: undefined };

export function registerScriptStatus(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem('huiyi.script', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Huiyi: script of the report');
  item.command = SHOW_ACTIONS;
  let pending: NodeJS.Timeout | undefined;
  let ticket = 0;

  const refresh = async () => {
    const editor = vscode.window.activeTextEditor;
    const client = getLanguageClient();
    const mine = ++ticket;
    if (!editor || !client) return item.hide();
    try {
      const result = await client.sendRequest<DocumentScriptResult | null>(DOCUMENT_SCRIPT_REQUEST, { uri: editor.document.uri.toString() });
      if (mine !== ticket) return;
      const label = result && LABEL[result.script];
      if (!result || !label) return item.hide();
      item.text = label;
      item.tooltip =
        result.script === 'simplified'
          ? vscode.l10n.t('Simplified script')
          : vscode.l10n.t(
              '{0}: {1} paragraphs, {2} characters to convert. Click to convert.',
              result.script === 'mixed' ? vscode.l10n.t('Mixed scripts') : vscode.l10n.t('Traditional script'),
              result.traditionalParagraphs,
              result.charactersChanged,
            );
      item.show();
    } catch {
      if (mine === ticket) item.hide();
    }
  };
  const schedule = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void refresh(), 300);
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) schedule();
    }),
    vscode.commands.registerCommand(CONVERT_DOCUMENT, () =>
      vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.convertToSimplified', apply: 'first' }),
    ),
    vscode.commands.registerCommand(SHOW_ACTIONS, async () => {
      const picked = await vscode.window.showQuickPick(
        [
          { label: `$(symbol-text) ${vscode.l10n.t('Convert this document to simplified')}`, detail: vscode.l10n.t('One edit; only the changed characters'), command: CONVERT_DOCUMENT },
          { label: `$(files) ${vscode.l10n.t('Convert the whole workspace to simplified…')}`, detail: vscode.l10n.t('Shows the file count and characters changed first'), command: CONVERT_WORKSPACE },
        ],
        { placeHolder: vscode.l10n.t('Huiyi: traditional → simplified') },
      );
      if (picked) await vscode.commands.executeCommand(picked.command);
    }),
  );
  schedule();
}
