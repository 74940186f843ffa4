// Officials in the editor: hover card, go to definition, references across the workspace,
// document highlights, rename across the corpus, semantic tokens, and the `huiyi/officials`
// request behind the client's Officials view. Each handler is one call to the language service,
// which reads the cached model; the corpus index gives what other files hold. None parses again
// or waits for indexing.
import { OFFICIAL_TOKEN_TYPES, skippedSummary, t } from '../core';
import { forClient } from './edit-support';
import type { TextDocumentIdentifier } from 'vscode-languageserver/node';
import { OFFICIALS_REQUEST, type OfficialsRequestParams } from '../protocol/api';
import type { ServerContext, ServerFeature } from './feature';
import { runSafe } from './run-safe';
import { DOCUMENT_PARAMS, POSITION_PARAMS, RENAME_PARAMS } from './request-params';

function documentOf(context: ServerContext, params: { textDocument: TextDocumentIdentifier }) {
  const document = context.documents.get(params.textDocument.uri);
  return document && { document, settings: context.settingsOf(document.uri) };
}

export const officialsFeature: ServerFeature = {
  capabilities: {
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    semanticTokensProvider: { legend: { tokenTypes: [...OFFICIAL_TOKEN_TYPES], tokenModifiers: [] }, full: true },
  },
  register(context) {
    const { connection, index, log, service } = context;
    const corpus = index.corpus;

    connection.onHover((params, token) =>
      runSafe(log, 'the hover', token, () => {
        const d = documentOf(context, params);
        return (d && corpus.reading(() => service.hover(d.document, params.position, corpus, d.settings))) || null;
      }, params, POSITION_PARAMS),
    );
    connection.onDefinition((params, token) =>
      runSafe(log, 'the definition', token, () => {
        const d = documentOf(context, params);
        return (d && service.definition(d.document, params.position, d.settings)) ?? null;
      }, params, POSITION_PARAMS),
    );
    connection.onReferences((params, token) =>
      runSafe(log, 'references', token, () => {
        const d = documentOf(context, params);
        return d ? corpus.reading(() => service.references(d.document, params.position, corpus, d.settings)) : [];
      }, params, POSITION_PARAMS),
    );
    connection.onDocumentHighlight((params, token) =>
      runSafe(log, 'highlights', token, () => {
        const d = documentOf(context, params);
        return d ? service.highlights(d.document, params.position, d.settings) : [];
      }, params, POSITION_PARAMS),
    );
    connection.onPrepareRename((params, token) =>
      runSafe(log, 'rename', token, () => {
        const d = documentOf(context, params);
        return (d && service.prepareRename(d.document, params.position, d.settings)) ?? null;
      }, params, POSITION_PARAMS),
    );
    connection.onRenameRequest((params, token) =>
      runSafe(log, 'rename', token, () => {
        const d = documentOf(context, params);
        const edit = d && corpus.reading(() => service.rename(d.document, params.position, params.newName, corpus, d.settings));
        if (!edit) return null;
        // Clients without the refactor preview still hear which files were left out.
        const skipped = skippedSummary([...corpus.skippedFiles()].filter((f) => f.uri !== d.document.uri));
        if (skipped && !context.edits.annotations) void connection.window.showInformationMessage(t('Rename: {0}', skipped));
        return forClient(context, edit);
      }, params, RENAME_PARAMS),
    );
    connection.languages.semanticTokens.on((params, token) =>
      runSafe(log, 'semantic tokens', token, () => {
        const d = documentOf(context, params);
        return { data: d ? service.semanticTokens(d.document, d.settings) : [] };
      }, params, DOCUMENT_PARAMS),
    );
    connection.onRequest(OFFICIALS_REQUEST, (params: OfficialsRequestParams | undefined, token) =>
      runSafe(log, 'the officials', token, () => {
        // The persisted index ranks the first officials in SQL; a query or another order needs them all.
        const ranked = !params?.query && (params?.sort ?? 'meetings') === 'meetings';
        return corpus.reading(() => service.officialsOfSources(corpus.officialSources(ranked ? (params?.limit ?? 2000) : undefined), { query: params?.query, sort: params?.sort, limit: params?.limit, copies: corpus }));
      }),
    );
  },
};
