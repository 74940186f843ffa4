// Foundation: model throughput, outline latency on a warm server, and time to first answer.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, now, percentile, recombinedCorpus, ROOT, seedTexts } from './stats.mjs';
import { startServer } from '../protocol/lsp-client.mjs';

export const title = 'Foundation (issue 2): model and outline';
const require = createRequire(import.meta.url);

async function modelThroughput() {
  const core = require(join(ROOT, 'dist/core.js'));
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { reports, bytes } = recombinedCorpus(8 * 1024 * 1024);
  const docs = reports.map((t, i) => TextDocument.create(`file:///c/${i}.txt`, 'plaintext', 1, t));
  // Models as a language service builds them (with its vocabulary), none kept.
  const service = core.createLanguageService();
  for (const d of docs.slice(0, 200)) service.buildModel(d); // warm the JIT and the char map
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t0 = now();
    for (const d of docs) service.buildModel(d);
    runs.push(now() - t0);
  }
  const ms = median(runs);
  return { name: `report model, one core (${docs.length} reports, ${(bytes / 2 ** 20).toFixed(1)} MB, median of 5)`, value: bytes / 2 ** 20 / (ms / 1000), unit: 'MB/s', target: '>= 30' };
}

async function outlineLatency() {
  const server = await startServer();
  const text = seedTexts()[0]; // seed 000, about 8 KB
  const times = [];
  for (let i = 0; i < 60; i++) {
    const uri = `file:///bench/outline-${i}.txt`;
    const t0 = now();
    await server.open(uri, text);
    await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    if (i >= 10) times.push(now() - t0);
    await server.close(uri);
  }
  await server.stop();
  return [
    { name: `didOpen → outline, warm server, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB report (median of 50)`, value: median(times), unit: 'ms', target: '<= 5' },
    { name: 'didOpen → outline, p95', value: percentile(times, 95), unit: 'ms' },
  ];
}

async function firstAnswer() {
  const init = [];
  const outline = [];
  const text = seedTexts()[0];
  for (let i = 0; i < 7; i++) {
    const t0 = now();
    const server = await startServer();
    init.push(now() - t0);
    await server.open('file:///bench/first.txt', text);
    await server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/first.txt' } });
    outline.push(now() - t0);
    await server.stop();
  }
  return [
    { name: 'spawn → initialize answered (median of 7)', value: median(init), unit: 'ms', target: '<= 300' },
    { name: 'spawn → first outline (median of 7)', value: median(outline), unit: 'ms', target: '<= 300' },
  ];
}

export async function run() {
  return [await modelThroughput(), ...(await outlineLatency()), ...(await firstAnswer())];
}
