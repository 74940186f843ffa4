// Bad input over LSP: nothing crashes or hangs the server, and ranges stay exact.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { seedText, startServer } from './lsp-client.mjs';

const symbols = (server, uri) => server.request('textDocument/documentSymbol', { textDocument: { uri } });
const meetings = (list) => list.filter((s) => s.kind === SymbolKind.Event);

describe('bad input', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    // The server survived everything: it still answers.
    await server.open('file:///final.txt', seedText('004'));
    assert.equal(meetings(await symbols(server, 'file:///final.txt')).length, 1);
    await server.stop();
  });

  test('an empty file has no outline and no findings', async () => {
    await server.open('file:///empty.txt', '', 'meeting-report');
    assert.deepEqual(await symbols(server, 'file:///empty.txt'), []);
    const d = await server.waitForDiagnostics('file:///empty.txt');
    assert.deepEqual(d.diagnostics, []);
  });

  test('a binary file with NUL bytes gets one clear notice', async () => {
    await server.open('file:///blob.txt', 'PK\u0003\u0004\u0000\u0000区委书记\u0000\u0001\u0002'.repeat(100), 'meeting-report');
    const d = await server.waitForDiagnostics('file:///blob.txt');
    assert.equal(d.diagnostics.length, 1);
    assert.match(d.diagnostics[0].message, /NUL bytes/);
    assert.deepEqual(await symbols(server, 'file:///blob.txt'), []);
  });

  for (const endian of ['utf16le', 'utf16be']) {
    test(`a report saved as ${endian} without a byte order mark and opened as UTF-8 is named UTF-16, not binary, even as plain text`, async () => {
      const bytes = Buffer.from(seedText('004'), 'utf16le');
      if (endian === 'utf16be') bytes.swap16();
      const uri = `file:///${endian}.txt`;
      await server.open(uri, bytes.toString('utf8'), 'plaintext');
      const d = await server.waitForDiagnostics(uri);
      assert.equal(d.diagnostics.length, 1, JSON.stringify(d.diagnostics));
      assert.equal(d.diagnostics[0].code, 'file.utf16');
      assert.match(d.diagnostics[0].message, /UTF-16 text opened as UTF-8.*Nothing is lost.*Reopen with Encoding/);
      assert.doesNotMatch(d.diagnostics[0].message, /binary/);
      assert.deepEqual(await symbols(server, uri), []);
    });
  }

  test('huiyi.maxFileSizeMB comes from the client settings', async () => {
    const small = await startServer({ settings: { maxFileSizeMB: 0.001 } });
    await small.open('file:///seed.txt', seedText('000'));
    const d = await small.waitForDiagnostics('file:///seed.txt');
    assert.equal(d.diagnostics.length, 1);
    assert.match(d.diagnostics[0].message, /larger than huiyi\.maxFileSizeMB \(0\.001 MB\)/);
    await small.stop();
  });

  test('a 50 MB file is skipped with one information diagnostic naming the setting', async () => {
    const base = seedText('000');
    const text = base.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(base)));
    await server.open('file:///huge.txt', text);
    const d = await server.waitForDiagnostics('file:///huge.txt', () => true, 60000);
    assert.equal(d.diagnostics.length, 1);
    assert.equal(d.diagnostics[0].severity, 3);
    assert.match(d.diagnostics[0].message, /huiyi\.maxFileSizeMB/);
    // The outline says why it is empty (issue 18, item 9).
    assert.deepEqual((await symbols(server, 'file:///huge.txt')).map((s) => s.name), ['No outline: the file is larger than huiyi.maxFileSizeMB (20 MB), so Huiyi did not analyse it']);
    await server.close('file:///huge.txt');
  });

  test('a single 2 MB line is analysed without hanging', async () => {
    const sentence = '区委书记汤洁强调，要紧紧围绕发展定位，进一步明确招商方向和重点。';
    const text = '10月13日晚，区委常委会召开会议。' + sentence.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(sentence)));
    await server.open('file:///line.txt', text);
    const list = await symbols(server, 'file:///line.txt');
    assert.equal(meetings(list).length, 1);
    assert.equal(list[0].range.end.line, 0);
    assert.equal(list[0].range.end.character, text.length);
  });

  test('CRLF line endings give the same outline positions as LF', async () => {
    const lf = seedText('000');
    await server.open('file:///lf.txt', lf);
    await server.open('file:///crlf.txt', lf.replace(/\n/g, '\r\n'));
    assert.deepEqual(await symbols(server, 'file:///crlf.txt'), await symbols(server, 'file:///lf.txt'));
  });

  test('a BOM shifts positions by exactly one character on the first line only', async () => {
    const text = seedText('004');
    await server.open('file:///nobom.txt', text);
    await server.open('file:///bom.txt', '\ufeff' + text);
    const [a] = meetings(await symbols(server, 'file:///nobom.txt'));
    const [b] = meetings(await symbols(server, 'file:///bom.txt'));
    assert.equal(b.range.start.character, a.range.start.character + 1);
    assert.deepEqual(b.range.end, a.range.end);
  });

  test('lone surrogates do not break analysis', async () => {
    const text = seedText('000').replace('汤洁出席', '汤洁\ud800出席').replace('胡汪兴', '胡\udc00汪兴');
    await server.open('file:///surrogates.txt', text);
    assert.equal(meetings(await symbols(server, 'file:///surrogates.txt')).length, 4);
  });

  test('rapid edits publish diagnostics for the latest version only', async () => {
    const uri = 'file:///edits.txt';
    await server.open(uri, seedText('000'));
    await server.waitForDiagnostics(uri);
    let version = 1;
    for (let i = 0; i < 20; i++) {
      version = await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    }
    const d = await server.waitForDiagnostics(uri, (p) => p.version === version);
    assert.equal(d.version, 21);
    const list = meetings(await symbols(server, uri));
    assert.equal(list.length, 4);
    assert.equal(list[0].range.start.line, 20);
  });

  test('a request the handler cannot read is answered with an error, and the server keeps serving', async () => {
    await assert.rejects(server.request('textDocument/documentSymbol', { textDocument: null }), (error) => {
      assert.equal(error.code, -32602);
      assert.match(error.message, /Invalid params for the outline: params\.textDocument is not an object/);
      return true;
    });
    await server.open('file:///after-error.txt', seedText('001'));
    assert.equal(meetings(await symbols(server, 'file:///after-error.txt')).length, 1);
    assert.ok(server.logs.some((m) => m.includes('Invalid params for the outline')), 'the error is logged');
  });

  test('a plaintext file in English gets nothing', async () => {
    await server.open('file:///english.txt', 'Minutes of the meeting\n\nThe committee met on Tuesday (ISO 9001) and agreed?\n');
    assert.deepEqual(await symbols(server, 'file:///english.txt'), []);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(server.diagnosticsOf('file:///english.txt'), undefined);
  });
});

describe('wrong encodings in plain-text files', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  for (const [name, decode] of [
    ['GBK opened as UTF-8', (bytes) => bytes.toString('utf8')],
    ['GBK read as Latin-1', (bytes) => bytes.toString('latin1')],
  ]) {
    test(`a report saved in GBK and ${name} gets one file-level finding, nothing else`, async () => {
      const { default: iconv } = await import('iconv-lite');
      const uri = `file:///wrong-${name.replace(/\W+/g, '-')}.txt`;
      await server.open(uri, decode(iconv.encode(seedText('000'), 'gbk')));
      const d = await server.waitForDiagnostics(uri);
      assert.deepEqual(d.diagnostics.map((x) => x.code), ['mojibake.wrong-encoding']);
      assert.match(d.diagnostics[0].message, /GB18030/);
      assert.equal(d.diagnostics[0].range.start.line, 0);
    });
  }
});
