// Traditional→simplified code actions: convert a paragraph (quickfix on a script.traditional
// finding), a selection (refactor.rewrite) or the whole document (source.convertToSimplified).
// Listing never converts a large document: it reads the conversion cached for this version, and
// the edits of the selection and document actions are computed on resolve. Mojibake is never
// converted (conversion-protection.ts): the titles say how many damaged spans are left for repair.
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ConversionCache, DocumentConversion } from '../conversion/conversion-cache';
import type { ConversionSettings } from '../conversion/conversion-settings';
import { protectedSpansIn, type Protection } from '../conversion/protected-spans';
import { TRADITIONAL_CODE, type TraditionalFindingData } from '../conversion/script-findings';
import { isDamageCode } from '../damage/codes';
import type { ReportDocument } from '../document';
import { t } from '../l10n';
import { traditionalCharTable } from '../script/char-map';

export const SOURCE_CONVERT_KIND = 'source.convertToSimplified';
export const CONVERSION_ACTION_KINDS = ['quickfix', 'refactor.rewrite', SOURCE_CONVERT_KIND] as const;
/** Documents up to this many UTF-16 units are converted when actions are listed; larger ones on resolve. */
const EAGER_LIMIT = 50_000;

export type ConversionScope = 'paragraph' | 'selection' | 'document';

/** What a conversion action carries to its resolve: the span it converts, in the version it was listed for. */
export interface ConversionActionData {
  readonly uri: string;
  readonly version: number;
  readonly scope: ConversionScope;
  readonly start: number;
  readonly end: number;
}

export interface ConversionActionRequest {
  readonly range: Range;
  readonly diagnostics: readonly Diagnostic[];
  readonly only?: readonly string[];
  /** The range is on damage that no diagnostic of the request shows (a grouped finding): its repair is preferred. */
  readonly onDamage?: boolean;
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

/** The conversion's edits inside [start, end); a run cut by either end keeps its inside part when it maps unit for unit. */
function textEdits(document: ReportDocument, conversion: DocumentConversion, start: number, end: number): TextEdit[] {
  const all = conversion.edits;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const edits: TextEdit[] = [];
  const cut = all[lo];
  if (cut && cut.start < start && cut.end - cut.start === cut.newText.length) {
    const stop = Math.min(cut.end, end);
    edits.push({ range: { start: document.positionAt(start), end: document.positionAt(stop) }, newText: cut.newText.slice(start - cut.start, stop - cut.start) });
    lo++;
  } else if (cut && cut.start < start) lo++;
  for (let i = lo; i < all.length && all[i].start < end; i++) {
    const e = all[i];
    if (e.end <= end) edits.push({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText });
    else if (e.end - e.start === e.newText.length) edits.push({ range: { start: document.positionAt(e.start), end: document.positionAt(end) }, newText: e.newText.slice(0, end - e.start) });
  }
  return edits;
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

function workspaceEdit(document: ReportDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}

/**
 * The conversion actions for a request. Small documents are converted here (a few milliseconds,
 * once per version) and their paragraph actions carry their edit; large ones only on resolve (or
 * once something else converted this version), so listing stays fast.
 */
export function conversionCodeActions(document: ReportDocument, settings: ConversionSettings, protection: Protection, request: ConversionActionRequest, conversions: ConversionCache): CodeAction[] {
  const only = request.only;
  const text = document.getText();
  const cached = text.length <= EAGER_LIMIT ? conversions.conversion(document, settings, protection) : conversions.cachedConversion(document, settings, protection);
  const actions: CodeAction[] = [];
  const data = (scope: ConversionScope, start: number, end: number): ConversionActionData => ({ uri: document.uri, version: document.version, scope, start, end });

  if (wanted('quickfix', only)) {
    // On a damage finding, its repair is the preferred action (Enter in the Ctrl+. menu), not the conversion.
    const onDamage = request.onDamage || request.diagnostics.some((d) => d.code !== TRADITIONAL_CODE && isDamageCode(d.code));
    for (const diagnostic of request.diagnostics) {
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

  const start = document.offsetAt(request.range.start);
  const end = document.offsetAt(request.range.end);
  if (end > start && wanted('refactor.rewrite', only)) {
    const worth = cached ? cached.edits.some((e) => e.start < end && e.end > start) : mayHoldTraditional(text, start, end);
    if (worth) actions.push({ title: selectionTitle(protectedSpansIn(protection, start, end)), kind: 'refactor.rewrite', data: data('selection', start, end) });
  }

  if (wanted(SOURCE_CONVERT_KIND, only) && (!cached || cached.edits.length > 0)) {
    actions.push({ title: documentTitle(cached?.charactersChanged, protection.spans.length), kind: SOURCE_CONVERT_KIND, data: data('document', 0, text.length) });
  }
  return actions;
}

/** The edit of a listed action, or undefined when the document changed since (it never edits a newer text). */
export function conversionActionEdit(document: ReportDocument, settings: ConversionSettings, protection: Protection, data: ConversionActionData, conversions: ConversionCache): WorkspaceEdit | undefined {
  if (document.uri !== data.uri || document.version !== data.version) return undefined;
  return workspaceEdit(document, textEdits(document, conversions.conversion(document, settings, protection), data.start, data.end));
}
