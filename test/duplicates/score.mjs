#!/usr/bin/env node
// Pair precision and recall of `huiyi duplicates` on a corpus of make-corpus.mjs: a pair is two
// meetings of different files; it is a true pair when truth.json gives both the same source
// meeting, and a found pair when they are in the same cluster.
//   node test/duplicates/score.mjs DIR       (after make-corpus.mjs DIR); prints the figures and misses
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '../../..');

/** Scores clusters (records of huiyi duplicates) against the truth; `meetings` counts per file from export. */
export function score(truth, clusters, meetingsPerFile) {
  const keyOf = (file, meeting) => truth[basename(file)]?.[meeting] ?? `${basename(file)}#extra${meeting}`;
  // Every meeting the model found, with its true key.
  const all = [];
  for (const [file, n] of meetingsPerFile) for (let m = 0; m < n; m++) all.push({ file: basename(file), meeting: m, key: keyOf(file, m) });
  const clusterOf = new Map();
  for (const c of clusters) for (const m of c.members) clusterOf.set(`${basename(m.file)}#${m.meeting}`, c.cluster);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const falsePairs = [];
  const missed = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const b = all[j];
      if (a.file === b.file) continue;
      const same = a.key === b.key;
      const ca = clusterOf.get(`${a.file}#${a.meeting}`);
      const found = ca !== undefined && ca === clusterOf.get(`${b.file}#${b.meeting}`);
      if (same && found) tp++;
      else if (found) {
        fp++;
        falsePairs.push(`${a.file}#${a.meeting} ~ ${b.file}#${b.meeting}`);
      } else if (same) {
        fn++;
        missed.push(`${a.file}#${a.meeting} ~ ${b.file}#${b.meeting}`);
      }
    }
  }
  // Meetings the model found where the truth has another count (a segmentation difference).
  const segmentation = [...meetingsPerFile].filter(([file, n]) => truth[basename(file)] && truth[basename(file)].length !== n).map(([file, n]) => `${basename(file)}: ${n} meetings, truth ${truth[basename(file)].length}`);
  return { truePairs: tp + fn, foundPairs: tp + fp, tp, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, falsePairs, missed, segmentation };
}

/** Runs the built CLI on DIR: clusters from huiyi duplicates, meeting counts from huiyi export. */
export function scoreDir(dir, { jobs = 2 } = {}) {
  const cli = join(ROOT, 'dist/cli.js');
  const run = (args) => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`huiyi ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  };
  const clusters = run(['duplicates', '-q', '--jobs', String(jobs), dir]);
  const meetings = new Map();
  for (const m of run(['export', '-q', '--jobs', String(jobs), dir])) meetings.set(m.file, Math.max(meetings.get(m.file) ?? 0, m.meeting + 1));
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  return { ...score(truth, clusters, meetings), clusters };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = scoreDir(process.argv[2]);
  console.log(`true pairs ${s.truePairs}, found ${s.foundPairs}, correct ${s.tp}: precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}`);
  for (const x of s.falsePairs) console.log(`false: ${x}`);
  for (const x of s.missed) console.log(`missed: ${x}`);
  for (const x of s.segmentation) console.log(`segmentation: ${x}`);
}
