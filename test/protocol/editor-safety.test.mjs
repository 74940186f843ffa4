// Issue 18 items 2, 3 and 9 over LSP (the bundled server over stdio): a GBK or Big5 file gets the
// reopen quick fixes (for a client that has the commands), no outline of garbage and no script
// verdict; rename and the workspace conversion go through the refactor preview and name the files
// they skipped; a large file gets one notice with "Open settings" and "Analyse anyway".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedPath, startServer } from './lsp-client.mjs';

const iconv = createRequire(import.meta.url)('iconv-lite');
const CLIENT_COMMANDS = ['huiyi.reopenWithEncoding', 'huiyi.useFolderEncoding', 'huiyi/openSettings'];
/** A client like VS Code: workspace edits with documentChanges and change annotations (the refactor preview). */
const PREVIEW_CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } },
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { versionSupport: true, dataSupport: true },
    codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
  },
};
const TRADITIONAL = '區委召開會議\n3月5日上午，區委常委會召開會議。區委書記湯潔主持會議并講話。區長朱傑出席會議。\n湯潔強調，要抓好落實。\n';
const WRONG = 'mojibake.wrong-encoding';

function positionOf(text, needle) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-safety-'));
  copyFileSync(seedPath('000'), join(dir, 'seed-000.txt'));
  writeFileSync(join(dir, 'traditional.txt'), TRADITIONAL);
  writeFileSync(join(dir, 'gbk.txt'), iconv.encode(readFileSync(seedPath('003'), 'utf8'), 'gb18030'));
  writeFileSync(join(dir, 'big5.txt'), iconv.encode(readFileSync(seedPath('004'), 'utf8'), 'big5'));
  return dir;
}

async function quickFixes(server, uri, diagnostics) {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return server.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] } });
}

