// Corpus Overview (issue 17): on 10,000 generated reports (test/duplicates/make-corpus.mjs
// --reports), indexed by the language server, the time of the panel's first figures (its first
// huiyi/corpusOverview request once the index is full) and of a filter change (body, script, time
// span), as round trips over LSP, with the index in memory and with the persisted index (the
// server's normal mode, tallies counted in SQL), and the persisted index reopened by a new server
// (the workspace opened again: its first request reads the index file cold); the server's CPU
// time per request beside each (from /proc, less moved by the machine's load); the answer's size;
// and the core function alone. The webview's drawing of the charts: HUIYI_BENCH_UI=1 adds it,
// through code-server (test/vscode/ui.mjs, the overview-draw scenario).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, now, ROOT } from './stats.mjs';
import { startServer } from '../protocol/lsp-client.mjs';
import { benchCorpus, writeCorpus } from '../duplicates/make-corpus.mjs';

export const title = 'Corpus Overview (issue 17): figures for the panel';

const REPORTS = 10_000;
const require = createRequire(import.meta.url);

/** The server's CPU time so far (user + system, ms), from /proc. */
function cpuMs(server) {
  const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function once(server, params) {
  const c0 = cpuMs(server);
  const t0 = now();
  const answer = await server.request('huiyi/corpusOverview', params);
  return { ms: now() - t0, cpu: cpuMs(server) - c0, answer };
}

async function timed(server, params, runs = 20) {
  const times = [];
  const c0 = cpuMs(server);
  let answer;
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    answer = await server.request('huiyi/corpusOverview', params);
    times.push(now() - t0);
  }
  return { ms: median(times), cpu: (cpuMs(server) - c0) / runs, answer };
}

/** A server on `dir` (its index in `storage`, if given), once its indexing has ended. */
async function indexed(dir, storage) {
  const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: storage ? { indexStorage: storage } : {} });
  const ended = new Promise((resolve) => server.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && resolve()));
  let timer;
  await Promise.race([ended, new Promise((r) => (timer = setTimeout(r, 300_000)))]);
  clearTimeout(timer);
  return server;
}

const cpuNote = (r) => `server CPU ${r.cpu.toFixed(0)} ms`;

/** The panel's first request and its filter changes on `server`, as rows named after `label`. */
async function panel(server, label) {
  const first = await once(server, {});
  if (first.answer.reports < REPORTS * 0.9) throw new Error(`the index holds ${first.answer.reports} reports`);
  const o = first.answer;
  const packed = Buffer.byteLength(JSON.stringify(await server.request('huiyi/corpusOverview', { packed: true })));
  const warm = await timed(server, {});
  const body = await timed(server, { filter: { body: o.bodies[0].body } });
  const script = await timed(server, { filter: { script: 'traditional' } });
  const year = o.months[0].month.slice(0, 4);
  const span = await timed(server, { filter: { from: `${year}-01`, to: `${year}-06` } });
  return {
    answer: o,
    packed,
    rows: [
      { name: `${label}: first figures, once ${o.reports} reports (${o.meetings} meetings) are indexed: one request`, value: first.ms, unit: 'ms', target: '<= 1000', anchor: cpuNote(first) },
      { name: `${label}: the same request again (median of 20)`, value: warm.ms, unit: 'ms', anchor: cpuNote(warm) },
      { name: `${label}: filter change: one body (${o.bodies[0].body}, ${body.answer.meetings} meetings), median of 20`, value: body.ms, unit: 'ms', target: '<= 200', anchor: cpuNote(body) },
      { name: `${label}: filter change: traditional script (${script.answer.meetings} meetings)`, value: script.ms, unit: 'ms', target: '<= 200', anchor: cpuNote(script) },
      { name: `${label}: filter change: ${year}-01 to ${year}-06 (${span.answer.meetings} meetings)`, value: span.ms, unit: 'ms', target: '<= 200', anchor: cpuNote(span) },
    ],
  };
}

