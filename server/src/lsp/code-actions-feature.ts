// Damage repairs as code actions (quickfix, fix all of a kind, source.fixAll.huiyi), offered
// through the code-action hub; the language service computes them from the findings cached for
// the document's current version.
import { FIX_ALL_KIND } from '../core';
import type { CodeActionProvider } from './code-action-hub';

export const damageCodeActionProvider: CodeActionProvider = {
  id: 'damage',
  kinds: ['quickfix', FIX_ALL_KIND],
  provide({ documents, service, settingsOf }, params) {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return service.damageCodeActions(document, { range: params.range, diagnostics: params.context.diagnostics, only: params.context.only }, settingsOf(document.uri));
  },
};
