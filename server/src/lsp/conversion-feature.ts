// Traditional→simplified code actions: convert a paragraph (quickfix on a script.traditional
// finding), a selection (refactor.rewrite) or the whole document (source.convertToSimplified).
// Listing never converts: it reads the conversion cached for this version, and the edits of the
// selection and document actions are computed in codeAction/resolve. Also answers the status
// bar's huiyi/documentScript request. Mojibake is never converted (features/conversion-protection):
// the titles say how many damaged spans are left for their repair.
import { DEFAULT_CONVERSION_SETTINGS, TRADITIONAL_CODE, cachedConversion, convertToSimplified, documentConversion, documentProfile, documentProtection, forgetConversion, isDamageCode, protectedSpansIn, t, traditionalCharTable, type DocumentConversion, type DocumentScript, type Protection, type TraditionalFindingData } from '../core';
import type { CodeAction, CodeActionParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addCodeActionProvider, addCommand } from './code-action-hub';
import type { ServerContext, ServerFeature } from './feature';
import { runSafe } from './run-safe';
import { CONVERT_WORKSPACE_COMMAND, DOCUMENT_SCRIPT_REQUEST, type DocumentScriptParams, type DocumentScriptResult } from '../protocol/api';
import { convertWorkspace } from './workspace-conversion';

export const SOURCE_CONVERT_KIND = 'source.convertToSimplified';
const PROVIDER = 'conversion';
const EAGER_LIMIT = 50_000;

type Scope = 'paragraph' | 'selection' | 'document';
interface ActionData {
  readonly provider: typeof PROVIDER;
  readonly uri: string;
  readonly version: number;
  readonly scope: Scope;
  readonly start: number;
  readonly end: number;
}


function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Any character the character table converts, or a compatibility ideograph (cheap, no phrases). */
function mayHoldTraditional(text: string, start: number, end: number): boolean {
  const table = traditionalCharTable();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (table[c] !== c || (c >= 0xf900 && c <= 0xfaff)) return true;
  }
  return false;
}

function textEdits(document: TextDocument, conversion: DocumentConversion, start: number, end: number): TextEdit[] {
  const all = conversion.edits;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const edits: TextEdit[] = [];
  // A run cut by the start of a selection, likewise.
  const cut = all[lo];
  if (cut && cut.start < start && cut.end - cut.start === cut.text.length) {
    const stop = Math.min(cut.end, end);
    edits.push({ range: { start: document.positionAt(start), end: document.positionAt(stop) }, newText: cut.text.slice(start - cut.start, stop - cut.start) });
    lo++;
  } else if (cut && cut.start < start) lo++;
  for (let i = lo; i < all.length && all[i].start < end; i++) {
    const e = all[i];
    if (e.end <= end) edits.push({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text });
    // A run cut by the end of a selection: keep the part inside when it maps unit for unit.
    else if (e.end - e.start === e.text.length) edits.push({ range: { start: document.positionAt(e.start), end: document.positionAt(end) }, newText: e.text.slice(0, end - e.start) });
  }
  return edits;
}

/** The document's mojibake spans, which no conversion edits (from the findings of its diagnostics). */
function protectionOf(context: ServerContext, document: TextDocument): Protection {
  const settings = context.settingsOf(document.uri);
  return documentProtection(document, context.service.analyse(document, settings).model, settings.damage);
}

const paragraphTitle = (left: number) =>
  !left
    ? t('Convert this paragraph to simplified (转为简体)')
    : left === 1
      ? t('Convert this paragraph to simplified (转为简体) — {0} damaged span left for repair', left)
      : t('Convert this paragraph to simplified (转为简体) — {0} damaged spans left for repair', left);

const selectionTitle = (left: number) =>
  !left
    ? t('Convert selection to simplified (转为简体)')
    : left === 1
      ? t('Convert selection to simplified (转为简体) — {0} damaged span left for repair', left)
      : t('Convert selection to simplified (转为简体) — {0} damaged spans left for repair', left);

function documentTitle(characters: number | undefined, left: number): string {
  if (characters === undefined) {
    if (!left) return t('Convert document to simplified (全文转为简体)');
    return left === 1
      ? t('Convert document to simplified (全文转为简体) — {0} damaged span left for repair', left)
      : t('Convert document to simplified (全文转为简体) — {0} damaged spans left for repair', left);
  }
  if (!left) return t('Convert document to simplified (全文转为简体) — {0} characters', characters);
  return left === 1
    ? t('Convert document to simplified (全文转为简体) — {0} characters; {1} damaged span left for repair', characters, left)
    : t('Convert document to simplified (全文转为简体) — {0} characters; {1} damaged spans left for repair', characters, left);
}

function workspaceEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}

/** The document action's edit, kept for the last version resolved (resolving again is free). */
const resolvedDocumentEdits = new Map<string, { version: number; edit: WorkspaceEdit }>();

