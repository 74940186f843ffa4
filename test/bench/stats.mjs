// Small helpers shared by the benchmark modules.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export function seedTexts() {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * A corpus of `targetBytes` made by recombining the seeds: each report is one seed, or two seeds
 * joined (multi-meeting files), with the date changed so reports differ.
 */
export function recombinedCorpus(targetBytes, seed = 1) {
  const seeds = seedTexts();
  let state = seed;
  const rand = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const reports = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const a = seeds[Math.floor(rand() * seeds.length)];
    const b = rand() < 0.3 ? '\n\n' + seeds[Math.floor(rand() * seeds.length)] : '';
    const month = 1 + Math.floor(rand() * 12);
    const text = (a + b).replace(/(\d{1,2})月(\d{1,2})日/, `${month}月$2日`);
    reports.push(text);
    bytes += Buffer.byteLength(text);
  }
  return { reports, bytes };
}

export const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Polls a child process's peak resident memory (VmHWM); the function returned stops and gives it in MB. */
export function watchPeakMemory(child) {
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      /* exited */
    }
  }, 50);
  return () => {
    clearInterval(poll);
    return peak;
  };
}
