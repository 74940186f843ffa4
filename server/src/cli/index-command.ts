// `huiyi index PATHS --db FILE`: builds or updates the persisted corpus index (the editor's, see
// server/src/index-store) with the worker pool. Only new files and files whose size, time or text
// changed are read again (a file touched but unchanged is recognised by its hash); files gone from
// the folders named are dropped. Written in transactions of BATCH files: a run killed midway
// leaves the index as of its last batch, and the next run carries on from there.
import { DEFAULT_SETTINGS, resolveSettings, type HuiyiSettings } from '../core';
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IndexStore, versionStamp, type FileState, type IndexedFile } from '../index-store/store';
import { parseArgs, UsageError } from './args';
import { collectInputs, type Input } from './inputs';
import type { JobOptions } from './job';
import { defaultJobs, runAll } from './pool';
import { Progress } from './progress';
import { readSettingsFile } from './settings-file';

export const INDEX_HELP = `Usage: huiyi index [options] --db FILE <paths…|->

Builds or updates the corpus index in FILE (SQLite; schemas/index.sql), the same index the editor
keeps: meetings, officials and their mentions, findings per file. Only new and changed files are
read (size, modification time, then the text's hash); files no longer under the folders named are
dropped. Safe to interrupt: the next run goes on from the last batch written.

Options:
  --db FILE                   the index file (created when missing; a file that is not a Huiyi
                              index, or is damaged, is moved to FILE.bad and rebuilt)
  --settings FILE             the editor's settings.json (huiyi.officials.*: names ignored or added)
  -j, --jobs N                worker threads (default: the number of cores)
  --max-file-size MB          larger files are skipped (default: 20, as in the editor)
  -q, --quiet                 no progress bar

Then ask it questions with huiyi query --db FILE "SQL".

Exit status: 0 done, 1 some files could not be read, 2 usage error.`;

/** Files per transaction. */
const BATCH = 200;

function settingsOf(options: Map<string, string | true>): HuiyiSettings {
  const fromFile = options.has('settings') ? resolveSettings(readSettingsFile(String(options.get('settings')))) : DEFAULT_SETTINGS;
  const max = options.has('max-file-size') ? Number(options.get('max-file-size')) : DEFAULT_SETTINGS.maxFileSizeMB;
  if (!(max > 0)) throw new UsageError('--max-file-size needs a size in MB, above 0');
  // The editor's extraction: default damage settings, the user's officials settings.
  return { ...DEFAULT_SETTINGS, officials: fromFile.officials, maxFileSizeMB: max };
}

/** Whether a stored file lies under what was named (a folder, or the file itself). */
function underAny(path: string, roots: readonly string[]): boolean {
  return roots.some((r) => path === r || path.startsWith(r.endsWith(sep) ? r : r + sep));
}

export async function runIndex(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(INDEX_HELP + '\n');
    return 0;
  }
  const { positional, options } = parseArgs(argv, ['db', 'jobs', 'settings', 'max-file-size'], ['quiet', 'help']);
  const db = options.get('db');
  if (typeof db !== 'string' || !db) throw new UsageError('--db FILE names the index file');
  if (!positional.length) throw new UsageError('name at least one file or folder to index (or - for standard input)');
  const jobs = options.has('jobs') ? Number(options.get('jobs')) : defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs needs a whole number of at least 1');
  const settings = settingsOf(options);
  const stamp = versionStamp(settings, settings.officials);

  const problems: { id: string; message: string }[] = [];
  const inputs = (await collectInputs(positional, problems)).filter((i) => {
    if (i.path) return true;
    problems.push({ id: i.id, message: 'the index holds files: give paths, not texts' });
    return false;
  });
  for (const p of problems) process.stderr.write(`huiyi: ${p.id}: ${p.message}\n`);

  const store = new IndexStore(resolve(db), (m) => process.stderr.write(`huiyi: ${m}\n`));
  try {
    const stored = store.states();
    const states = new Map<string, FileState>();
    const todo: Input[] = [];
    let unchanged = 0;
    for (const input of inputs) {
      const path = resolve(input.path!);
      const uri = pathToFileURL(path).href;
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue; // gone since it was listed: dropped below
      }
      const state: FileState = { uri, path, size: stat.size, mtimeMs: Math.round(stat.mtimeMs), hash: '' };
      states.set(input.id, state);
      const old = stored.get(uri);
      if (old && old.stamp === stamp && old.size === state.size && old.mtimeMs === state.mtimeMs) unchanged++;
      else todo.push({ ...input, knownHash: old && old.stamp === stamp ? old.hash : undefined });
    }
    const roots = positional.filter((p) => p !== '-').map((p) => resolve(p));
    const present = new Set([...states.values()].map((s) => s.uri));
    const deleted = [...stored.keys()].filter((uri) => !present.has(uri) && underAny(decodeURIComponent(new URL(uri).pathname), roots));

    const jobOptions: JobOptions = { command: 'index', format: 'jsonl', minimum: 'hint', settings };
    const progress = new Progress(todo.length, !!process.stderr.isTTY && !options.has('quiet'));
    let batch: IndexedFile[] = [];
    let touched: FileState[] = [];
    let failed = problems.length;
    let written = 0;
    let indexed = 0;
    const flush = () => {
      store.write(batch, stamp, written ? [] : deleted);
      store.touch(touched);
      written += batch.length || 1;
      batch = [];
      touched = [];
    };
    await runAll(todo, jobOptions, jobs, (r) => {
      progress.tick(r.bytes);
      const state = states.get(r.id)!;
      if (r.status === 'error') {
        failed++;
        process.stderr.write(`huiyi: ${r.id}: ${r.reason}\n`);
        return;
      }
      indexed++;
      if (r.index?.unchanged) touched.push({ ...state, hash: r.index.hash });
      else batch.push({ state: { ...state, hash: r.index?.hash ?? '' }, summary: r.index?.summary });
      if (batch.length + touched.length >= BATCH) flush();
    });
    flush();
    progress.end();
    process.stderr.write(`huiyi: ${store.file}: ${indexed} file${indexed === 1 ? '' : 's'} indexed, ${unchanged} unchanged, ${deleted.length} removed\n`);
    return failed ? 1 : 0;
  } finally {
    store.close();
  }
}
