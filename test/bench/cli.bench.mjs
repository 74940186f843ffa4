// The corpus front (issue 7): `huiyi check` and `huiyi export` over 10,000 reports (~80 MB) on
// both cores, with peak memory; side by side, in the same run, what a researcher would otherwise
// script: Debian's native `opencc` converting the same corpus and `python3-jieba` segmenting it.
// Needs (Debian): opencc python3-jieba. A missing anchor is reported, not fatal.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, now, recombinedCorpus, ROOT, watchPeakMemory } from './stats.mjs';

export const title = 'Command line (issue 7): 10,000 reports';

/** Runs a command to completion; returns seconds and the peak RSS (VmHWM) of the process in MB. */
function timed(command, args, { stdout = 'ignore' } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = now();
    const child = spawn(command, args, { stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const peakOf = watchPeakMemory(child);
    child.on('error', reject);
    child.on('exit', (code) => {
      const peak = peakOf();
      if (code !== 0 && code !== 1) reject(new Error(`${command} exited with ${code}: ${stderr.slice(0, 300)}`));
      else resolve({ seconds: (now() - t0) / 1000, peakMB: peak });
    });
  });
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-cli-bench-'));
  const { reports, bytes } = recombinedCorpus(80 * 1024 * 1024, 11);
  const count = Math.min(reports.length, 10_000);
  let corpusBytes = 0;
  const all = [];
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `r${String(i).padStart(5, '0')}.txt`), reports[i]);
    corpusBytes += Buffer.byteLength(reports[i]);
    all.push(reports[i]);
  }
  const mb = corpusBytes / 2 ** 20;
  const concatenated = join(dir, 'all.corpus');
  writeFileSync(concatenated, all.join('\n'));
  const cli = join(ROOT, 'dist/cli.js');
  const rows = [];

  // Each command three times; the median time and the highest peak memory.
  const thrice = async (args) => {
    const runs = [];
    for (let r = 0; r < 3; r++) runs.push(await timed(process.execPath, [cli, ...args]));
    return { seconds: median(runs.map((x) => x.seconds)), peakMB: Math.max(...runs.map((x) => x.peakMB)) };
  };
  const check = await thrice(['check', '-q', '--format', 'json', '--jobs', '2', dir]);
  rows.push({ name: `huiyi check, ${count} reports (${mb.toFixed(1)} MB), --jobs 2 (median of 3)`, value: mb / check.seconds, unit: 'MB/s', target: '>= 20' });
  rows.push({ name: 'huiyi check, peak memory (VmHWM)', value: check.peakMB, unit: 'MB' });
  const single = await thrice(['check', '-q', '--format', 'json', '--jobs', '1', dir]);
  rows.push({ name: 'huiyi check --jobs 1 (one thread, for the scaling; median of 3)', value: mb / single.seconds, unit: 'MB/s' });
  const exp = await thrice(['export', '-q', '--jobs', '2', dir]);
  rows.push({ name: 'huiyi export (JSON Lines per meeting), --jobs 2 (median of 3)', value: mb / exp.seconds, unit: 'MB/s', target: '>= 20' });
  rows.push({ name: 'huiyi export, peak memory (VmHWM)', value: exp.peakMB, unit: 'MB' });

  if (has('opencc')) {
    const out = join(dir, 'opencc.out');
    const cc = await timed('opencc', ['-c', 't2s.json', '-i', concatenated, '-o', out]);
    rows.push({ name: 'anchor: native opencc -c t2s.json, same corpus (one file)', value: mb / cc.seconds, unit: 'MB/s', anchor: 'opencc 1.1 (Debian)', ratio: `huiyi check is ${(cc.seconds / check.seconds).toFixed(2)}× its speed` });
  } else {
    rows.push({ name: 'anchor: native opencc', value: 'not installed (apt-get install opencc)', unit: '' });
  }

  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  if (spawnSync(python, ['-c', 'import jieba']).status === 0) {
    // jieba is slow: segment the first 8 MB of the same corpus and report its rate.
    const sample = join(dir, 'sample.corpus');
    const sampleText = readFileSync(concatenated, 'utf8').slice(0, 8 * 2 ** 20 / 3);
    writeFileSync(sample, sampleText);
    const sampleMB = Buffer.byteLength(sampleText) / 2 ** 20;
    const script = 'import sys, jieba\njieba.setLogLevel(60)\njieba.initialize()\nn = 0\nfor line in open(sys.argv[1], encoding="utf-8"):\n    n += sum(1 for _ in jieba.cut(line))\nprint(n)';
    const jb = await timed(python, ['-c', script, sample]);
    rows.push({ name: `anchor: python3-jieba segmenting ${sampleMB.toFixed(1)} MB of the same corpus`, value: sampleMB / jb.seconds, unit: 'MB/s', anchor: 'jieba 0.42 (Debian)', ratio: `huiyi check is ${((mb / check.seconds) / (sampleMB / jb.seconds)).toFixed(1)}× its rate` });
  } else {
    rows.push({ name: 'anchor: python3-jieba', value: 'not installed (apt-get install python3-jieba)', unit: '' });
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
