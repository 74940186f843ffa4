// A `huiyi` worker thread (dist/cli-worker.js): runs batches of jobs for the pool with its own core.
import { parentPort, workerData } from 'node:worker_threads';
import { createLanguageService } from '../core/language-service';
import { loadJiebaSegmenter } from '../core/officials/jieba-segmenter';
import { useSegmenter } from '../core/officials/segmenter';
import { runJob, type FileResult, type JobOptions } from './job';
import type { PoolBatch, PoolResults } from './pool';

const options = workerData as JobOptions;
const service = createLanguageService({ cacheSize: 1 });
// The same name boundaries as the editor's corpus index: nodejieba where the vocabulary cannot decide.
useSegmenter(loadJiebaSegmenter());
const encoder = new TextEncoder();

parentPort!.on('message', (batch: PoolBatch) => {
  const results: FileResult[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const input of batch.inputs) {
    let result: FileResult;
    try {
      result = runJob(input, options, service);
    } catch (error) {
      result = { id: input.id, status: 'error', reason: `internal error: ${error instanceof Error ? error.message : String(error)}`, bytes: 0, byCode: {}, meetings: 0, officials: [] };
    }
    // Output goes back as bytes in transferred buffers: no copy, and the main thread only writes.
    if (typeof result.output === 'string' && result.output) {
      const bytes = encoder.encode(result.output);
      transfer.push(bytes.buffer as ArrayBuffer);
      result = { ...result, output: bytes };
    }
    results.push(result);
  }
  parentPort!.postMessage({ first: batch.first, results } satisfies PoolResults, transfer);
});
