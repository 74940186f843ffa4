// Traditional→simplified code actions (a paragraph, a selection, the whole document), listed and
// resolved by the language service (core/features/conversion-actions.ts) through the code-action
// hub. Also answers the status bar's huiyi/documentScript request and the workspace conversion
// command, and warms the OpenCC tables up after start-up.
import { CONVERSION_ACTION_KINDS, DEFAULT_CONVERSION_SETTINGS, convertToSimplified, type ConversionActionData } from '../core';
import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import type { CodeActionProvider } from './code-action-hub';
import type { ServerContext, ServerFeature } from './feature';
import { runSafe } from './run-safe';
import { DOCUMENT_SCRIPT_REQUEST, type DocumentScriptParams, type DocumentScriptResult } from '../protocol/api';

const PROVIDER = 'conversion';
type ActionData = ConversionActionData & { readonly provider: typeof PROVIDER };

function provide(context: ServerContext, params: CodeActionParams): CodeAction[] {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return [];
  const request = { range: params.range, diagnostics: params.context.diagnostics, only: params.context.only };
  // The hub routes codeAction/resolve by the provider named in the data.
  return context.service.conversionCodeActions(document, request, context.settingsOf(document.uri)).map((a) => ({ ...a, data: { provider: PROVIDER, ...(a.data as ConversionActionData) } }));
}

function resolve(context: ServerContext, action: CodeAction): CodeAction {
  const data = action.data as ActionData;
  const document = context.documents.get(data.uri);
  const edit = document && context.service.resolveConversion(document, data, context.settingsOf(document.uri));
  if (!edit) {
    // Version guard: an action listed for an older text never edits the newer one.
    context.log(`Conversion skipped: ${data.uri} changed since the action was offered.`);
    return action;
  }
  return { ...action, edit };
}

export const conversionCodeActionProvider: CodeActionProvider = { id: PROVIDER, kinds: CONVERSION_ACTION_KINDS, provide, resolve };

/** Long enough after start-up not to delay the first answer. */
const WARM_UP_DELAY_MS = 1000;

export const conversionFeature: ServerFeature = {
  capabilities: {},
  register(context) {
    const { connection, documents, log, service } = context;
    // Build the OpenCC tables once, in the background shortly after start-up, so that neither the
    // first answer nor the first code action waits for them.
    setTimeout(() => {
      try {
        convertToSimplified('乾隆經', DEFAULT_CONVERSION_SETTINGS);
      } catch (error) {
        log(`Could not prepare the OpenCC tables: ${String(error)}`);
      }
    }, WARM_UP_DELAY_MS).unref();
    connection.onRequest(DOCUMENT_SCRIPT_REQUEST, (params: DocumentScriptParams, token) =>
      runSafe(log, 'the document script', token, (): DocumentScriptResult | null => {
        const document = documents.get(params.uri);
        if (!document) return null;
        return service.documentScript(document, context.settingsOf(document.uri)) ?? null;
      }, params, [['uri', 'string']]),
    );
  },
};