function provide(context: ServerContext, params: CodeActionParams): CodeAction[] {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return [];
  const settings = context.settingsOf(document.uri);
  const only = params.context.only;
  // Small documents are converted here (a few milliseconds, once per version); large ones only
  // on resolve (or once something else converted this version), so listing stays fast.
  const protection = protectionOf(context, document);
  const cached = document.getText().length <= EAGER_LIMIT ? documentConversion(document, settings.conversion, protection) : cachedConversion(document, settings.conversion, protection);
  const actions: CodeAction[] = [];
  const data = (scope: Scope, start: number, end: number): ActionData => ({ provider: PROVIDER, uri: document.uri, version: document.version, scope, start, end });

  if (wanted('quickfix', only)) {
    // On a damage finding, its repair is the preferred action (Enter in the Ctrl+. menu), not the conversion.
    const onDamage = params.context.diagnostics.some((d) => d.code !== TRADITIONAL_CODE && isDamageCode(d.code));
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.code !== TRADITIONAL_CODE) continue;
      const finding = diagnostic.data as TraditionalFindingData | undefined;
      if (!finding || finding.version !== document.version) continue;
      const action: CodeAction = {
        title: paragraphTitle(protectedSpansIn(protection, finding.start, finding.end)),
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: !onDamage,
        data: data('paragraph', finding.start, finding.end),
      };
      if (cached) action.edit = workspaceEdit(document, textEdits(document, cached, finding.start, finding.end));
      actions.push(action);
    }
  }

  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  if (end > start && wanted('refactor.rewrite', only)) {
    const text = document.getText();
    const worth = cached ? cached.edits.some((e) => e.start < end && e.end > start) : mayHoldTraditional(text, start, end);
    if (worth) actions.push({ title: selectionTitle(protectedSpansIn(protection, start, end)), kind: 'refactor.rewrite', data: data('selection', start, end) });
  }

  if (wanted(SOURCE_CONVERT_KIND, only) && (!cached || cached.edits.length > 0)) {
    const title = documentTitle(cached?.charactersChanged, protection.spans.length);
    actions.push({ title, kind: SOURCE_CONVERT_KIND, data: data('document', 0, document.getText().length) });
  }
  return actions;
}

function resolve(context: ServerContext, action: CodeAction): CodeAction {
  const data = action.data as ActionData;
  const document = context.documents.get(data.uri);
  if (!document || document.version !== data.version) {
    // Version guard: an action listed for an older text never edits the newer one.
    context.log(`Conversion skipped: ${data.uri} changed since the action was offered.`);
    return action;
  }
  if (data.scope === 'document') {
    const kept = resolvedDocumentEdits.get(document.uri);
    if (kept && kept.version === document.version) return { ...action, edit: kept.edit };
  }
  const conversion = documentConversion(document, context.settingsOf(document.uri).conversion, protectionOf(context, document));
  const edit = workspaceEdit(document, textEdits(document, conversion, data.start, data.end));
  if (data.scope === 'document') resolvedDocumentEdits.set(document.uri, { version: document.version, edit });
  return { ...action, edit };
}

addCodeActionProvider({ id: PROVIDER, kinds: ['quickfix', 'refactor.rewrite', SOURCE_CONVERT_KIND], provide, resolve });
addCommand(CONVERT_WORKSPACE_COMMAND, convertWorkspace);

/** Long enough after start-up not to delay the first answer. */
const WARM_UP_DELAY_MS = 1000;

export const conversionFeature: ServerFeature = {
  capabilities: {},
  register(context) {
    const { connection, documents, log } = context;
    // Build the OpenCC tables once, in the background shortly after start-up, so that neither the
    // first answer nor the first code action waits for them.
    setTimeout(() => {
      try {
        convertToSimplified('乾隆經', DEFAULT_CONVERSION_SETTINGS);
      } catch (error) {
        log(`Could not prepare the OpenCC tables: ${String(error)}`);
      }
    }, WARM_UP_DELAY_MS).unref();
    documents.onDidClose((e) => {
      forgetConversion(e.document.uri);
      resolvedDocumentEdits.delete(e.document.uri);
    });
    connection.onRequest(DOCUMENT_SCRIPT_REQUEST, (params: DocumentScriptParams, token) =>
      runSafe(log, 'the document script', token, (): DocumentScriptResult | null => {
        const document = documents.get(params.uri);
        if (!document) return null;
        const settings = context.settingsOf(document.uri);
        const model = context.service.analyse(document, settings).model;
        if (!model) return null;
        const profile = documentProfile(document, settings.conversion, documentProtection(document, model, settings.damage));
        return {
          script: profile.script,
          traditionalParagraphs: profile.traditional.length,
          simplifiedParagraphs: profile.simplifiedParagraphs,
          charactersChanged: profile.charactersChanged,
        };
      }, params, [['uri', 'string']]),
    );
  },
};
