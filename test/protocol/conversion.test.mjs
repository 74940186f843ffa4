// Traditional→simplified over real LSP: findings, the three code actions, the status-bar request
// and the workspace command.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { seedPath, seedText, startServer, SEEDS } from './lsp-client.mjs';

const apply = (text, edits) => TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits);
const traditional = (d) => d.diagnostics.filter((x) => x.code === 'script.traditional');

test('seed 004: hint findings per paragraph; quickfix converts the paragraph; source action the document', async () => {
  const server = await startServer();
  try {
    const uri = await server.openFile(seedPath('004'));
    const text = seedText('004');
    const { diagnostics } = await server.waitForDiagnostics(uri, (d) => traditional(d).length > 0);
    const findings = diagnostics.filter((x) => x.code === 'script.traditional');
    assert.equal(findings.length, 31);
    assert.ok(findings.every((f) => f.severity === 4));
    assert.match(findings[0].message, /Traditional script/);

    const first = findings[0];
    const actions = await server.request('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first], only: ['quickfix'] } });
    const fix = actions.find((a) => a.kind === 'quickfix');
    assert.equal(fix.title, 'Convert this paragraph to simplified (转为简体)');
    const edits = fix.edit.documentChanges[0].edits;
    assert.equal(fix.edit.documentChanges[0].textDocument.version, 1);
    const after = apply(text, edits);
    const lines = after.split('\n');
    assert.ok(!/[區會議學習貫徹總書記]/.test(lines[first.range.start.line]), lines[first.range.start.line]);
    assert.equal(after.split('\n').slice(1).join('\n'), text.split('\n').slice(1).join('\n'), 'other paragraphs untouched');

    const source = await server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.convertToSimplified'] } });
    assert.equal(source.length, 1);
    assert.equal(source[0].edit, undefined, 'computed lazily');
    const resolved = await server.request('codeAction/resolve', source[0]);
    const whole = apply(text, resolved.edit.documentChanges[0].edits);
    assert.ok(whole.includes('后备力量') && whole.includes('这里') && !whole.includes('這'));

    const script = await server.request('huiyi/documentScript', { uri });
    assert.equal(script.script, 'traditional');

    // A selection: refactor.rewrite, computed on resolve, only inside the selection.
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } };
    const rewrite = (await server.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['refactor.rewrite'] } }))[0];
    assert.equal(rewrite.kind, 'refactor.rewrite');
    const sel = (await server.request('codeAction/resolve', rewrite)).edit.documentChanges[0].edits;
    assert.ok(sel.length > 0 && sel.every((e) => e.range.start.line === 1 && e.range.end.character <= 4));

    // Version guard: after a change, the old action resolves to no edit.
    await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    const stale = await server.request('codeAction/resolve', source[0]);
    assert.equal(stale.edit, undefined);
  } finally {
    await server.stop();
  }
});

test('simplified seed 000: no finding, no document action; severity setting "off" silences 004', async () => {
  const server = await startServer({ settings: { conversion: { severity: 'off' } } });
  try {
    const uri = await server.openFile(seedPath('000'));
    const d = await server.waitForDiagnostics(uri);
    assert.equal(traditional(d).length, 0);
    const uri4 = await server.openFile(seedPath('004'));
    const d4 = await server.waitForDiagnostics(uri4);
    assert.equal(traditional(d4).length, 0);
    await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    const source = await server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source'] } });
    assert.deepEqual(source.filter((a) => a.kind === 'source.convertToSimplified'), []);
  } finally {
    await server.stop();
  }
});

test('workspace command: reports files and characters, asks, then applies one WorkspaceEdit', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'huiyi-ws-'));
  cpSync(SEEDS, folder, { recursive: true });
  const server = await startServer({ workspaceFolders: [pathToFileURL(folder).href] });
  const asked = [];
  const applied = [];
  server.connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(folder).href, name: 'ws' }]);
  server.connection.onRequest('window/showMessageRequest', (params) => (asked.push(params.message), { title: 'Convert' }));
  server.connection.onRequest('workspace/applyEdit', (params) => (applied.push(params.edit), { applied: true }));
  try {
    const dry = await server.request('workspace/executeCommand', { command: 'huiyi.convertWorkspaceToSimplified', arguments: [{ dryRun: true }] });
    assert.equal(dry.files, 3); // 001, 002 and 004 are traditional
    assert.ok(dry.charactersChanged > 1000);
    assert.equal(applied.length, 0);
    const done = await server.request('workspace/executeCommand', { command: 'huiyi.convertWorkspaceToSimplified', arguments: [] });
    assert.equal(done.applied, true);
    assert.match(asked[0], /3 files, \d+ characters changed/);
    assert.equal(applied.length, 1);
    const changes = applied[0].documentChanges;
    assert.equal(changes.length, 3);
    const c4 = changes.find((c) => c.textDocument.uri.includes('004_'));
    const after = apply(readFileSync(seedPath('004'), 'utf8'), c4.edits);
    assert.ok(after.includes('后备力量') && !after.includes('會議'));
  } finally {
    await server.stop();
  }
});
