// Copies of a meeting across the workspace over LSP (issue 16): seed 000 beside a traditional
// mirror with pinyin and a truncated repost. Each meeting's code lens names its copies once the
// index is built (the server asks the client to refresh its lenses); 汤洁's hover card counts the
// meetings once; huiyi.duplicates.merge off counts every copy; a copy written later shows up.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedPath, startServer } from './lsp-client.mjs';
import { seedCopies } from '../duplicates/seed-copies.mjs';

function positionOf(text, needle) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

async function until(fn, what) {
  for (let i = 0; i < 200; i++) {
    const value = await fn();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('copies of a meeting over LSP', () => {
  let server;
  let dir;
  let uri;
  let text;
  let refreshes = 0;
  const lenses = async () => (await server.request('textDocument/codeLens', { textDocument: { uri } })).map((l) => l.command.title);
  const appearances = async () => {
    const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '汤洁') });
    return hover.contents.value.split('\n').find((l) => l.startsWith('Appearances'));
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'huiyi-copies-'));
    copyFileSync(seedPath('000'), join(dir, 'seed-000.txt'));
    text = readFileSync(join(dir, 'seed-000.txt'), 'utf8');
    const copies = seedCopies(text);
    writeFileSync(join(dir, 'mirror.txt'), copies.mirror);
    writeFileSync(join(dir, 'truncated.txt'), copies.truncated);
    server = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    server.connection.onRequest('workspace/codeLens/refresh', () => (refreshes++, null));
    uri = await server.openFile(join(dir, 'seed-000.txt'));
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the server offers code lenses, and asks for a refresh once the index is built', async () => {
    assert.deepEqual(server.initialize.capabilities.codeLensProvider, { resolveProvider: false });
    await until(() => refreshes > 0, 'workspace/codeLens/refresh');
  });

  test('each of seed 000\'s four meetings has a lens naming its copies, with huiyi.showCopies', async () => {
    assert.deepEqual(await lenses(), [
      'Also in 2 other files: 1 traditional mirror, 1 copy',
      'Also in 2 other files: 1 traditional mirror, 1 copy',
      'Also in 2 other files: 1 traditional mirror, 1 truncated copy',
      'Also in 1 other file: 1 traditional mirror',
    ]);
    const [lens] = await server.request('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lens.command.command, 'huiyi.showCopies');
    assert.deepEqual(lens.command.arguments[2].map((l) => l.uri.split('/').pop()).sort(), ['mirror.txt', 'truncated.txt']);
  });

  test('汤洁\'s card counts each meeting once and says how many copies were merged', async () => {
    assert.equal(await appearances(), 'Appearances: 3 meetings in 1 file (6 copies merged)');
  });

  test('huiyi.duplicates.merge off: the card counts every copy', async () => {
    await server.setSettings({ duplicates: { merge: false } });
    await until(async () => (await appearances()) === 'Appearances: 9 meetings in 3 files', 'the unmerged count');
    await server.setSettings({});
    await until(async () => (await appearances()).endsWith('(6 copies merged)'), 'the merged count again');
  });

  test('a copy written later (a watched file) joins the lenses and the merged count', async () => {
    const before = refreshes;
    writeFileSync(join(dir, 'repost.txt'), text);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'repost.txt')).href, type: 1 }] });
    // The same text as seed 000: a tie, which the first file by name wins (repost.txt).
    await until(async () => (await lenses())[3] === 'Also in 2 other files: 1 traditional mirror, 1 copy · canonical copy: repost.txt', 'the new copy in the lenses');
    assert.equal((await lenses())[0], 'Also in 3 other files: 1 traditional mirror, 2 copies · canonical copy: repost.txt');
    assert.equal(await appearances(), 'Appearances: 3 meetings in 1 file (9 copies merged)');
    await until(() => refreshes > before, 'another refresh');
  });
});
