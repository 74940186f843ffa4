// The persisted corpus index over LSP (issue 19): kept in the storage folder the client names; a
// restart reuses it (no file read again), sees exactly the files changed while it was stopped, and
// a damaged index file is set aside and rebuilt with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEEDS, startServer, until, withIndexFolders } from './lsp-client.mjs';


/** Starts a server on `dir` with its index in `storage`; resolves once its start-up line is logged and 汤洁's card shows every file. */
async function start(dir, storage, settings = {}) {
  const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], settings, initializationOptions: { indexStorage: storage } });
  const line = await until('the index line', () => server.logs.find((l) => l.startsWith('Corpus index ')));
  return { server, line };
}

const officials = (server) => server.request('huiyi/officials', {});
const meetingsOf = async (server, name) => (await officials(server)).find((o) => o.name === name)?.meetings.map((m) => `${m.uri.split('/').pop()}#${m.name}`).sort() ?? [];

test('a restart reuses the index: no file is read again, and the answers are the same', async () => {
  await withIndexFolders('huiyi-persist-', async (dir, storage) => {
    cpSync(SEEDS, dir, { recursive: true });
    const files = readdirSync(dir).filter((f) => /\.(txt|huiyi)$/.test(f)).length;
    const first = await start(dir, storage);
    assert.match(first.line, new RegExp(`: 0 files up to date, ${files} to read, 0 removed\\.$`));
    const before = await until('汤洁 in the index', async () => {
      const m = await meetingsOf(first.server, '汤洁');
      return m.length ? m : undefined;
    });
    await first.server.stop();
    assert.ok(existsSync(join(storage, 'corpus-index.sqlite')), 'the index is in the storage folder');
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('sqlite')), [], 'nothing written into the workspace');

    const second = await start(dir, storage);
    assert.match(second.line, new RegExp(`: ${files} files up to date, 0 to read, 0 removed\\.$`));
    assert.deepEqual(await meetingsOf(second.server, '汤洁'), before);
    await second.server.stop();

    // While stopped: one file deleted, one edited. The restart reads the edited one only.
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const gone = names.find((f) => f.startsWith('001'));
    const edited = names.find((f) => f.startsWith('000'));
    unlinkSync(join(dir, gone));
    appendFileSync(join(dir, edited), '\n');
    const third = await start(dir, storage);
    assert.match(third.line, new RegExp(`: ${files - 2} files up to date, 1 to read, 1 removed\\.$`));
    const after = await until('the edited file indexed', async () => {
      const all = await officials(third.server);
      return all.every((o) => o.meetings.every((m) => !m.uri.endsWith(gone))) && all.length ? all : undefined;
    });
    assert.ok(after.length > 0);
    assert.deepEqual(await meetingsOf(third.server, '汤洁'), before.filter((m) => !m.startsWith(gone)));
    await third.server.stop();
  });
});

test('a damaged index file is set aside and rebuilt, with a message', async () => {
  await withIndexFolders('huiyi-persist-', async (dir, storage) => {
    cpSync(SEEDS, dir, { recursive: true });
    const files = readdirSync(dir).filter((f) => /\.(txt|huiyi)$/.test(f)).length;
    writeFileSync(join(storage, 'corpus-index.sqlite'), 'SQLite format 3\u0000'.padEnd(8192, 'x'));
    const { server, line } = await start(dir, storage);
    try {
      assert.match(line, new RegExp(`: 0 files up to date, ${files} to read, 0 removed\\.$`));
      const message = await until('the message', () => server.messages.find((m) => m.includes('corpus index')));
      assert.match(message, /could not be read and is being rebuilt; the old file was kept as .*corpus-index\.sqlite\.bad/);
      assert.equal(readFileSync(join(storage, 'corpus-index.sqlite.bad'), 'utf8').slice(0, 15), 'SQLite format 3');
      await until('汤洁 in the rebuilt index', async () => (await meetingsOf(server, '汤洁')).length > 0);
    } finally {
      await server.stop();
    }
  });
});

