// Issue 3 in the real editor: seed 001's Problems list its damage findings; source.fixAll runs on save
// when editor.codeActionsOnSave asks for it.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const h = require('./helpers');

describe('diagnostics', () => {
  afterEach(h.closeAllEditors);

  it("seed 001's Problems list its damage findings (lost indents, glued pinyin)", async () => {
    const { document } = await h.openSeed('001');
    const diagnostics = await h.waitForDiagnostics(document.uri, (ds) => ds.some((d) => d.source === h.SOURCE));
    const codes = new Set(diagnostics.filter((d) => d.source === h.SOURCE).map((d) => (typeof d.code === 'object' ? d.code.value : d.code)));
    for (const code of ['mojibake.question-marks', 'mojibake.pinyin-annotation']) {
      assert.ok(codes.has(code), `a ${code} finding; codes: ${[...codes].join(', ')}`);
    }
  });

  it("seed 001's 187 pinyin annotations are 6 problems, one per paragraph, each listing its places (issue 18 §4)", async () => {
    const { document } = await h.openSeed('001');
    const diagnostics = await h.waitForDiagnostics(document.uri, (ds) => ds.some((d) => d.source === h.SOURCE));
    const code = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
    const pinyin = diagnostics.filter((d) => code(d) === 'mojibake.pinyin-annotation');
    assert.deepEqual(pinyin.map((d) => d.range.start.line), [0, 1, 2, 3, 4, 5]);
    assert.match(pinyin[1].message, /^17 pinyin annotations in this paragraph\. The first: /);
    assert.equal(pinyin[1].relatedInformation.length, 5, 'the first 5 places, each a row under the problem');
    assert.ok(pinyin[1].relatedInformation.every((r) => /^\(\S+\)$/.test(document.getText(r.location.range))));
    // What the Problems panel counts (hints are not listed there): 7 question marks and 6 paragraphs of annotations.
    assert.equal(diagnostics.filter((d) => d.source === h.SOURCE && d.severity !== vscode.DiagnosticSeverity.Hint && /^mojibake\./.test(code(d))).length, 13);
  });

  it('source.fixAll on save repairs a copy of seed 001 when editor.codeActionsOnSave asks for it', async () => {
    const uri = h.writeWorkspaceFile('fix-on-save.txt', fs.readFileSync(h.seedUri('001').fsPath, 'utf8'));
    const config = vscode.workspace.getConfiguration('editor', { uri, languageId: 'plaintext' });
    await config.update('codeActionsOnSave', { 'source.fixAll': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      // The setting is in force before the user saves (written to the workspace's settings file, it reaches
      // the workbench's save participants a moment later).
      await h.waitFor(() => vscode.workspace.getConfiguration('editor', { uri, languageId: 'plaintext' }).get('codeActionsOnSave')?.['source.fixAll'] === 'explicit', { message: 'the setting' });
      const { document, editor } = await h.open(uri);
      await h.waitForDiagnostics(uri); // the server has analysed it, so it can answer source.fixAll
      assert.ok(document.getText().includes('(jīng)'));
      // The user types (a new last line) and saves: the save participants run on the dirty file.
      const end = document.lineAt(document.lineCount - 1).range.end;
      const analysed = h.nextDiagnosticsChange(uri);
      await editor.edit((b) => b.insert(end, '\n'));
      await analysed; // the server has the edited version, as it has when a person pauses before saving
      await vscode.commands.executeCommand('workbench.action.files.save');
      await h.waitFor(() => !document.isDirty && !document.getText().includes('(jīng)'), { message: 'the save to repair the pinyin' });
      assert.ok(!document.getText().includes('????'), 'lost indents repaired too');
      assert.ok(fs.readFileSync(uri.fsPath, 'utf8').includes('經開區'), 'the repaired text is on disk');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
