// `huiyi index --db FILE` and `huiyi query`: the persisted corpus index (issue 19) — incremental,
// consistent after a kill, rebuilt when damaged, and answering as the editor's index does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, huiyi, huiyiAsync, seedCopy } from './cli-helpers.mjs';
import { startServer } from '../protocol/lsp-client.mjs';

const rows = (db, sql) => {
  const r = huiyi(['query', '--db', db, sql]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
};
const counts = (stderr) => {
  const m = /(\d+) files? indexed, (\d+) unchanged, (\d+) removed/.exec(stderr);
  assert.ok(m, stderr);
  return { indexed: Number(m[1]), unchanged: Number(m[2]), removed: Number(m[3]) };
};
/** What the index says of every file: path, hash, meetings, mentions — the whole content, in order. */
const snapshot = (db, dir) =>
  rows(
    db,
    `SELECT f.path, f.hash, f.report,
       (SELECT group_concat(name || '@' || iso || '@' || kind, '|') FROM (SELECT * FROM meetings m WHERE m.file_id = f.id ORDER BY ordinal)) AS meetings,
       (SELECT group_concat(s, '|') FROM (SELECT o.name || ':' || x.start_line || ',' || x.start_char || ',' || x.meeting || ',' || x.roles AS s
          FROM mentions x JOIN officials o ON o.id = x.official_id WHERE x.file_id = f.id ORDER BY o.name, x.ordinal)) AS mentions,
       (SELECT group_concat(code || '=' || count, '|') FROM findings WHERE file_id = f.id) AS findings
     FROM files f ORDER BY f.path`,
  ).map((r) => ({ ...r, path: r.path.slice(dir.length + 1) }));

test('index then query: meetings per month per kind of body in one statement, as JSON Lines or CSV', () => {
  const dir = seedCopy();
  const db = join(dir, '.index', 'corpus.sqlite');
  try {
    const r = huiyi(['index', '-q', '--db', db, dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(counts(r.stderr), { indexed: readdirSync(dir).filter((f) => /\.(txt|huiyi)$/.test(f)).length, unchanged: 0, removed: 0 });
    const perMonth = rows(db, "SELECT substr(iso, 1, 7) AS month, kind, count(*) AS meetings FROM meetings WHERE iso <> '' GROUP BY month, kind ORDER BY month, kind");
    assert.ok(perMonth.length > 0 && perMonth.every((x) => /^\d{4}-\d{2}$/.test(x.month) && x.kind && x.meetings > 0), JSON.stringify(perMonth));
    const csv = huiyi(['query', '--db', db, '--format', 'csv', "SELECT o.name, count(*) AS mentions FROM mentions x JOIN officials o ON o.id = x.official_id WHERE o.name = '汤洁' GROUP BY o.name"]);
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout, /^name,mentions\r\n汤洁,\d+\r\n$/);
    // A bad statement is an error, not a crash.
    const bad = huiyi(['query', '--db', db, 'SELECT x FROM nowhere']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /the query failed: no such table: nowhere/);
    assert.match(huiyi(['index', '--help']).stdout, /--db FILE/);
    assert.match(huiyi(['query', '--help']).stdout, /meetings per month/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a second run reads only what changed: deleted, renamed and edited files, and a file touched but unchanged', () => {
  const dir = seedCopy();
  const db = join(mkdtempSync(join(tmpdir(), 'huiyi-index-')), 'corpus.sqlite');
  try {
    assert.equal(huiyi(['index', '-q', '--db', db, dir]).code, 0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const total = files.length;
    const [gone, moved, edited, touched] = files;
    unlinkSync(join(dir, gone));
    renameSync(join(dir, moved), join(dir, `renamed-${moved}`));
    appendFileSync(join(dir, edited), '\n会议由区长王大明主持。\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, touched), later, later);
    const again = huiyi(['index', '-q', '--db', db, dir]);
    assert.equal(again.code, 0, again.stderr);
    // The renamed file is new, the edited one changed, the touched one re-read and found the same.
    assert.deepEqual(counts(again.stderr), { indexed: 3, unchanged: total - 4, removed: 2 });
    const paths = rows(db, 'SELECT path FROM files ORDER BY path').map((r) => r.path.slice(dir.length + 1));
    assert.deepEqual(paths, readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.huiyi')).sort());
    // The index now holds exactly what a fresh one over the same files holds.
    const fresh = join(mkdtempSync(join(tmpdir(), 'huiyi-index-')), 'fresh.sqlite');
    assert.equal(huiyi(['index', '-q', '--db', fresh, dir]).code, 0);
    assert.deepEqual(snapshot(db, dir), snapshot(fresh, dir));
    const third = huiyi(['index', '-q', '--db', db, dir]);
    assert.deepEqual(counts(third.stderr), { indexed: 0, unchanged: total - 1, removed: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an index killed while it is written is consistent, and the next run completes it', async () => {
  const corpus = mkdtempSync(join(tmpdir(), 'huiyi-index-kill-'));
  const made = spawnSync(process.execPath, [join(ROOT, 'test/duplicates/make-corpus.mjs'), corpus, '--reports', '1000'], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const db = join(corpus, 'killed.sqlite');
  // The size of an index holding no file: its schema's pages.
  const nothing = mkdtempSync(join(tmpdir(), 'huiyi-index-empty-'));
  const empty = join(nothing, 'empty.sqlite');
  writeFileSync(join(nothing, 'no-report.txt'), 'x');
  assert.equal(huiyi(['index', '-q', '--db', empty, join(nothing, 'no-report.txt')]).code, 0);
  const schemaBytes = statSync(empty).size;
  const child = huiyiAsync(['index', '-q', '--jobs', '2', '--db', db, corpus]);
  // Killed once the first batches are committed (the file grows past its empty schema).
  await new Promise((resolve) => {
    const poll = setInterval(() => {
      if (existsSync(db) && statSync(db).size > schemaBytes + 100_000) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('exit', () => (clearInterval(poll), resolve()));
  });
  assert.equal(child.signalCode, 'SIGKILL', 'the run was killed before it finished');
  // What the killed run committed, its unfinished batch rolled back (none at all when it died in
  // its first batch: the index is then empty, and still consistent).
  const partial = rows(db, 'SELECT count(*) AS n FROM files')[0].n;
  assert.equal(rows(db, 'PRAGMA integrity_check')[0].integrity_check, 'ok');
  const rerun = huiyi(['index', '-q', '--db', db, corpus]);
  assert.equal(rerun.code, 0, rerun.stderr);
  const c = counts(rerun.stderr);
  assert.ok(partial >= 0 && c.unchanged === partial && c.indexed === 1000 - partial, `${partial} before, then ${JSON.stringify(c)}`);
  const whole = join(corpus, 'whole.sqlite');
  assert.equal(huiyi(['index', '-q', '--db', whole, corpus]).code, 0);
  assert.deepEqual(snapshot(db, corpus), snapshot(whole, corpus));
  rmSync(corpus, { recursive: true, force: true });
  rmSync(nothing, { recursive: true, force: true });
});

test('a damaged or foreign index file is set aside and rebuilt, with a message', () => {
  const dir = seedCopy();
  const db = join(mkdtempSync(join(tmpdir(), 'huiyi-index-')), 'corpus.sqlite');
  try {
    assert.equal(huiyi(['index', '-q', '--db', db, dir]).code, 0);
    const good = snapshot(db, dir);
    // Damage: the middle of the file overwritten.
    const bytes = readFileSync(db);
    bytes.fill(0x5a, 4096, bytes.length - 4096);
    writeFileSync(db, bytes);
    const r = huiyi(['index', '-q', '--db', db, dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /set aside as .*corpus\.sqlite\.bad and is being rebuilt/);
    assert.ok(existsSync(`${db}.bad`));
    assert.deepEqual(snapshot(db, dir), good);
    // Not a database at all.
    writeFileSync(db, 'these are my notes, not an index\n'.repeat(200));
    const notes = huiyi(['index', '-q', '--db', db, dir]);
    assert.match(notes.stderr, /set aside/);
    assert.equal(readFileSync(`${db}.bad`, 'utf8').slice(0, 10), 'these are ');
    assert.deepEqual(snapshot(db, dir), good);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the index answers as the editor\'s in-memory index: every mention of every official across the seeds', async () => {
  const dir = seedCopy();
  const db = join(mkdtempSync(join(tmpdir(), 'huiyi-index-')), 'corpus.sqlite');
  try {
    assert.equal(huiyi(['index', '-q', '--db', db, dir]).code, 0);
    const stored = rows(db, 'SELECT o.name, f.uri, x.start_line AS line, x.start_char AS character FROM mentions x JOIN officials o ON o.id = x.official_id JOIN files f ON f.id = x.file_id');
    const names = [...new Set(stored.map((r) => r.name))].sort();
    assert.ok(names.includes('汤洁'));
    const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const ended = new Promise((resolve) => server.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && resolve()));
      await ended;
      const list = await server.request('huiyi/officials', {});
      assert.deepEqual(list.map((o) => o.name).sort(), names);
      // References from a document that names each official: the server's index against the file's rows.
      const first = new Map();
      for (const r of stored) if (!first.has(r.name)) first.set(r.name, r);
      for (const [name, at] of first) {
        const path = new URL(at.uri);
        await server.openFile(path.pathname);
        const refs = await server.request('textDocument/references', { textDocument: { uri: at.uri }, position: { line: at.line, character: at.character }, context: { includeDeclaration: true } });
        const fromServer = refs.map((l) => `${l.uri}#${l.range.start.line}:${l.range.start.character}`).sort();
        const fromIndex = stored.filter((r) => r.name === name).map((r) => `${r.uri}#${r.line}:${r.character}`).sort();
        assert.deepEqual(fromServer, fromIndex, name);
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a batch a killed process left half-written in the file is rolled back: the index reads as before the batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-index-journal-'));
  try {
    const db = join(dir, 'corpus.sqlite');
    const built = huiyi(['index', '-q', '--db', db, join(ROOT, 'seeds')]);
    assert.equal(built.code, 0, built.stderr);
    const before = rows(db, 'SELECT count(*) AS n FROM meetings')[0].n;
    // A writer that spills its changes into the file mid-transaction (a one-page cache), then dies
    // before COMMIT: the file holds half a batch and its journal the pages as they were.
    const writer = `
      const { Database } = require(${JSON.stringify(join(ROOT, 'node_modules/node-sqlite3-wasm'))});
      const db = new Database(${JSON.stringify(db)});
      db.exec('PRAGMA journal_mode = TRUNCATE; PRAGMA cache_size = 1; BEGIN');
      const row = db.get('SELECT * FROM meetings LIMIT 1');
      for (let i = 0; i < 3000; i++) db.run('INSERT INTO meetings (file_id, ordinal, name, symbol_name, detail, haystack, start_line, start_char, end_line, end_char, date, iso, body, kind, chairs) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?, ?)',
        [row.file_id, 1000 + i, 'x'.repeat(200), row.symbol_name, row.detail, row.haystack, row.date, row.iso, row.body, row.kind, row.chairs]);
      process.kill(process.pid, 'SIGKILL');`;
    const killed = spawnSync(process.execPath, ['-e', writer], { encoding: 'utf8' });
    assert.equal(killed.signal, 'SIGKILL', killed.stderr);
    assert.ok(statSync(`${db}-journal`).size > 0, 'the killed writer left its journal');
    const after = huiyi(['query', '--db', db, 'SELECT count(*) AS n FROM meetings']);
    assert.equal(after.code, 0, after.stderr);
    assert.equal(JSON.parse(after.stdout).n, before, 'the half-written batch is gone');
    assert.match(after.stderr, /Rolled back the corpus index's last batch/);
    const integrity = huiyi(['query', '--db', db, 'PRAGMA integrity_check']);
    assert.equal(JSON.parse(integrity.stdout).integrity_check, 'ok');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
