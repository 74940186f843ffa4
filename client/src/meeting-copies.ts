// huiyi.showCopies: the command of the server's code lens on a meeting with copies in other files
// (arguments [uri, position, locations] as LSP sends them); opens VS Code's peek view on the copies.
import * as vscode from 'vscode';
import { SHOW_COPIES_COMMAND } from '../../server/src/protocol/api';

interface LspPosition {
  readonly line: number;
  readonly character: number;
}
interface LspLocation {
  readonly uri: string;
  readonly range: { readonly start: LspPosition; readonly end: LspPosition };
}

const position = (p: LspPosition) => new vscode.Position(p.line, p.character);

export function registerMeetingCopies(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_COPIES_COMMAND, (uri: string, at: LspPosition, locations: readonly LspLocation[]) => {
      const targets = locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(position(l.range.start), position(l.range.end))));
      return vscode.commands.executeCommand('editor.action.peekLocations', vscode.Uri.parse(uri), position(at), targets, 'peek');
    }),
  );
}
