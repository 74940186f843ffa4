// Issue 18, items 2, 3 and 9 in the real editor: conversion never saves behind the user's back; a GBK
// file opened as UTF-8 gets quick fixes that read it again right, and an outline that says why it is
// empty instead of garbage meetings.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const iconv = require('iconv-lite');
const h = require('./helpers');

const codeOf = (d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code);
const WRONG = 'mojibake.wrong-encoding';

describe('editor safety', () => {
  after(async () => {
    await h.closeAllEditors();
    await vscode.workspace.getConfiguration('files', h.workspaceFolder()).update('encoding', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  it('Convert Document to Simplified leaves the file on disk unchanged and the editor dirty, with one Undo step', async () => {
    const original = fs.readFileSync(h.seedUri('002').fsPath);
    const uri = h.writeWorkspaceFile('convert-002.txt', original);
    const { document } = await h.open(uri);
    await h.waitForDiagnostics(uri);
    const before = document.getText();
    assert.ok(before.includes('黨組書記高金全'));
    // As a person would: once the document action is on offer (the server has analysed the file).
    await h.waitFor(async () => (await h.codeActions(uri, 'source.convertToSimplified', undefined, 0)).length > 0, { message: 'the document conversion action' });
    await vscode.commands.executeCommand('huiyi.convertDocumentToSimplified');
    await h.waitFor(() => !document.getText().includes('黨組書記'), { message: 'the document to be converted' });
    assert.ok(document.getText().includes('党组书记高金全'));
    assert.equal(document.isDirty, true, 'the editor is dirty: nothing was saved');
    assert.deepEqual(fs.readFileSync(uri.fsPath), original, 'the file on disk is unchanged until the user saves');
    await vscode.commands.executeCommand('undo');
    await h.waitFor(() => document.getText() === before, { message: 'one Undo to give the traditional text back' });
  });

  it('a GBK file opened as UTF-8: no garbage outline, and a quick fix that reads it again as GB18030', async () => {
    const text = fs.readFileSync(h.seedUri('000').fsPath, 'utf8');
    const bytes = iconv.encode(text, 'gb18030');
    const uri = h.writeWorkspaceFile('gbk/report-000.txt', bytes);
    const { document } = await h.open(uri);
    const diagnostics = await h.waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === WRONG));
    const finding = diagnostics.find((d) => codeOf(d) === WRONG);
    assert.match(finding.message, /file on disk is intact/);
    const symbols = await h.documentSymbols(uri);
    assert.deepEqual(symbols.map((s) => s.name), ['No outline: the file was decoded with the wrong encoding (reopen it with its encoding)']);

    const actions = await h.waitFor(async () => {
      const found = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, finding.range, 'quickfix')) || [];
      return found.some((a) => a.title.startsWith('Reopen with Encoding')) ? found : undefined;
    }, { message: 'the reopen quick fixes' });
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], 'Reopen with Encoding GB18030 (read from the file on disk, which is intact)');
    assert.equal(actions[0].isPreferred, true);
    assert.ok(titles.includes('Reopen with Encoding Big5'));
    const folder = actions.find((a) => a.title.startsWith("Open this folder's files as GB18030"));
    assert.ok(folder, `a folder-encoding fix among ${JSON.stringify(titles)}`);
    await vscode.commands.executeCommand(folder.command.command, ...folder.command.arguments);
    await h.waitFor(() => document.getText().includes('会议'), { message: 'the file to read as GB18030' });
    assert.equal(document.getText().replace(/\r\n/g, '\n'), text.replace(/\r\n/g, '\n'));
    await h.waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === WRONG), { message: 'the wrong-encoding finding to go' });
    assert.ok((await h.documentSymbols(uri)).length > 1, 'the outline has meetings');
    assert.deepEqual(fs.readFileSync(uri.fsPath), bytes, 'the file on disk is untouched');
  });
});

describe('workspace conversion', () => {
  after(h.closeAllEditors);

  it('goes through the refactor preview: Discard leaves every file and editor as it was', async () => {
    const seed = h.seedUri('004');
    const before = fs.readFileSync(seed.fsPath, 'utf8');
    const { document } = await h.open(seed);
    await h.waitForDiagnostics(seed);
    // The status bar's "Convert the whole workspace…": the server computes one edit and applies it
    // through the editor, which shows its refactor preview and waits for the user.
    let settled;
    vscode.commands.executeCommand('huiyi.convertWorkspaceToSimplified').then((r) => (settled = { result: r }));
    await h.waitFor(async () => {
      if (!settled) await vscode.commands.executeCommand('refactorPreview.discard');
      return settled;
    }, { timeout: 60000, message: 'the refactor preview to be discarded' });
    assert.equal(settled.result.applied, false, `not applied: ${settled.result.message}`);
    assert.equal(document.getText(), before, 'the open editor is unchanged');
    assert.equal(document.isDirty, false);
    assert.equal(fs.readFileSync(seed.fsPath, 'utf8'), before, 'the file on disk is unchanged');
  });
});
