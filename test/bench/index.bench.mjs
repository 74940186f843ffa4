// The persisted corpus index (issue 19), through the real server over stdio, on the varied
// generated corpus (test/duplicates/make-corpus.mjs --reports N) at 10,000 and 30,000 reports
// (HUIYI_INDEX_BENCH_SIZES=10000,30000,100000 for more): first index, restart with the index up to
// date, restart after 1% of the files changed, hover with appearances, references and a workspace
// symbol query, the re-index of one saved file, the server's peak memory and the index's size on disk.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, now, ROOT, watchPeakMemory } from './stats.mjs';
import { startServer } from '../protocol/lsp-client.mjs';

export const title = 'Persisted corpus index (issue 19): SQLite (WASM) in the extension storage';

const SIZES = (process.env.HUIYI_INDEX_BENCH_SIZES ?? '10000,30000').split(',').map(Number);

function folderBytes(dir) {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/**
 * Starts the server; resolves with it, its memory watcher and the time its indexing ended.
 * `early(server)`, when given, runs as soon as the server is initialized (while it indexes); its
 * time from the start is `earlyMs`.
 */
async function startIndexed(dir, storage, early) {
  const t0 = now();
  const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: { indexStorage: storage } });
  const peak = watchPeakMemory(server.child);
  const ended = new Promise((resolve) => server.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && resolve(now())));
  const earlyDone = early ? early(server).then((value) => ({ value, ms: now() - t0 })) : undefined;
  let timer;
  const t1 = await Promise.race([ended, new Promise((r) => (timer = setTimeout(() => r(NaN), 1_800_000)))]);
  clearTimeout(timer);
  const first = await earlyDone;
  return { server, peak, seconds: (t1 - t0) / 1000, line: server.logs.find((l) => l.startsWith('Corpus index ')) ?? '', early: first };
}

function query(db, sql) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'query', '--db', db, sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

async function timed(times, fn) {
  const out = [];
  let last;
  for (let i = 0; i < times + 3; i++) {
    const t = now();
    last = await fn();
    if (i >= 3) out.push(now() - t);
  }
  return { ms: median(out), last };
}

/**
 * An open report edited (a sentence added to its first meeting) and saved, as an editor does: the
 * file written, then didSave. Times until the index file is written (its modification time moves;
 * polled every millisecond) and until a hover answers after it; checks the index holds the new text.
 */
