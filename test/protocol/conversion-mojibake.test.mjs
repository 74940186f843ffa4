// Over real LSP (stdio): converting a traditional report that also holds UTF-8 read as GBK leaves
// the mojibake as it is (and says so), so source.fixAll can still decode it afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { seedText, startServer } from './lsp-client.mjs';

const apply = (text, edits) => TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits);
const MEETING = '会议在区四楼会议室召开';
const MOJIBAKE = iconv.decode(Buffer.from(MEETING, 'utf8'), 'gbk'); // 浼氳鍦ㄥ尯鍥涙ゼ浼氳瀹ゅ彫寮€
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

test('source.convertToSimplified leaves UTF-8-read-as-GBK as it is, says so, and fix-all still decodes it', async () => {
  const lines = seedText('004').split('\n');
  lines.splice(2, 0, `${MOJIBAKE}。`);
  const text = lines.join('\n');
  const uri = 'file:///reports/mojibake-004.txt';
  const server = await startServer();
  try {
    await server.open(uri, text);
    const { diagnostics } = await server.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'script.traditional'));
    assert.ok(diagnostics.some((d) => d.code === 'mojibake.utf8-as-gbk' && d.range.start.line === 2), 'the mojibake is a finding');
    assert.ok(!diagnostics.some((d) => d.code === 'script.traditional' && d.range.start.line === 2), 'and no script finding');

    const [action] = await server.request('textDocument/codeAction', { textDocument: { uri }, range: ZERO, context: { diagnostics: [], only: ['source.convertToSimplified'] } });
    assert.match(action.title, /— \d+ characters; \d+ damaged spans? left for repair$/);
    const resolved = await server.request('codeAction/resolve', action);
    const { edits, textDocument } = resolved.edit.documentChanges[0];
    assert.equal(textDocument.version, 1);
    assert.ok(edits.every((e) => e.range.start.line !== 2 && e.range.end.line !== 2), 'no edit on the mojibake line');
    const converted = apply(text, edits);
    assert.equal(converted.split('\n')[2], `${MOJIBAKE}。`, 'byte for byte');
    assert.ok(!/[會議區這]/.test(converted), 'the traditional text around it is converted');

    // The paragraph quick fix and a selection over the mojibake line leave it too.
    const rewrite = (await server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [], only: ['refactor.rewrite'] } }))[0];
    assert.match(rewrite.title, /damaged spans? left for repair/);
    const selection = (await server.request('codeAction/resolve', rewrite)).edit.documentChanges[0].edits;
    assert.ok(selection.length > 0 && selection.every((e) => e.range.start.line === 1));

    // The workspace command's dry run (the open document) says how many damaged spans it leaves.
    const dry = await server.request('workspace/executeCommand', { command: 'huiyi.convertWorkspaceToSimplified', arguments: [{ dryRun: true }] });
    assert.ok(dry.protectedSpans >= 1);
    assert.match(dry.message, /^Would convert 1 file, \d+ characters changed; \d+ damaged spans? left for repair\.$/);

    // Apply the conversion, then fix all: the mojibake is decoded as it would have been before.
    await server.change(uri, [{ text: converted }]);
    await server.waitForDiagnostics(uri, (d) => d.version === 2 || d.diagnostics.every((x) => x.code !== 'script.traditional'));
    const fix = (await server.request('textDocument/codeAction', { textDocument: { uri }, range: ZERO, context: { diagnostics: [], only: ['source.fixAll'] } })).find((a) => a.kind === 'source.fixAll.huiyi');
    const fixed = apply(converted, fix.edit.documentChanges[0].edits);
    assert.equal(fixed.split('\n')[2], `${MEETING}。`);
  } finally {
    await server.stop();
  }
});
