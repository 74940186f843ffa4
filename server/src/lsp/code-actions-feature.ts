// Damage repairs as code actions (quickfix, fix all of a kind, source.fixAll.huiyi), offered
// through the code-action hub; the core computes them from the findings cached for the
// document's current version.
import { FIX_ALL_KIND, damageCodeActions } from '../core';
import { addCodeActionProvider } from './code-action-hub';
import type { ServerFeature } from './feature';

addCodeActionProvider({
  id: 'damage',
  kinds: ['quickfix', FIX_ALL_KIND],
  provide({ documents, service, settingsOf }, params) {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const settings = settingsOf(document.uri);
    const { model } = service.analyse(document, settings);
    if (!model) return [];
    return damageCodeActions(document, model, settings.damage, {
      range: params.range,
      diagnostics: params.context.diagnostics,
      only: params.context.only,
    });
  },
});

/** Registers nothing itself: the hub owns the handlers. Listed in FEATURES so its module loads. */
export const damageRepairFeature: ServerFeature = {
  capabilities: {},
  register() {},
};
