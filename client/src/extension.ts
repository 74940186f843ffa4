// VS Code entry point: starts the Huiyi language server and wires the client-side features.
import * as vscode from 'vscode';
import { startLanguageClient, stopLanguageClient } from './language-client';
import { registerScriptStatus } from './script-status';
import { registerOfficialsView } from './officials-view';
import { registerMeetingCopies } from './meeting-copies';
import { registerProblemCapNotice } from './problem-cap-notice';
import { registerEncodingCommands } from './encoding-commands';
import { registerOverview } from './overview-panel';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await startLanguageClient(context);
  registerScriptStatus(context);
  registerOfficialsView(context);
  registerMeetingCopies(context);
  registerProblemCapNotice(context);
  registerEncodingCommands(context);
  registerOverview(context);
}

export async function deactivate(): Promise<void> {
  await stopLanguageClient();
}
