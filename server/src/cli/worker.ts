// A `huiyi` worker thread (dist/cli-worker.js): runs jobs for the pool with its own core.
import { parentPort, workerData } from 'node:worker_threads';
import { createLanguageService } from '../core/language-service';
import { runJob, type FileResult, type JobOptions } from './job';
import type { PoolMessage } from './pool';

const options = workerData as JobOptions;
const service = createLanguageService({ cacheSize: 1 });

parentPort!.on('message', (m: PoolMessage) => {
  let result: FileResult;
  try {
    result = runJob(m.input, options, service);
  } catch (error) {
    result = { id: m.input.id, status: 'error', reason: `internal error: ${error instanceof Error ? error.message : String(error)}`, bytes: 0, byCode: {}, meetings: 0, officials: [] };
  }
  parentPort!.postMessage({ index: m.index, result });
});
