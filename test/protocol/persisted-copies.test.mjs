// The copies of meetings with the persisted index (issue 19): the server writes the clusters it
// found into the index file (a researcher reads them with huiyi query), a restart with the index
// up to date answers the copies from there, and a file removed while the server was stopped is
// clustered again. An index written by the previous schema is set aside and rebuilt, with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, seedPath, startServer, until, withIndexFolders } from './lsp-client.mjs';
import { seedCopies } from '../duplicates/seed-copies.mjs';


function positionOf(text, needle) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function query(db, sql) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'query', '--db', db, sql], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Starts a server whose indexing has ended; opens seed 000 and reads its lenses and 汤洁's card. */
async function look(dir, storage) {
  const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: { indexStorage: storage } });
  let ended = false;
  server.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && (ended = true));
  await until('the end of indexing', () => ended);
  const file = join(dir, 'seed-000.txt');
  const text = readFileSync(file, 'utf8');
  const uri = await server.openFile(file);
  const lenses = (await server.request('textDocument/codeLens', { textDocument: { uri } })).map((l) => l.command.title);
  const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '汤洁') });
  const appearances = hover.contents.value.split('\n').find((l) => l.startsWith('Appearances'));
  return { server, lenses, appearances, line: server.logs.find((l) => l.startsWith('Corpus index ')) };
}

test('the copies are kept in the index: a restart answers them from it, and a file removed while stopped leaves them', async () => {
  await withIndexFolders('huiyi-persist-copies-', async (dir, storage) => {
    const db = join(storage, 'corpus-index.sqlite');
    copyFileSync(seedPath('000'), join(dir, 'seed-000.txt'));
    const copies = seedCopies(readFileSync(join(dir, 'seed-000.txt'), 'utf8'));
    writeFileSync(join(dir, 'mirror.txt'), copies.mirror);
    writeFileSync(join(dir, 'truncated.txt'), copies.truncated);

    const first = await look(dir, storage);
    await first.server.stop();
    assert.deepEqual(first.lenses, [
      'Also in 2 other files: 1 traditional mirror, 1 copy',
      'Also in 2 other files: 1 traditional mirror, 1 copy',
      'Also in 2 other files: 1 traditional mirror, 1 truncated copy',
      'Also in 1 other file: 1 traditional mirror',
    ]);
    assert.equal(first.appearances, 'Appearances: 3 meetings in 1 file (6 copies merged)');

    // What the server found, in the file: four clusters, each with seed 000's meeting as its canonical copy.
    const rows = query(db, "SELECT c.cluster, c.position, substr(f.uri, length(rtrim(f.uri, 'abcdefghijklmnopqrstuvwxyz-0123456789.')) + 1) AS file, c.meeting, c.why FROM copies c JOIN files f ON f.id = c.file_id ORDER BY c.cluster, c.position");
    const clusters = [...new Set(rows.map((r) => r.cluster))];
    assert.equal(clusters.length, 4);
    for (const id of clusters) {
      const members = rows.filter((r) => r.cluster === id);
      assert.equal(members[0].file, 'seed-000.txt');
      assert.equal(members[0].position, 0);
      assert.ok(members.slice(1).every((m) => m.file === 'mirror.txt' || m.file === 'truncated.txt'));
    }
    assert.deepEqual(query(db, "SELECT value FROM meta WHERE key = 'copies'"), [{ value: 'current' }]);

    const second = await look(dir, storage);
    await second.server.stop();
    assert.match(second.line, /: 3 files up to date, 0 to read, 0 removed\.$/);
    assert.deepEqual(second.lenses, first.lenses);
    assert.equal(second.appearances, first.appearances);

    unlinkSync(join(dir, 'mirror.txt'));
    const third = await look(dir, storage);
    await third.server.stop();
    assert.match(third.line, /: 2 files up to date, 0 to read, 1 removed\.$/);
    assert.deepEqual(third.lenses, ['Also in 1 other file: 1 copy', 'Also in 1 other file: 1 copy', 'Also in 1 other file: 1 truncated copy']);
    assert.deepEqual(query(db, "SELECT count(*) AS n FROM copies c JOIN files f ON f.id = c.file_id WHERE f.uri LIKE '%mirror.txt'"), [{ n: 0 }]);
  });
});

test('a document saved as a copy: its copies are clustered again as the in-memory index finds them, and written to the index', async () => {
  await withIndexFolders('huiyi-persist-copies-', async (dir, storage) => {
    const db = join(storage, 'corpus-index.sqlite');
    copyFileSync(seedPath('000'), join(dir, 'seed-000.txt'));
    const copies = seedCopies(readFileSync(join(dir, 'seed-000.txt'), 'utf8'));
    writeFileSync(join(dir, 'truncated.txt'), copies.truncated);
    copyFileSync(seedPath('001'), join(dir, 'other.txt'));
    const { server, lenses } = await look(dir, storage);
    try {
      assert.equal(lenses.filter((l) => l.includes('mirror')).length, 0);
      // other.txt opened, rewritten as the mirror, saved (the file written, then didSave), closed.
      const other = await server.openFile(join(dir, 'other.txt'));
      await server.change(other, [{ text: copies.mirror }]);
      writeFileSync(join(dir, 'other.txt'), copies.mirror);
      await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: other } });
      await server.close(other);
      const seed = pathToFileURL(join(dir, 'seed-000.txt')).href;
      const after = await until('the mirror in the lenses', async () => {
        const titles = (await server.request('textDocument/codeLens', { textDocument: { uri: seed } })).map((l) => l.command.title);
        return titles.some((l) => l.includes('mirror')) ? titles : undefined;
      });
      // The in-memory index, on the folder as it is now.
      const memory = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
      try {
        let ended = false;
        memory.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && (ended = true));
        await until('the in-memory index', () => ended);
        await memory.openFile(join(dir, 'seed-000.txt'));
        assert.deepEqual((await memory.request('textDocument/codeLens', { textDocument: { uri: seed } })).map((l) => l.command.title), after);
      } finally {
        await memory.stop();
      }
    } finally {
      await server.stop();
    }
    // Written back when the server stopped: other.txt is in seed 000's clusters.
    assert.deepEqual(query(db, "SELECT value FROM meta WHERE key = 'copies'"), [{ value: 'current' }]);
    const rows = query(db, "SELECT count(DISTINCT c.cluster) AS n FROM copies c JOIN files f ON f.id = c.file_id WHERE f.uri LIKE '%/other.txt'");
    assert.ok(rows[0].n >= 1);
  });
});

test('an index of the previous schema is set aside and rebuilt, with a message', async () => {
  await withIndexFolders('huiyi-persist-copies-', async (dir, storage) => {
    const db = join(storage, 'corpus-index.sqlite');
    copyFileSync(seedPath('000'), join(dir, 'seed-000.txt'));
    const first = await look(dir, storage);
    await first.server.stop();
    // The file as the previous version wrote it: schema 1 in its meta table.
    const r = spawnSync(process.execPath, ['-e', `const { Database } = require(${JSON.stringify(join(ROOT, 'node_modules/node-sqlite3-wasm'))}); const db = new Database(${JSON.stringify(db)}); db.run("UPDATE meta SET value = '1' WHERE key = 'schema'"); db.close();`], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const second = await look(dir, storage);
    try {
      assert.match(second.line, /: 0 files up to date, 1 to read, 0 removed\.$/);
      const message = await until('the message', () => second.server.messages.find((m) => m.includes('corpus index')));
      assert.match(message, /corpus-index\.sqlite\.bad/);
      assert.equal(second.appearances, first.appearances);
    } finally {
      await second.server.stop();
    }
  });
});
