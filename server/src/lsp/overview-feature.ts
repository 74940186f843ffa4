// The `huiyi/corpusOverview` request behind the client's Corpus Overview panel: one call to the
// language service over the corpus index's summaries, with the panel's filter. It never waits for
// indexing: it answers with what the index holds now.
import { CORPUS_OVERVIEW_REQUEST, type CorpusOverviewParams } from '../protocol/api';
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

export const overviewFeature: ServerFeature = {
  capabilities: {},
  register({ connection, index, log, service }) {
    connection.onRequest(CORPUS_OVERVIEW_REQUEST, (params: CorpusOverviewParams | undefined, token) =>
      runSafe(
        log,
        'the corpus overview',
        token,
        () => service.corpusOverview(index.corpus.summaries(), { filter: params?.filter, officials: params?.officials, files: params?.files, copies: index.corpus }),
        params ?? {},
        OVERVIEW_PARAMS,
      ),
    );
  },
};
