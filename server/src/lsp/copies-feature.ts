// Copies of a meeting across the workspace (issue 16): a code lens on each meeting that other files
// copy, from the corpus index's clusters; lenses are refreshed when the index changes (a build
// ends, a file is read again), since another file's copy changes what this one shows.
import { CodeLensRefreshRequest } from 'vscode-languageserver/node';
import type { ServerFeature } from './feature';
import { runSafe } from './run-safe';
import { DOCUMENT_PARAMS } from './request-params';

const REFRESH_MS = 300;

export const copiesFeature: ServerFeature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, documents, service, index, settingsOf, log }) {
    connection.onCodeLens((params, token) =>
      runSafe(log, 'code lenses', token, () => {
        const document = documents.get(params.textDocument.uri);
        return document ? service.copyLenses(document, index.corpus, settingsOf(document.uri)) : [];
      }, params, DOCUMENT_PARAMS),
    );
    let timer: NodeJS.Timeout | undefined;
    index.onChanged = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // A client without workspace/codeLens/refresh answers with an error: it asks again on its own.
        connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      }, REFRESH_MS);
    };
  },
};
