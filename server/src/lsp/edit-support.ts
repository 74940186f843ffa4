// A workspace edit as the client can take it: change annotations (the refactor preview) only for
// clients that support them; plain `changes` for clients without documentChanges.
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { ServerContext } from './feature';

export function forClient(context: Pick<ServerContext, 'edits'>, edit: WorkspaceEdit): WorkspaceEdit {
  if (!edit.documentChanges || (context.edits.annotations && context.edits.documentChanges)) return edit;
  const plain = (edits: readonly TextEdit[]): TextEdit[] => edits.map(({ range, newText }) => ({ range, newText }));
  const documentChanges = edit.documentChanges.map((c) => ('edits' in c ? { ...c, edits: plain(c.edits as TextEdit[]) } : c));
  if (context.edits.documentChanges) return { documentChanges };
  const changes: Record<string, TextEdit[]> = {};
  for (const c of documentChanges) if ('edits' in c) changes[c.textDocument.uri] = c.edits;
  return { changes };
}
