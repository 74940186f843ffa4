// Document symbols, folding ranges and workspace symbols.
import type { ServerFeature } from './feature';
import { runSafe } from './run-safe';
import { DOCUMENT_PARAMS, WORKSPACE_SYMBOL_PARAMS } from './request-params';

export const outlineFeature: ServerFeature = {
  capabilities: {
    documentSymbolProvider: { label: 'Huiyi' },
    foldingRangeProvider: true,
    workspaceSymbolProvider: true,
  },
  register({ connection, documents, service, index, settingsOf, log }) {
    connection.onDocumentSymbol((params, token) =>
      runSafe(log, 'the outline', token, () => {
        const document = documents.get(params.textDocument.uri);
        return document ? service.documentSymbols(document, settingsOf(document.uri)) : [];
      }, params, DOCUMENT_PARAMS),
    );
    connection.onFoldingRanges((params, token) =>
      runSafe(log, 'folding ranges', token, () => {
        const document = documents.get(params.textDocument.uri);
        return document ? service.foldingRanges(document, settingsOf(document.uri)) : [];
      }, params, DOCUMENT_PARAMS),
    );
    connection.onWorkspaceSymbol((params, token) =>
      runSafe(log, 'workspace symbols', token, () => service.workspaceSymbols(index.meetingsMatching(params.query), params.query), params, WORKSPACE_SYMBOL_PARAMS),
    );
  },
};
