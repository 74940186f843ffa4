// Officials in the editor: hover card, go to definition, references across the workspace,
// document highlights, rename across the corpus, semantic tokens, and the `huiyi/officials`
// request behind the client's Officials view. Every handler reads the cached model and the
// corpus index; none parses again or waits for indexing.
import { OFFICIAL_TOKEN_TYPES, creditHover, officialDefinition, officialHighlights, officialHover, officialNameAt, officialReferences, officialTokens, prepareOfficialRename, renameOfficial } from '../core';
import type { Position, TextDocumentIdentifier } from 'vscode-languageserver/node';
import { OFFICIALS_REQUEST, type OfficialsRequestParams } from '../protocol/api';
import type { ServerContext, ServerFeature } from './feature';
import { runSafe } from './run-safe';
import { DOCUMENT_PARAMS, POSITION_PARAMS, RENAME_PARAMS } from './request-params';


function at(context: ServerContext, params: { textDocument: TextDocumentIdentifier; position: Position }) {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return undefined;
  const model = context.service.analyse(document, context.settingsOf(document.uri)).model;
  return model ? { document, model, offset: document.offsetAt(params.position) } : undefined;
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
    const { connection, index, log } = context;
    const corpus = index.corpus;

    connection.onHover((params, token) =>
      runSafe(log, 'the hover', token, () => {
        const a = at(context, params);
        if (!a) return null;
        const name = officialNameAt(a.model, a.offset);
        // A credited name (记者 张三) is a person but no official: its card says so.
        return (name ? officialHover(a.document, a.model, a.offset, corpus.appearances(name)) : creditHover(a.document, a.model, a.offset)) || null;
      }, params, POSITION_PARAMS),
    );
    connection.onDefinition((params, token) =>
      runSafe(log, 'the definition', token, () => {
        const a = at(context, params);
        return (a && officialDefinition(a.document, a.model, a.offset)) ?? null;
      }, params, POSITION_PARAMS),
    );
    connection.onReferences((params, token) =>
      runSafe(log, 'references', token, () => {
        const a = at(context, params);
        const name = a && officialNameAt(a.model, a.offset);
        return a && name ? officialReferences(a.document, a.model, a.offset, corpus.locations(name)) : [];
      }, params, POSITION_PARAMS),
    );
    connection.onDocumentHighlight((params, token) =>
      runSafe(log, 'highlights', token, () => {
        const a = at(context, params);
        return a ? officialHighlights(a.document, a.model, a.offset) : [];
      }, params, POSITION_PARAMS),
    );
    connection.onPrepareRename((params, token) =>
      runSafe(log, 'rename', token, () => {
        const a = at(context, params);
        return (a && prepareOfficialRename(a.document, a.model, a.offset)) ?? null;
      }, params, POSITION_PARAMS),
    );
    connection.onRenameRequest((params, token) =>
      runSafe(log, 'rename', token, () => {
        const a = at(context, params);
        const name = a && officialNameAt(a.model, a.offset);
        if (!a || !name || !params.newName.trim()) return null;
        return renameOfficial(officialReferences(a.document, a.model, a.offset, corpus.locations(name)), params.newName.trim());
      }, params, RENAME_PARAMS),
    );
    connection.languages.semanticTokens.on((params, token) =>
      runSafe(log, 'semantic tokens', token, () => {
        const document = context.documents.get(params.textDocument.uri);
        if (!document) return { data: [] };
              const model = context.service.analyse(document, context.settingsOf(document.uri)).model;
        return { data: model ? officialTokens(document, model) : [] };
      }, params, DOCUMENT_PARAMS),
    );
    connection.onRequest(OFFICIALS_REQUEST, (params: OfficialsRequestParams | undefined, token) =>
      runSafe(log, 'the officials', token, () => {
        const query = params?.query?.trim();
        const all = corpus.officials(params?.limit ?? 2000);
        return query ? all.filter((o) => o.name.includes(query) || o.spellings.some((s) => s.includes(query))) : all;
      }),
    );
  },
};
