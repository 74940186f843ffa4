// A `huiyi` worker thread (dist/cli-worker.js): runs jobs for the pool with its own core.
import { parentPort, workerData } from 'node:worker_threads';
import { createLanguageService } from '../core/language-service';
import { runJob, type FileResult, type JobOptions } from './job';
import type { PoolMessage } from './pool';

const options = workerData as JobOptions;
const service = createLanguageService({ cacheSize: 1 });
const encoder = new TextEncoder();

parentPort!.on('message', (m: PoolMessage) => {
  let result: FileResult;
  try {
    result = runJob(m.input, options, service);
  } catch (error) {
    result = { id: m.input.id, status: 'error', reason: `internal error: ${error instanceof Error ? error.message : String(error)}`, bytes: 0, byCode: {}, meetings: 0, officials: [] };
  }
  // The output goes back as bytes in a transferred buffer: no copy, and the main thread only writes.
  if (typeof result.output === 'string' && result.output) {
    const bytes = encoder.encode(result.output);
    parentPort!.postMessage({ index: m.index, result: { ...result, output: bytes } }, [bytes.buffer]);
  } else parentPort!.postMessage({ index: m.index, result });
});
