// Document shapes (issue: time that grows faster than the input): diagnostics + outline of 5 MB
// documents whose line structure is unlike the corpus (one line, a million short lines, pinyin,
// mojibake, web chrome, no punctuation, long paragraphs), through the core service the server
// uses; the growth exponent over 1/2/4/8 MB; `huiyi check` on a 1 MB single line; and a document
// over huiyi.maxFileSizeMB in a running server.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median, now, ROOT, seedTexts } from './stats.mjs';
import { SHAPES } from './shapes.mjs';
import { startServer } from '../protocol/lsp-client.mjs';

export const title = 'Document shapes: diagnostics + outline whatever the line structure';
const require = createRequire(import.meta.url);
const MB = 2 ** 20;
// A full collection before each timed version of the growth rows: the garbage of the versions
// before (a whole model each) is not collected inside the one being timed.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

/** Diagnostics then outline of a new version each time (nothing cached), as the server asks for them. */
function timeShape(core, TextDocument, name, text, runs) {
  const service = core.createLanguageService();
  const uri = `file:///bench/shape-${encodeURIComponent(name)}-${text.length}.txt`;
  const times = [];
  // Version 1 warms the JIT on this shape; the next `runs` versions are measured.
  for (let v = 1; v <= runs + 1; v++) {
    const d = TextDocument.create(uri, 'meeting-report', v, text);
    const t0 = now();
    service.diagnostics(d, core.DEFAULT_SETTINGS);
    service.documentSymbols(d, core.DEFAULT_SETTINGS);
    if (v > 1) times.push(now() - t0);
  }
  service.forget(uri);
  return median(times);
}

/** Least-squares slope of log(time) against log(size). */
export function exponent(points) {
  const xs = points.map((p) => Math.log(p[0]));
  const ys = points.map((p) => Math.log(p[1]));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

/**
 * For the growth rows: `work` timed `runs` times after a warm-up call, a full collection before
 * each, the least time kept. At 1–2 MB a run is tens of milliseconds, where one collection or a
 * busy neighbour on this shared machine moves a median by more than the growth being measured;
 * the least of several runs is what the code costs, and a cost that grows faster than the input
 * grows in every run, the least one too.
 */
function leastTime(work, runs) {
  work(0);
  let least = Infinity;
  for (let r = 1; r <= runs; r++) {
    gc();
    const t0 = now();
    work(r);
    least = Math.min(least, now() - t0);
  }
  return least;
}

/** More runs where a run is short: about a second of work per size. */
const RUNS = { 1: 9, 2: 7, 4: 5, 8: 5 };

/** Diagnostics then outline of a new version each run, as in timeShape, timed by leastTime. */
function growthTime(core, TextDocument, name, text, runs) {
  const service = core.createLanguageService();
  const uri = `file:///bench/growth-${encodeURIComponent(name)}-${text.length}.txt`;
  const time = leastTime((r) => {
    const d = TextDocument.create(uri, 'meeting-report', r + 1, text);
    service.diagnostics(d, core.DEFAULT_SETTINGS);
    service.documentSymbols(d, core.DEFAULT_SETTINGS);
  }, runs);
  service.forget(uri);
  return time;
}

/**
 * The control for the fit: a computation known to be quadratic (every 64 K block of the text
 * reads the whole text before it), timed the same way over the same sizes. Its exponent must come
 * out near 2: the measurement would show a quadratic cost of the analysis.
 */
function quadratic(text) {
  let sum = 0;
  for (let block = 0; block < text.length; block += 65536) for (let i = 0; i < block; i++) sum += text.charCodeAt(i) & 1;
  return sum;
}

export async function overTheLimit() {
  const server = await startServer();
  const small = seedTexts()[0];
  const big = 'file:///bench/over-limit.txt';
  const text = SHAPES['seeds as they are'](21 * MB);
  await server.open('file:///bench/small.txt', small, 'meeting-report');
  await server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/small.txt' } });
  const t0 = now();
  await server.open(big, text, 'meeting-report');
  await server.waitForDiagnostics(big, (d) => d.diagnostics.some((x) => x.code === 'file.too-large'), 60000);
  const notice = now() - t0;
  const outline = [];
  const hover = [];
  const other = [];
  for (let i = 0; i < 20; i++) {
    let t = now();
    await server.request('textDocument/documentSymbol', { textDocument: { uri: big } });
    outline.push(now() - t);
    t = now();
    await server.request('textDocument/hover', { textDocument: { uri: big }, position: { line: 0, character: 30 } });
    hover.push(now() - t);
    t = now();
    await server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/small.txt' } });
    other.push(now() - t);
  }
  await server.stop();
  return [
    { name: 'a 21 MB document (over huiyi.maxFileSizeMB = 20): didOpen → its "file too large" notice', value: notice, unit: 'ms' },
    { name: 'outline of the 21 MB document (median of 20, round trip)', value: median(outline), unit: 'ms', target: '<= 50' },
    { name: 'hover on the 21 MB document (median of 20, round trip)', value: median(hover), unit: 'ms', target: '<= 50' },
    { name: 'outline of another, 8 KB document meanwhile (median of 20, round trip)', value: median(other), unit: 'ms', target: '<= 50' },
  ];
}

export async function run() {
  const core = require(join(ROOT, 'dist/core.js'));
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const rows = [];

  for (const [name, build] of Object.entries(SHAPES)) {
    const text = build(5 * MB);
    rows.push({ name: `${name}, 5 MB: diagnostics + outline (median of 3 after a warm-up version)`, value: timeShape(core, TextDocument, name, text, 3), unit: 'ms', target: '<= 500' });
  }

  const line = SHAPES['single line'](1 * MB);
  rows.push({ name: 'one 1 MB line: diagnostics + outline (median of 3 after a warm-up version)', value: timeShape(core, TextDocument, 'line-1mb', line, 3), unit: 'ms', target: '<= 300' });

  const dir = mkdtempSync(join(tmpdir(), 'huiyi-bench-shapes-'));
  try {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, line);
    const times = [];
    for (let r = 0; r < 3; r++) {
      const t0 = now();
      spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', file], { stdio: 'ignore' });
      times.push(now() - t0);
    }
    rows.push({ name: 'huiyi check on the 1 MB single-line file (median of 3, incl. process start)', value: median(times), unit: 'ms' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  for (const [name, build] of Object.entries(SHAPES)) {
    const points = [1, 2, 4, 8].map((mb) => [mb, growthTime(core, TextDocument, name, build(mb * MB), RUNS[mb])]);
    const figures = points.map(([mb, ms]) => `${mb} MB ${ms.toFixed(0)} ms`).join(', ');
    rows.push({ name: `${name}: growth exponent of diagnostics + outline over 1/2/4/8 MB (least of 9/7/5/5 runs each, after a warm-up; ${figures})`, value: exponent(points), unit: '', target: '<= 1.1' });
  }
  const seeds = SHAPES['seeds as they are'];
  const control = [1, 2, 4, 8].map((mb) => {
    const text = seeds(mb * MB);
    return [mb, leastTime(() => quadratic(text), RUNS[mb])];
  });
  const figures = control.map(([mb, ms]) => `${mb} MB ${ms.toFixed(0)} ms`).join(', ');
  rows.push({ name: `control: a quadratic computation timed the same way must score near 2 (${figures})`, value: exponent(control), unit: '', target: '>= 1.8' });

  rows.push(...(await overTheLimit()));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
