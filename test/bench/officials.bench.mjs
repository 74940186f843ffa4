// Officials (issue 4): hover latency on a warm server, and indexing a corpus of 10,000 reports
// recombined from the seeds (throughput over both cores, server memory afterwards).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, now, percentile, seedTexts } from './stats.mjs';
import { seedPath, startServer } from '../protocol/lsp-client.mjs';

export const title = 'Officials (issue 4): hover and corpus index';

const REPORTS = 10_000;

/** 10,000 reports: one seed or two joined, dates changed, spread over 100 folders. */
function writeCorpus(dir) {
  const seeds = seedTexts();
  let state = 7;
  const rand = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let bytes = 0;
  for (let i = 0; i < REPORTS; i++) {
    const a = seeds[Math.floor(rand() * seeds.length)];
    const b = rand() < 0.3 ? '\n\n' + seeds[Math.floor(rand() * seeds.length)] : '';
    const text = (a + b).replace(/(\d{1,2})月(\d{1,2})日/, `${1 + Math.floor(rand() * 12)}月$2日`);
    const folder = join(dir, `d${i % 100}`);
    if (i < 100) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `r${i}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function rssMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function hoverLatency() {
  const server = await startServer();
  const uri = await server.openFile(seedPath('000'));
  const text = readFileSync(seedPath('000'), 'utf8');
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('汤洁'));
  const position = { line, character: lines[line].indexOf('汤洁') };
  const times = [];
  let shown = '';
  for (let i = 0; i < 110; i++) {
    const t0 = now();
    const hover = await server.request('textDocument/hover', { textDocument: { uri }, position });
    if (i >= 10) times.push(now() - t0);
    shown = hover?.contents?.value ?? '';
  }
  await server.stop();
  if (!shown.includes('区委书记')) throw new Error('hover did not show 区委书记');
  return [
    { name: 'hover on an official, warm server, seed 000 (median of 100)', value: median(times), unit: 'ms', target: '<= 10' },
    { name: 'hover, p95', value: percentile(times, 95), unit: 'ms' },
  ];
}

async function corpusIndexing() {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-bench-corpus-'));
  try {
    const bytes = writeCorpus(dir);
    const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    const t0 = now();
    const ended = new Promise((resolve) => {
      server.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && resolve(now()));
    });
    let timer;
    const t1 = await Promise.race([ended, new Promise((r) => (timer = setTimeout(() => r(NaN), 300_000)))]);
    clearTimeout(timer); // else the bench process waits out the 5 minutes
    const seconds = (t1 - t0) / 1000;
    const rssAfter = rssMB(server.child.pid);
    const officials = await server.request('huiyi/officials', {});
    await new Promise((r) => setTimeout(r, 16_000)); // the index workers are released when idle
    const rssIdle = rssMB(server.child.pid);
    await server.stop();
    if (!officials.length || officials[0].meetingCount < 100) throw new Error('the index did not fill');
    return [
      { name: `index ${REPORTS} recombined reports (${(bytes / 2 ** 20).toFixed(0)} MB), start to progress end`, value: seconds, unit: 's' },
      { name: 'indexing throughput, worker threads over both cores', value: bytes / 2 ** 20 / seconds, unit: 'MB/s', target: '>= 10' },
      { name: 'server RSS right after indexing', value: rssAfter, unit: 'MB', target: '<= 400' },
      { name: 'server RSS once the index workers are released', value: rssIdle, unit: 'MB', target: '<= 400' },
      { name: `officials in the index (most meetings: ${officials[0].name}, ${officials[0].meetingCount})`, value: officials.length, unit: '' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  return [...(await hoverLatency()), ...(await corpusIndexing())];
}
