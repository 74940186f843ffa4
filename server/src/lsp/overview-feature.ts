// The `huiyi/corpusOverview` request behind the client's Corpus Overview panel: one call to the
// language service over the corpus index's summaries, with the panel's filter. It never waits for
// indexing: it answers with what the index holds now.
import { CORPUS_OVERVIEW_REQUEST, type CorpusOverviewParams } from '../protocol/api';
import type { ReportSummary } from '../core';
import type { ServerFeature } from './feature';
import type { ParamShape } from './request-params';
import { runSafe } from './run-safe';

const OVERVIEW_PARAMS: ParamShape = [
  ['filter', 'object?'],
  ['filter.body', 'string?'],
  ['filter.from', 'string?'],
  ['filter.to', 'string?'],
  ['filter.script', 'string?'],
  ['officials', 'number?'],
  ['files', 'number?'],
];

/** How long the panel's summaries are kept after its last request (a filter change reads them again soon). */
const KEEP_MS = 30_000;

export const overviewFeature: ServerFeature = {
  capabilities: {},
  register({ connection, index, log, service }) {
    // With the persisted index every summary is read from its file: kept while the panel is in use
    // (until the index changes, or for KEEP_MS after the last request), then released.
    let kept: { changes: number; summaries: ReportSummary[]; timer: NodeJS.Timeout } | undefined;
    const summaries = (): Iterable<ReportSummary> => {
      const corpus = index.corpus;
      if (!corpus.persisted) return corpus.summaries();
      if (kept?.changes !== corpus.changes) {
        if (kept) clearTimeout(kept.timer);
        kept = { changes: corpus.changes, summaries: [...corpus.summaries()], timer: setTimeout(() => (kept = undefined), KEEP_MS) };
      }
      kept.timer.refresh();
      kept.timer.unref();
      return kept.summaries;
    };
    connection.onRequest(CORPUS_OVERVIEW_REQUEST, (params: CorpusOverviewParams | undefined, token) =>
      runSafe(
        log,
        'the corpus overview',
        token,
        () => service.corpusOverview(summaries(), { filter: params?.filter, officials: params?.officials, files: params?.files, copies: index.corpus }),
        params ?? {},
        OVERVIEW_PARAMS,
      ),
    );
  },
};
