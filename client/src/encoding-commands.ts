// The wrong-encoding quick fixes' client commands. VS Code 1.96 has no API to reopen a document
// with a given encoding, so "Reopen with Encoding" runs VS Code's own picker (Change File Encoding →
// Reopen with Encoding; its guess from the file's bytes comes first) and says which encoding to pick.
// The folder fix writes files.encoding (or files.autoGuessEncoding) for the file's folder, then
// reads the file again from disk: nothing is written to the file itself.
import * as vscode from 'vscode';
import { FOLDER_ENCODING_COMMAND, REOPEN_WITH_ENCODING_COMMAND } from '../../server/src/protocol/api';

const LABELS: Record<string, string> = { gb18030: 'Simplified Chinese (GB18030)', cp950: 'Traditional Chinese (Big5)' };

async function showDocument(uri: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
}

async function reopenWithEncoding(uri: string, encoding: string): Promise<void> {
  await showDocument(uri);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Huiyi: pick "Reopen with Encoding", then {0}', LABELS[encoding] ?? encoding), 15000);
  await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
}

async function useFolderEncoding(uri: string, choice: { encoding?: string; autoGuess?: boolean }): Promise<void> {
  const resource = vscode.Uri.parse(uri);
  const folder = vscode.workspace.getWorkspaceFolder(resource);
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const files = vscode.workspace.getConfiguration('files', resource);
  if (choice.autoGuess) await files.update('autoGuessEncoding', true, target);
  else if (choice.encoding) await files.update('encoding', choice.encoding, target);
  const editor = await showDocument(uri);
  // Read again from disk with the folder's new setting (the document is unchanged, so nothing is lost).
  if (!editor.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
}

export function registerEncodingCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(REOPEN_WITH_ENCODING_COMMAND, reopenWithEncoding),
    vscode.commands.registerCommand(FOLDER_ENCODING_COMMAND, useFolderEncoding),
  );
}
