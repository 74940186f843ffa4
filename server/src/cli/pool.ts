// Runs jobs across worker threads (`--jobs`, the core count by default) and hands results back
// in input order. With one job, everything runs in this thread.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createLanguageService } from '../core/language-service';
import type { Input } from './inputs';
import { runJob, type FileResult, type JobOptions } from './job';

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export interface PoolMessage {
  readonly index: number;
  readonly input: Input;
}

/** Calls `onResult` for each input, in input order, as soon as its turn comes. */
export async function runAll(inputs: readonly Input[], options: JobOptions, jobs: number, onResult: (r: FileResult, index: number) => void): Promise<void> {
  if (jobs <= 1 || inputs.length < 2) {
    const service = createLanguageService({ cacheSize: 1 });
    inputs.forEach((input, i) => onResult(runJob(input, options, service), i));
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
  const workers = Array.from({ length: Math.min(jobs, inputs.length) }, () => new Worker(join(__dirname, 'cli-worker.js'), { workerData: options }));
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          // Two inputs in flight per worker, so it never waits on this thread.
          const send = () => {
            if (nextIn < inputs.length) {
              const index = nextIn++;
              worker.postMessage({ index, input: inputs[index] } satisfies PoolMessage);
              return true;
            }
            return false;
          };
          let inFlight = 0;
          if (send()) inFlight++;
          if (send()) inFlight++;
          if (!inFlight) resolve();
          worker.on('message', (m: { index: number; result: FileResult }) => {
            results.set(m.index, m.result);
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
