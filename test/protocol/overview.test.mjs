// huiyi/corpusOverview over LSP (issue 17): the panel's figures from the server's corpus index,
// equal to the language service's for the same reports; filters; bad params.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './lsp-client.mjs';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '../..');
const core = require(join(ROOT, 'dist/core.js'));
const { TextDocument } = require('vscode-languageserver-textdocument');

describe('the corpus overview over LSP', () => {
  let server;
  let dir;
  let summaries;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'huiyi-overview-'));
    cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
    const service = core.createLanguageService();
    summaries = readdirSync(dir).sort().map((f) => service.summarize(TextDocument.create(pathToFileURL(join(dir, f)).href, 'plaintext', 0, readFileSync(join(dir, f), 'utf8'))));
    server = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    // The index is built in the background: wait until it holds the five reports.
    for (let i = 0; i < 100; i++) {
      if ((await server.request('huiyi/corpusOverview', {})).reports === 5) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the seeds: 8 meetings, as the service counts them', async () => {
    const o = await server.request('huiyi/corpusOverview', {});
    assert.equal(o.meetings, 8);
    const expected = JSON.parse(JSON.stringify(core.createLanguageService().corpusOverview(summaries)));
    assert.deepEqual(o, expected);
  });

  test('a filter is applied on the server', async () => {
    const o = await server.request('huiyi/corpusOverview', { filter: { script: 'traditional' }, officials: 2 });
    assert.deepEqual([o.reports, o.meetings, o.officials.length], [3, 3, 2]);
  });

  test('packed, as the panel asks for it: the same figures, each mark as whole numbers', async () => {
    const plain = await server.request('huiyi/corpusOverview', { officials: 30 });
    const packed = await server.request('huiyi/corpusOverview', { officials: 30, packed: true });
    const tang = packed.officials.find((x) => x.name === '汤洁');
    assert.equal(tang.marks.length, core.MARK_FIELDS * 3);
    assert.ok(tang.marks.every(Number.isInteger));
    assert.deepEqual(core.unpackOverview(packed), plain);
  });

  test('bad params are refused with what is wrong', async () => {
    await assert.rejects(server.request('huiyi/corpusOverview', { filter: { body: 3 } }), /filter\.body/);
    await assert.rejects(server.request('huiyi/corpusOverview', { packed: 'yes' }), /params\.packed is not true or false/);
  });
});
