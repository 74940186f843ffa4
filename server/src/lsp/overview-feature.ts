// The `huiyi/corpusOverview` request behind the client's Corpus Overview panel: one call to the
// language service over the corpus index, with the panel's filter. It never waits for indexing:
// it answers with what the index holds now. With the persisted index the tallies are counted in
// SQL on the store (index-store/overview-queries.ts), never by reading every summary back; in
// memory they are counted over the summaries in uri order, the order the store counts in, so
// both give the same figures. With `packed` the officials' marks come packed (core/features/overview-packing.ts).
import { CORPUS_OVERVIEW_REQUEST, type CorpusOverviewParams } from '../protocol/api';
import { packOverview, type OverviewTallies, type OverviewTallySource, type ReportSummary } from '../core';
import type { CorpusIndex } from './corpus-index';
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
  ['packed', 'boolean?'],
];

const byUri = (a: ReportSummary, b: ReportSummary) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);

/** Nothing counted (a store found damaged while counting is set aside: the next request counts the new one). */
const NOTHING: OverviewTallies = { reports: 0, meetings: 0, undated: 0, months: [], bodies: [], officials: new Map(), damage: [], files: [], everyBody: new Map(), first: '', last: '', marks: () => new Map() };

/** What the overview counts over: the store's SQL when there is one, else the summaries in uri order. */
function overviewSource(corpus: CorpusIndex): Iterable<ReportSummary> | OverviewTallySource {
  if (corpus.persisted) return { overviewTallies: (query) => corpus.overviewTallies(query) ?? NOTHING };
  return [...corpus.summaries()].sort(byUri);
}

export const overviewFeature: ServerFeature = {
  capabilities: {},
  register({ connection, index, log, service }) {
    connection.onRequest(CORPUS_OVERVIEW_REQUEST, (params: CorpusOverviewParams | undefined, token) =>
      runSafe(
        log,
        'the corpus overview',
        token,
        () => {
          const overview = service.corpusOverview(overviewSource(index.corpus), { filter: params?.filter, officials: params?.officials, files: params?.files, copies: index.corpus });
          return params?.packed ? packOverview(overview) : overview;
        },
        params ?? {},
        OVERVIEW_PARAMS,
      ),
    );
  },
};
