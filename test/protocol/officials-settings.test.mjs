// huiyi.officials.ignore (and .names, .titles) change what every file yields. Changed at run time,
// the Officials view's request, hover, references and the command line's export agree, each time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, startServer } from './lsp-client.mjs';

function positionOf(text, needle) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const IGNORE = { officials: { ignore: ['汤洁'] } };

describe('huiyi.officials.ignore changed at run time', () => {
  let server;
  let dir;
  let uri;
  let text;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'huiyi-ignore-'));
    cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
    server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], settings: IGNORE });
    const seed000 = join(dir, '000_afaa12a064718efa.txt');
    text = readFileSync(seed000, 'utf8');
    uri = await server.openFile(seed000);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What each front says of 汤洁, once the workspace index is settled. */
  async function fronts() {
    let officials;
    for (let i = 0, previous = ''; i < 150; i++) {
      officials = await server.request('huiyi/officials', {});
      const now = JSON.stringify(officials);
      if (officials.length && now === previous) break;
      previous = now;
      await new Promise((r) => setTimeout(r, 150));
    }
    const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '汤洁') });
    const references = await server.request('textDocument/references', { textDocument: { uri }, position: positionOf(text, '汤洁'), context: { includeDeclaration: true } });
    return { listed: officials.find((o) => o.name === '汤洁'), count: officials.length, hover, references: references ?? [] };
  }

  function cliListsTangJie(settings) {
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify(settings));
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'export', '--officials', '--settings', file, '--jobs', '1', dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.split('\n').filter(Boolean).some((l) => JSON.parse(l).name === '汤洁');
  }

  test('ignored from the start: no view entry, no hover card, no references, no CLI record', async () => {
    const f = await fronts();
    assert.ok(f.count > 5, 'the index holds the other officials');
    assert.equal(f.listed, undefined);
    assert.equal(f.hover, null);
    assert.deepEqual(f.references, []);
    assert.equal(cliListsTangJie({ 'huiyi.officials.ignore': ['汤洁'] }), false);
  });

  test('the setting cleared: every front shows 汤洁 again, across the workspace', async () => {
    await server.setSettings({});
    let f;
    for (let i = 0; i < 50 && !(f = await fronts()).listed; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(f.listed, 'the Officials view lists 汤洁');
    assert.equal(f.listed.meetings.length, 3, JSON.stringify(f.listed.meetings)); // the three meetings of seed 000 he attends
    assert.match(f.hover?.contents.value ?? '', /\*\*汤洁\*\*[\s\S]*区委书记/);
    assert.ok(f.references.length >= 3, `${f.references.length} references`);
    assert.equal(cliListsTangJie({}), true);
  });

  test('ignored again: gone from every front again', async () => {
    await server.setSettings(IGNORE);
    let f;
    for (let i = 0; i < 50 && (f = await fronts()).listed; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(f.listed, undefined);
    assert.equal(f.hover, null);
    assert.deepEqual(f.references, []);
    assert.equal(cliListsTangJie({ huiyi: { officials: { ignore: ['汤洁'] } } }), false);
  });
});
