// A one-time notice when a file has more problems than huiyi.maxNumberOfProblems shows: the
// summary diagnostic at line 1 is easy to miss, so the user is told once per file and session,
// with the setting one click away.
import * as vscode from 'vscode';
import { TOO_MANY_PROBLEMS_CODE } from '../../server/src/protocol/api';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

export function registerProblemCapNotice(context: vscode.ExtensionContext): void {
  const told = new Set<string>();
  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) {
        const key = uri.toString();
        if (told.has(key)) continue;
        const summary = vscode.languages.getDiagnostics(uri).find((d) => d.source === 'huiyi' && codeOf(d) === TOO_MANY_PROBLEMS_CODE);
        if (!summary) continue;
        told.add(key);
        const open = vscode.l10n.t('Open settings');
        const file = uri.path.slice(uri.path.lastIndexOf('/') + 1);
        void vscode.window.showInformationMessage(vscode.l10n.t('{0}: {1}', file, summary.message), open).then((picked) => {
          if (picked === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'huiyi.maxNumberOfProblems');
        });
      }
    }),
  );
}
