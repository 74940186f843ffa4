// What is not a meeting report stays out, in the server and in the command line alike (one
// classifier, isReportText): a Markdown README with Chinese examples, source code and a JSON word
// list full of meeting words, English text, and a Chinese document that quotes a report in a fence.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, seedPath, seedText, startServer } from './lsp-client.mjs';

const dir = mkdtempSync(join(tmpdir(), 'huiyi-nonreports-'));
const write = (name, text) => (writeFileSync(join(dir, name), text), join(dir, name));
const NON_REPORTS = {
  'the Markdown README': join(ROOT, 'README.md'),
  'source code': join(ROOT, 'test/protocol/outline.test.mjs'),
  'a JSON word list': join(ROOT, 'server/src/core/data/meeting-vocabulary.json'),
  'English text': write('english.txt', 'The standing committee met on Monday and heard the report on the budget. The meeting stressed that the work must go on.\n'.repeat(10)),
  'a Chinese Markdown document quoting a report': write('quote.md', `# 示例\n\n下面是一篇会议报道：\n\n\`\`\`\n${seedText('000')}\n\`\`\`\n`),
};

describe('non-reports: the command line', () => {
  for (const [what, file] of Object.entries(NON_REPORTS)) {
    test(`huiyi export and check: ${what} is not a report`, () => {
      const exported = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'export', '--quiet', file], { encoding: 'utf8' });
      assert.equal(exported.status, 0, exported.stderr);
      assert.equal(exported.stdout, '', 'no meeting records');
      const checked = JSON.parse(spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' }).stdout);
      assert.equal(checked.files[0].status, 'not-a-report');
    });
  }
  test('a report beside them is exported', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'export', '--quiet', ...Object.values(NON_REPORTS), seedPath('000')], { encoding: 'utf8' });
    assert.equal(r.stdout.trim().split('\n').length, 4);
  });
});

describe('non-reports: the server, opened as plaintext', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  for (const [what, file] of Object.entries(NON_REPORTS)) {
    test(`${what}: no outline, no folding, no diagnostics`, async () => {
      const uri = await server.openFile(file, 'plaintext');
      assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
      assert.deepEqual(await server.request('textDocument/foldingRange', { textDocument: { uri } }), []);
      // A report opened after it gets its diagnostics; by then this file has none.
      const control = pathToFileURL(join(dir, `control-${Math.random()}.txt`)).href;
      await server.open(control, seedText('000'), 'plaintext');
      await server.waitForDiagnostics(control, (d) => d.diagnostics.length > 0);
      assert.deepEqual(server.diagnosticsOf(uri)?.diagnostics ?? [], []);
      await server.close(uri);
      await server.close(control);
    });
  }
});
