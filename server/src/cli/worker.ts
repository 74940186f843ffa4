// A `huiyi` worker thread (dist/cli-worker.js): runs batches of jobs for the pool with its own core.
import { createLanguageService, lazyJiebaSegmenter, useLocale } from '../core';
import { parentPort, workerData } from 'node:worker_threads';
import { ByteSink } from './format/byte-sink';
import { runJobSafely, type FileResult, type JobOptions } from './job';
import type { PoolBatch, PoolResults } from './pool';

const options = workerData as JobOptions;
if (options.locale) useLocale(options.locale);
// The same name boundaries as the editor's corpus index: nodejieba where the vocabulary cannot
// decide (loaded the first time that happens).
const service = createLanguageService({ cacheSize: 1, segmenter: lazyJiebaSegmenter() });

parentPort!.on('message', (batch: PoolBatch) => {
  // The batch's output is written into one buffer, transferred (not copied) with the results;
  // each result's output is a view of its part.
  const sink = new ByteSink(1 << 20);
  const results: FileResult[] = [];
  const parts: [number, number][] = [];
  for (const input of batch.inputs) {
    const start = sink.length;
    const result = runJobSafely(input, options, service, sink);
    results.push(result);
    parts.push([start, sink.length]);
  }
  // Views are made once the buffer has stopped growing.
  const withOutput = results.map((r, k) => (parts[k][1] > parts[k][0] ? { ...r, output: sink.view(parts[k][0], parts[k][1]) } : r));
  parentPort!.postMessage({ first: batch.first, results: withOutput } satisfies PoolResults, [sink.arrayBuffer]);
});