async function saveEdited(server, uri, path, db) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const at = Math.min(lines.length - 1, 3);
  const edited = [...lines.slice(0, at + 1), '会议强调，要以钉钉子精神抓好各项工作落实。', ...lines.slice(at + 1)].join('\n');
  await server.change(uri, [{ text: edited }]);
  writeFileSync(path, edited);
  const before = statSync(db).mtimeMs;
  const t = now();
  await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  let written = NaN;
  while (now() - t < 30_000) {
    if (statSync(db).mtimeMs !== before) {
      written = now() - t;
      break;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  const answered = now() - t;
  await server.close(uri);
  const hash = createHash('sha1').update(edited).digest('hex');
  const [row] = query(db, `SELECT count(*) AS n FROM files WHERE hash = '${hash}'`);
  if (row.n !== 1) throw new Error('the saved text is not in the index');
  return { written, answered };
}

async function one(n) {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-bench-index-'));
  const storage = mkdtempSync(join(tmpdir(), 'huiyi-bench-storage-'));
  const db = join(storage, 'corpus-index.sqlite');
  try {
    spawnSync(process.execPath, [join(ROOT, 'test/duplicates/make-corpus.mjs'), dir, '--reports', String(n)], { stdio: 'ignore' });
    const bytes = folderBytes(dir);
    const rows = [];
    const label = `${n.toLocaleString('en')} reports (${(bytes / 2 ** 20).toFixed(0)} MB)`;

    const first = await startIndexed(dir, storage);
    await first.server.stop();
    rows.push({ name: `${label}: first index, start to progress end`, value: first.seconds, unit: 's', target: n >= 100000 ? '<= 60' : undefined });
    rows.push({ name: `${label}: server peak RSS during the first index`, value: first.peak(), unit: 'MB', target: '<= 400' });
    rows.push({ name: `${label}: index size on disk (corpus ${(bytes / 2 ** 20).toFixed(0)} MB)`, value: statSync(db).size / 2 ** 20, unit: 'MB', target: `<= ${(bytes / 2 ** 20).toFixed(0)}` });

    // The most frequent official other than the national leaders every report quotes, and a file naming them.
    const [top] = query(db, "SELECT o.name, count(*) AS n FROM file_officials fo JOIN officials o ON o.id = fo.official_id GROUP BY o.id ORDER BY n DESC LIMIT 1 OFFSET 1");
    const [at] = query(db, `SELECT f.path, x.start_line AS line, x.start_char AS character FROM mentions x JOIN files f ON f.id = x.file_id WHERE x.official_id = (SELECT id FROM officials WHERE name = '${top.name}') LIMIT 1`);

    const position = { line: at.line, character: at.character };
    // The first hover, sent as soon as the server is up: the corpus appearances come from the index file.
    const restart = await startIndexed(dir, storage, async (server) => {
      const opened = await server.openFile(at.path);
      const card = await server.request('textDocument/hover', { textDocument: { uri: opened }, position });
      return { uri: opened, appearances: card?.contents?.value?.split('\n').find((l) => l.startsWith('Appearances')) ?? '(no appearances)' };
    });
    const uri = restart.early.value.uri;
    const hover = await timed(30, () => restart.server.request('textDocument/hover', { textDocument: { uri }, position }));
    const refs = await timed(10, () => restart.server.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }));
    const symbols = await timed(10, () => restart.server.request('workspace/symbol', { query: '常务会议' }));
    const officials = await timed(3, () => restart.server.request('huiyi/officials', { limit: 200 }));
    const saved = await saveEdited(restart.server, uri, at.path, db);
    await restart.server.stop();
    rows.push({ name: `${label}: restart with the index up to date, to the first hover on ${top.name} (${restart.early.value.appearances})`, value: restart.early.ms / 1000, unit: 's', target: '<= 3' });
    rows.push({ name: `${label}: restart with the index up to date, to progress end (${restart.line.replace(/^.*: /, '')})`, value: restart.seconds, unit: 's' });
    rows.push({ name: `${label}: hover on ${top.name} (${top.n} files), median`, value: hover.ms, unit: 'ms', target: '<= 10' });
    rows.push({ name: `${label}: references of ${top.name} (${refs.last.length} locations), median`, value: refs.ms, unit: 'ms', target: '<= 100' });
    rows.push({ name: `${label}: workspace symbol "常务会议" (${symbols.last.length} results), median`, value: symbols.ms, unit: 'ms', target: '<= 50' });
    rows.push({ name: `${label}: Officials view (huiyi/officials, top 200), median`, value: officials.ms, unit: 'ms' });
    rows.push({ name: `${label}: re-index of one saved file (didSave of an edited document to the index file written)`, value: saved.written, unit: 'ms', target: '<= 50' });
    rows.push({ name: `${label}: saved file, didSave to the next hover answered (its copies clustered again)`, value: saved.answered, unit: 'ms' });
    rows.push({ name: `${label}: server peak RSS, restart and requests`, value: restart.peak(), unit: 'MB', target: '<= 400' });

    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    for (let i = 0; i < files.length; i += 100) appendFileSync(join(dir, files[i]), '\n');
    const changed = await startIndexed(dir, storage);
    await changed.server.stop();
    rows.push({ name: `${label}: restart after 1% of the files changed (${changed.line.replace(/^.*: /, '')})`, value: changed.seconds, unit: 's', target: '<= 5' });
    rows.push({ name: `${label}: server peak RSS, restart after 1% changed`, value: changed.peak(), unit: 'MB', target: '<= 400' });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}

export async function run() {
  const rows = [];
  for (const n of SIZES) rows.push(...(await one(n)));
  return rows;
}