/** The webview's drawing in code-server: from the command to the first chart drawn (test/vscode/ui.mjs). */
function webviewDraw(dir, reports) {
  if (!process.env.HUIYI_BENCH_UI) return [];
  const run = spawnSync(process.execPath, [join(ROOT, 'test/vscode/ui.mjs')], { env: { ...process.env, HUIYI_UI_ONLY: 'overview-draw', HUIYI_UI_WORKSPACE: dir, HUIYI_UI_REPORTS: String(reports) }, encoding: 'utf8', timeout: 900_000 });
  const m = /overview-draw: (\d+) ms to the first chart, (\d+) ms to every chart/.exec(run.stdout + run.stderr);
  if (!m) return [{ name: `webview drawing in code-server failed (exit ${run.status})`, value: '', unit: '' }];
  const f = /filter change: (\d+) ms to the meetings chart, (\d+) ms to every chart/.exec(run.stdout + run.stderr);
  const g = /filter cleared: (\d+) ms to the meetings chart, (\d+) ms to every chart/.exec(run.stdout + run.stderr);
  return [
    { name: `webview in code-server: command to the first chart drawn (persisted index, ${reports} reports)`, value: Number(m[1]), unit: 'ms', target: '<= 1000' },
    { name: 'webview in code-server: command to every chart drawn', value: Number(m[2]), unit: 'ms' },
    ...(f ? [
      { name: 'webview in code-server: a filter change (script: traditional) to the meetings chart drawn again', value: Number(f[1]), unit: 'ms', target: '<= 200' },
      { name: 'webview in code-server: a filter change to every chart drawn again', value: Number(f[2]), unit: 'ms', target: '<= 200' },
    ] : []),
    ...(g ? [
      { name: 'webview in code-server: the filter cleared (every report again) to the meetings chart drawn again', value: Number(g[1]), unit: 'ms', target: '<= 200' },
      { name: 'webview in code-server: the filter cleared to every chart drawn again', value: Number(g[2]), unit: 'ms', target: '<= 200' },
    ] : []),
  ];
}

function coreOnly(dir, files) {
  const core = require(join(ROOT, 'dist/core.js'));
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const service = core.createLanguageService({ cacheSize: 1 });
  const summaries = files.map((f) => service.summarize(TextDocument.create(pathToFileURL(join(dir, f.name)).href, 'plaintext', 1, readFileSync(join(dir, f.name), 'utf8')))).filter(Boolean);
  const times = [];
  for (let i = 0; i < 20; i++) {
    const t0 = now();
    service.corpusOverview(summaries);
    times.push(now() - t0);
  }
  return median(times);
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-bench-overview-'));
  const storage = mkdtempSync(join(tmpdir(), 'huiyi-bench-overview-index-'));
  try {
    const files = benchCorpus({ reports: REPORTS });
    writeCorpus(dir, files);
    const memory = await indexed(dir);
    const inMemory = await panel(memory, 'index in memory');
    await memory.stop();
    const persisted = await indexed(dir, storage);
    const fresh = await panel(persisted, 'persisted index');
    await persisted.stop();
    // The workspace opened again: the index is reused (no file read), the panel's first request reads it cold.
    const reopened = await indexed(dir, storage);
    const again = await panel(reopened, 'persisted index, reopened');
    await reopened.stop();
    const same = isDeepStrictEqual(again.answer, inMemory.answer) ? 'the same answer as in memory' : 'NOT the same answer as in memory';
    return [
      ...inMemory.rows,
      { name: 'the answer, as other editors get it', value: Buffer.byteLength(JSON.stringify(inMemory.answer)) / 1024, unit: 'KiB' },
      { name: 'the answer packed (what the panel receives: { packed: true })', value: inMemory.packed / 1024, unit: 'KiB' },
      ...fresh.rows,
      ...again.rows.map((r, i) => (i ? r : { ...r, anchor: `${r.anchor}; ${same}` })),
      ...webviewDraw(dir, inMemory.answer.reports),
      { name: 'service.corpusOverview alone over the 10,000 summaries (median of 20)', value: coreOnly(dir, files), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}