describe('a file in GBK or Big5 opened as UTF-8', () => {
  test('quick fixes reopen it with the encoding its bytes on disk are in; no outline of garbage, no script verdict', async () => {
    const dir = workspace();
    const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], clientCommands: CLIENT_COMMANDS });
    try {
      for (const [name, label, vscode, other] of [['gbk.txt', 'GB18030', 'gb18030', 'Big5'], ['big5.txt', 'Big5', 'cp950', 'GB18030']]) {
        const uri = await server.openFile(join(dir, name));
        const { diagnostics } = await server.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === WRONG));
        assert.match(diagnostics[0].message, /The file on disk is intact as long as this copy is not saved/);
        assert.doesNotMatch(diagnostics[0].message, /bytes are gone/);
        const actions = await quickFixes(server, uri, diagnostics);
        assert.deepEqual(actions.slice(0, 2).map((a) => a.title), [`Reopen with Encoding ${label} (read from the file on disk, which is intact)`, `Reopen with Encoding ${other}`]);
        assert.equal(actions[0].isPreferred, true);
        assert.deepEqual(actions[0].command, { title: 'Reopen with Encoding', command: 'huiyi.reopenWithEncoding', arguments: [uri, vscode] });
        const folder = actions.find((a) => a.command?.command === 'huiyi.useFolderEncoding' && a.command.arguments[1].encoding);
        assert.deepEqual(folder.command.arguments, [uri, { encoding: vscode }]);
        const outline = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
        assert.deepEqual(outline.map((s) => s.name), ['No outline: the file was decoded with the wrong encoding (reopen it with its encoding)']);
        assert.equal(await server.request('huiyi/documentScript', { uri }), null, 'no 简/繁/混 in the status bar');
      }
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a client without the commands gets no action it could not run', async () => {
    const dir = workspace();
    const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const uri = await server.openFile(join(dir, 'gbk.txt'));
      const { diagnostics } = await server.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === WRONG));
      assert.deepEqual((await quickFixes(server, uri, diagnostics)).filter((a) => a.command), []);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('workspace-wide edits', () => {
  test('rename across files asks for confirmation (refactor preview) and names the files it skipped', async () => {
    const dir = workspace();
    const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], capabilities: PREVIEW_CAPABILITIES });
    try {
      const text = readFileSync(join(dir, 'seed-000.txt'), 'utf8');
      const uri = await server.openFile(join(dir, 'seed-000.txt'));
      await server.waitForDiagnostics(uri);
      let edit;
      for (let i = 0; i < 100; i++) {
        edit = await server.request('textDocument/rename', { textDocument: { uri }, position: positionOf(text, '汤洁'), newName: '汤杰' });
        const annotation = edit.changeAnnotations?.['huiyi.rename'];
        if (edit.documentChanges?.length === 2 && annotation?.description?.includes('big5.txt')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(edit.changes, undefined, 'nothing applied at once');
      const annotation = edit.changeAnnotations['huiyi.rename'];
      assert.equal(annotation.label, 'Rename 2 mentions in one other file to 汤杰');
      assert.equal(annotation.needsConfirmation, true);
      assert.deepEqual(edit.changeAnnotations['huiyi.rename.here'], { label: 'Rename 11 mentions in this file to 汤杰' });
      assert.match(annotation.description, /^2 files skipped: /);
      assert.match(annotation.description, /gbk\.txt \(not UTF-8 \(GBK or Big5\)\)/);
      const annotationOf = (c) => [...new Set(c.edits.map((e) => e.annotationId))];
      assert.deepEqual(edit.documentChanges.map((c) => [c.textDocument.uri === uri, annotationOf(c)]), [[true, ['huiyi.rename.here']], [false, ['huiyi.rename']]]);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the workspace conversion shows the refactor preview instead of a dialog, and says which files it skipped', async () => {
    const dir = workspace();
    const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], capabilities: PREVIEW_CAPABILITIES });
    const asked = [];
    const told = [];
    const applied = [];
    server.connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(dir).href, name: 'ws' }]);
    server.connection.onRequest('window/showMessageRequest', (params) => (asked.push(params.message), null));
    server.connection.onNotification('window/showMessage', (params) => told.push(params.message));
    server.connection.onRequest('workspace/applyEdit', (params) => (applied.push(params.edit), { applied: true }));
    try {
      const done = await server.request('workspace/executeCommand', { command: 'huiyi.convertWorkspaceToSimplified', arguments: [] });
      assert.equal(done.applied, true);
      assert.deepEqual(asked, [], 'no dialog: the preview asks');
      assert.equal(applied.length, 1);
      const annotation = applied[0].changeAnnotations['huiyi.convertWorkspace'];
      assert.equal(annotation.needsConfirmation, true);
      assert.match(annotation.label, /^Convert to simplified: 1 file, \d+ characters changed$/);
      assert.match(annotation.description, /^2 files skipped: /);
      assert.match(annotation.description, /big5\.txt \(not UTF-8 \(GBK or Big5\)\)/);
      assert.match(done.message, /^Converted 1 file, \d+ characters changed\. 2 files skipped: /);
      assert.deepEqual(told, [done.message]);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a file over huiyi.maxFileSizeMB', () => {
  test('one notice with Open settings and Analyse anyway; the outline says why it is empty; Analyse anyway analyses it', async () => {
    const asked = [];
    let answer = null;
    const server = await startServer({ settings: { maxFileSizeMB: 0.001 }, clientCommands: CLIENT_COMMANDS });
    const settingsOpened = [];
    server.connection.onRequest('window/showMessageRequest', (params) => (asked.push(params), answer));
    server.connection.onNotification('huiyi/openSettings', (params) => settingsOpened.push(params));
    try {
      const uri = await server.openFile(seedPath('000'));
      await server.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'file.too-large'));
      for (let i = 0; i < 50 && !asked.length; i++) await new Promise((r) => setTimeout(r, 100));
      assert.equal(asked.length, 1);
      assert.match(asked[0].message, /^Huiyi skipped this file: it is [\d.]+ MB, larger than huiyi.maxFileSizeMB \(0.001 MB\)/);
      assert.deepEqual(asked[0].actions.map((a) => a.title), ['Open settings', 'Analyse anyway']);
      const outline = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(outline.map((s) => s.name), ['No outline: the file is larger than huiyi.maxFileSizeMB (0.001 MB), so Huiyi did not analyse it']);
      // An edit does not ask again.
      answer = { title: 'Analyse anyway' };
      await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await server.waitForDiagnostics(uri, (d) => d.version === 2);
      assert.equal(asked.length, 1, 'once per file');

      // A second file: the user picks Analyse anyway.
      const second = await server.openFile(seedPath('003'));
      await server.waitForDiagnostics(second, (d) => d.diagnostics.some((x) => x.code !== 'file.too-large'), 20000);
      assert.equal(asked.length, 2);
      const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri: second } });
      assert.ok(symbols.length >= 1 && !symbols[0].name.startsWith('No outline'), 'analysed: its meetings in the outline');
      assert.deepEqual(settingsOpened, []);
    } finally {
      await server.stop();
    }
  });

  test('Open settings asks the client to open them at huiyi.maxFileSizeMB', async () => {
    const server = await startServer({ settings: { maxFileSizeMB: 0.001 }, clientCommands: CLIENT_COMMANDS });
    const opened = [];
    server.connection.onRequest('window/showMessageRequest', () => ({ title: 'Open settings' }));
    server.connection.onNotification('huiyi/openSettings', (params) => opened.push(params));
    try {
      await server.openFile(seedPath('000'));
      for (let i = 0; i < 50 && !opened.length; i++) await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(opened, [{ query: 'huiyi.maxFileSizeMB' }]);
    } finally {
      await server.stop();
    }
  });
});
