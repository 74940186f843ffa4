// Issue 5 in the real editor: the source action source.convertToSimplified, applied to seed 004, leaves
// simplified text.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const h = require('./helpers');

describe('conversion', () => {
  after(h.closeAllEditors);

  it('source.convertToSimplified on a copy of seed 004 leaves simplified text', async () => {
    const uri = h.writeWorkspaceFile('convert-004.txt', fs.readFileSync(h.seedUri('004').fsPath, 'utf8'));
    const { document } = await h.open(uri);
    assert.ok(document.getText().includes('會議'));
    const actions = await h.waitFor(async () => {
      const found = await h.codeActions(uri, 'source.convertToSimplified');
      return found.length ? found : undefined;
    }, { message: 'the source.convertToSimplified action' });
    const action = actions[0];
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments || []));
    await h.waitFor(() => !document.getText().includes('會議'), { message: 'the document to be converted' });
    const text = document.getText();
    assert.ok(text.includes('区委书记丁立新'), 'names and titles in simplified script');
    assert.ok(!/[會議區書記經濟講話]/.test(text), 'no traditional characters left among the common ones');
  });
});
