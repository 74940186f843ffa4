// Near-duplicate meetings (issue 16): `huiyi duplicates` on both cores over 10,000 reports of the
// duplicates corpus generator (test/duplicates/make-corpus.mjs --reports: 常务会议 built from shared
// stock sentences, 15% copies: mirrors, pinyin, damage, truncation …), with its pair precision and
// recall; in the same run, `huiyi export` (which now finds the copies too) and `huiyi check` on the
// same corpus, and `duplicates` on the recombined-seed corpus of cli.bench.mjs (80 MB).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCorpus, writeCorpus } from '../duplicates/make-corpus.mjs';
import { score } from '../duplicates/score.mjs';
import { median, now, recombinedCorpus, ROOT, watchPeakMemory } from './stats.mjs';

export const title = 'Duplicates (issue 16): 10,000 reports';

function timed(args, { keep = false } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = now();
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => keep && out.push(d));
    child.stderr.resume();
    const peakOf = watchPeakMemory(child);
    child.on('error', reject);
    child.on('exit', (code) => {
      const peak = peakOf();
      if (code !== 0 && code !== 1) reject(new Error(`huiyi ${args[0]} exited with ${code}`));
      else resolve({ seconds: (now() - t0) / 1000, peakMB: peak, stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

async function thrice(args) {
  const runs = [];
  for (let r = 0; r < 3; r++) runs.push(await timed(args, { keep: r === 0 }));
  return { seconds: median(runs.map((x) => x.seconds)), peakMB: Math.max(...runs.map((x) => x.peakMB)), stdout: runs[0].stdout };
}

export async function run() {
  const rows = [];
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-dups-bench-'));
  const files = benchCorpus({ seed: 16, reports: 10_000 });
  writeCorpus(dir, files);
  const mb = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 2 ** 20;

  const dup = await thrice(['duplicates', '-q', '--jobs', '2', dir]);
  rows.push({ name: `huiyi duplicates, ${files.length} generated reports (${mb.toFixed(1)} MB), --jobs 2 (median of 3)`, value: mb / dup.seconds, unit: 'MB/s', target: '>= 15' });
  rows.push({ name: 'huiyi duplicates, peak memory (VmHWM)', value: dup.peakMB, unit: 'MB' });
  const exported = (await timed(['export', '-q', '--jobs', '2', dir], { keep: true })).stdout;
  const meetings = new Map();
  for (const line of exported.split('\n')) {
    if (!line) continue;
    const m = JSON.parse(line);
    meetings.set(m.file, Math.max(meetings.get(m.file) ?? 0, m.meeting + 1));
  }
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const s = score(truth, dup.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), meetings);
  rows.push({ name: `pair precision on the same corpus (${s.truePairs} true pairs)`, value: s.precision, unit: '', target: '>= 0.99' });
  rows.push({ name: 'pair recall on the same corpus', value: s.recall, unit: '', target: '>= 0.95' });
  const one = await thrice(['duplicates', '-q', '--jobs', '1', dir]);
  rows.push({ name: 'huiyi duplicates --jobs 1 (one thread; median of 3)', value: mb / one.seconds, unit: 'MB/s' });
  const exp = await thrice(['export', '-q', '--jobs', '2', dir]);
  rows.push({ name: 'huiyi export (with cluster and canonical), same corpus, --jobs 2 (median of 3)', value: mb / exp.seconds, unit: 'MB/s' });
  rows.push({ name: 'huiyi export, peak memory (VmHWM)', value: exp.peakMB, unit: 'MB' });
  const check = await thrice(['check', '-q', '--format', 'jsonl', '--jobs', '2', dir]);
  rows.push({ name: 'anchor: huiyi check --format jsonl, same corpus, --jobs 2 (median of 3)', value: mb / check.seconds, unit: 'MB/s', ratio: `duplicates runs at ${(check.seconds / dup.seconds).toFixed(2)}× its speed` });

  // The recombined-seed corpus of the command-line benchmark: thousands of copies of five seeds.
  const big = mkdtempSync(join(tmpdir(), 'huiyi-dups-bench-seeds-'));
  const { reports } = recombinedCorpus(80 * 1024 * 1024, 11);
  let bytes = 0;
  reports.slice(0, 10_000).forEach((r, i) => {
    writeFileSync(join(big, `r${String(i).padStart(5, '0')}.txt`), r);
    bytes += Buffer.byteLength(r);
  });
  const bigMB = bytes / 2 ** 20;
  const seeds = await thrice(['duplicates', '-q', '--jobs', '2', big]);
  rows.push({ name: `huiyi duplicates, recombined seeds (${bigMB.toFixed(1)} MB, cli.bench's corpus), --jobs 2 (median of 3)`, value: bigMB / seeds.seconds, unit: 'MB/s', target: '>= 15' });
  rows.push({ name: 'huiyi duplicates, recombined seeds, peak memory (VmHWM)', value: seeds.peakMB, unit: 'MB' });
  const seedsExport = await thrice(['export', '-q', '--jobs', '2', big]);
  rows.push({ name: 'huiyi export, recombined seeds, --jobs 2 (median of 3)', value: bigMB / seedsExport.seconds, unit: 'MB/s', target: '>= 20' });
  rows.push({ name: 'huiyi export, recombined seeds, peak memory (VmHWM)', value: seedsExport.peakMB, unit: 'MB' });
  return rows;
}
