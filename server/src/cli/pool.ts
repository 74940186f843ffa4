// Runs jobs across worker threads (`--jobs`, the core count by default) and hands results back
// in input order. With one job, everything runs in this thread.
import { createLanguageService, lazyJiebaSegmenter, useLocale } from '../core';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { ByteSink } from './format/byte-sink';
import type { Input } from './inputs';
import { runJobSafely, type FileResult, type JobOptions } from './job';

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Consecutive inputs sent to a worker in one message, and their results sent back in one. */
export interface PoolBatch {
  readonly first: number;
  readonly inputs: readonly Input[];
}

export interface PoolResults {
  readonly first: number;
  readonly results: readonly FileResult[];
}

/**
 * A batch holds up to this many inputs, or inputs with up to this many characters of text: one
 * message per file made postMessage a visible part of a worker's profile (figures in
 * docs/benchmarks.md, "Why the optimisations are there").
 */
const BATCH_FILES = 16;
const BATCH_CHARS = 4 * 2 ** 20;
/** V8's --max-inlined-bytecode-size-cumulative for worker threads (V8's default: 920). */
const WORKER_INLINING_BUDGET = 100;

/** Calls `onResult` for each input, in input order, as soon as its turn comes. */
export async function runAll(inputs: readonly Input[], options: JobOptions, jobs: number, onResult: (r: FileResult, index: number) => void): Promise<void> {
  if (jobs <= 1 || inputs.length < 2) {
    const service = createLanguageService({ cacheSize: 1, segmenter: lazyJiebaSegmenter() });
    if (options.locale) useLocale(options.locale);
    const sink = new ByteSink();
    inputs.forEach((input, i) => {
      sink.reset();
      const result = runJobSafely(input, options, service, sink);
      // A copy: the sink's buffer is written again for the next input.
      onResult(sink.length ? { ...result, output: sink.view().slice() } : result, i);
    });
    return;
  }
  const results = new Map<number, FileResult>();
  let nextOut = 0;
  let nextIn = 0;
  const flush = () => {
    while (results.has(nextOut)) {
      const r = results.get(nextOut)!;
      results.delete(nextOut);
      onResult(r, nextOut++);
    }
  };
  const nextBatch = (): PoolBatch | undefined => {
    if (nextIn >= inputs.length) return undefined;
    const first = nextIn;
    let chars = 0;
    while (nextIn < inputs.length && nextIn - first < BATCH_FILES && (nextIn === first || chars < BATCH_CHARS)) chars += inputs[nextIn++].text?.length ?? 0;
    return { first, inputs: inputs.slice(first, nextIn) };
  };
  // Each worker thread optimizes the hot code for itself (TurboFan, on background threads); with
  // every core busy, that compiling competes with the work. A smaller inlining budget compiles in a
  // fraction of the time, for code within a few percent as fast (figures in docs/benchmarks.md,
  // "Why the optimisations are there"). Set before the workers start: V8 reads it when it compiles.
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${WORKER_INLINING_BUDGET}`);
  const workers = Array.from({ length: Math.min(jobs, inputs.length) }, () => new Worker(join(__dirname, 'cli-worker.js'), { workerData: options }));
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          // Two batches in flight per worker, so it never waits on this thread.
          const send = () => {
            const batch = nextBatch();
            if (batch) worker.postMessage(batch);
            return !!batch;
          };
          let inFlight = 0;
          if (send()) inFlight++;
          if (send()) inFlight++;
          if (!inFlight) resolve();
          worker.on('message', (m: PoolResults) => {
            m.results.forEach((r, k) => results.set(m.first + k, r));
            flush();
            inFlight--;
            if (send()) inFlight++;
            if (!inFlight) resolve();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker stopped with code ${code}`))));
        }),
    ),
  );
  await Promise.all(workers.map((w) => w.terminate()));
  flush();
}