test('with the persisted index, hover, references, workspace symbols and the Officials view answer as the in-memory index', async () => {
  await withIndexFolders('huiyi-persist-', async (dir, storage) => {
    cpSync(SEEDS, dir, { recursive: true });
    const seed = join(dir, readdirSync(dir).find((f) => f.startsWith('000')));
    const text = readFileSync(seed, 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('汤洁'));
    const position = { line, character: lines[line].indexOf('汤洁') };
    const answers = async (initializationOptions) => {
      const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions });
      try {
        await until('the whole index', async () => (await meetingsOf(server, '汤洁')).length >= 2);
        const uri = await server.openFile(seed);
        const symbols = {};
        for (const query of ['', '常委会', '汤洁', '10月 汤洁', '經開區']) symbols[query] = (await server.request('workspace/symbol', { query })).map((s) => `${s.name}@${s.location.uri}:${s.location.range.start.line}`).sort();
        const refs = (await server.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } })).map((l) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`).sort();
        const hover = (await server.request('textDocument/hover', { textDocument: { uri }, position }))?.contents?.value;
        return { symbols, refs, hover, officials: await officials(server) };
      } finally {
        await server.stop();
      }
    };
    const memory = await answers({});
    const persisted = await answers({ indexStorage: storage });
    assert.ok(memory.symbols['汤洁'].length > 0 && memory.refs.length > 1 && memory.hover.includes('汤洁'));
    assert.deepEqual(persisted.symbols, memory.symbols);
    assert.deepEqual(persisted.refs, memory.refs);
    assert.equal(persisted.hover, memory.hover);
    // The same entries; spellings and titles of equal rank come in the order the files are read, which differs.
    const canonical = (list) => list.map((o) => ({ ...o, spellings: [...o.spellings].sort(), titles: [...o.titles].sort() }));
    assert.deepEqual(canonical(persisted.officials), canonical(memory.officials));
  });
});

test('huiyi.officials.ignore changes the stamp: the index answers accordingly, and a restart with the same settings reads nothing again', async () => {
  await withIndexFolders('huiyi-persist-', async (dir, storage) => {
    cpSync(SEEDS, dir, { recursive: true });
    const files = readdirSync(dir).filter((f) => /\.(txt|huiyi)$/.test(f)).length;
    const first = await start(dir, storage);
    await until('汤洁 in the index', async () => (await meetingsOf(first.server, '汤洁')).length > 0);
    await first.server.setSettings({ officials: { ignore: ['汤洁'] } });
    await until('汤洁 gone from the index', async () => (await officials(first.server)).length > 0 && (await meetingsOf(first.server, '汤洁')).length === 0);
    await first.server.stop();
    // Restarted with the same settings: every file was indexed with them already.
    const second = await start(dir, storage, { officials: { ignore: ['汤洁'] } });
    assert.match(second.line, new RegExp(`: ${files} files up to date, 0 to read, 0 removed\\.$`));
    assert.deepEqual(await meetingsOf(second.server, '汤洁'), []);
    await second.server.stop();
    // And without them: the stamp differs, every file is read again, 汤洁 is back.
    const third = await start(dir, storage);
    assert.match(third.line, new RegExp(`: 0 files up to date, ${files} to read, 0 removed\\.$`));
    await until('汤洁 back', async () => (await meetingsOf(third.server, '汤洁')).length > 0);
    await third.server.stop();
  });
});

test('the Corpus Overview and a filtered Officials view read the persisted index as they read the in-memory one', async () => {
  await withIndexFolders('huiyi-persist-', async (dir, storage) => {
    cpSync(SEEDS, dir, { recursive: true });
    const persisted = (await start(dir, storage)).server;
    const memory = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const overview = (server) => server.request('huiyi/corpusOverview', {});
      const whole = async (server) => {
        const o = await until('8 meetings in the overview', async () => {
          const x = await overview(server);
          return x.meetings === 8 ? x : undefined;
        });
        return o;
      };
      assert.deepEqual(await whole(persisted), await whole(memory));
      const filtered = (server) => server.request('huiyi/officials', { query: '區委書記' });
      const names = async (server) => (await filtered(server)).map((o) => `${o.name} ${o.meetingCount}`).sort();
      assert.deepEqual(await names(persisted), await names(memory));
      assert.ok((await names(persisted)).some((n) => n.startsWith('汤洁 ')));
      // The whole list, read one official at a time from the index file, is the in-memory one.
      assert.deepEqual(await officials(persisted), await officials(memory));
    } finally {
      await memory.stop();
      await persisted.stop();
    }
  });
});

test('the Officials view from the index counts a copied meeting once, as the in-memory index does', async () => {
  await withIndexFolders('huiyi-persist-', async (dir, storage) => {
    cpSync(SEEDS, dir, { recursive: true });
    const seed = readdirSync(dir).find((f) => f.startsWith('000'));
    cpSync(join(dir, seed), join(dir, `copy-of-${seed}`));
    const persisted = (await start(dir, storage)).server;
    const memory = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const tang = async (server) => until('汤洁 with a merged copy', async () => (await officials(server)).find((o) => o.name === '汤洁' && o.mergedCopies > 0));
      const fromIndex = await tang(persisted);
      assert.deepEqual(fromIndex, await tang(memory));
      assert.ok(fromIndex.meetings.some((m) => m.copies === 1), 'a meeting of 汤洁 stands for its copy');
      assert.deepEqual(await officials(persisted), await officials(memory));
    } finally {
      await memory.stop();
      await persisted.stop();
    }
  });
});
