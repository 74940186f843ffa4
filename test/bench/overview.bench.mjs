// Corpus Overview (issue 17): on 10,000 generated reports (test/duplicates/make-corpus.mjs
// --reports), indexed by the language server, the time of the panel's first figures (its first
// huiyi/corpusOverview request once the index is full) and of a filter change (body, script, time
// span), as round trips over LSP; the answer's size; and the core function alone. The webview's
// drawing of the charts is not included (it needs a browser).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

async function timed(server, params, runs = 20) {
  const times = [];
  let answer;
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    answer = await server.request('huiyi/corpusOverview', params);
    times.push(now() - t0);
  }
  return { ms: median(times), answer };
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
  try {
    const files = benchCorpus({ reports: REPORTS });
    writeCorpus(dir, files);
    const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    const ended = new Promise((resolve) => server.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && resolve()));
    let timer;
    await Promise.race([ended, new Promise((r) => (timer = setTimeout(r, 300_000)))]);
    clearTimeout(timer);
    const t0 = now();
    const first = await server.request('huiyi/corpusOverview', {});
    const firstMs = now() - t0;
    if (first.reports < REPORTS * 0.9) throw new Error(`the index holds ${first.reports} reports`);
    const bytes = Buffer.byteLength(JSON.stringify(first));
    const warm = await timed(server, {});
    const body = await timed(server, { filter: { body: first.bodies[0].body } });
    const script = await timed(server, { filter: { script: 'traditional' } });
    const year = first.months[0].month.slice(0, 4);
    const span = await timed(server, { filter: { from: `${year}-01`, to: `${year}-06` } });
    await server.stop();
    return [
      { name: `first figures, once ${first.reports} reports (${first.meetings} meetings) are indexed: one request`, value: firstMs, unit: 'ms', target: '<= 1000' },
      { name: 'the answer (what the panel receives)', value: bytes / 1024, unit: 'KiB' },
      { name: 'the same request again (median of 20)', value: warm.ms, unit: 'ms' },
      { name: `filter change: one body (${first.bodies[0].body}, ${body.answer.meetings} meetings), median of 20`, value: body.ms, unit: 'ms', target: '<= 200' },
      { name: `filter change: traditional script (${script.answer.meetings} meetings)`, value: script.ms, unit: 'ms', target: '<= 200' },
      { name: `filter change: ${year}-01 to ${year}-06 (${span.answer.meetings} meetings)`, value: span.ms, unit: 'ms', target: '<= 200' },
      { name: 'service.corpusOverview alone over the 10,000 summaries (median of 20)', value: coreOnly(dir, files), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
