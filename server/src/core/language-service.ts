// The analysis core's facade: one object per process, shared by the LSP server and the CLI.
// It knows nothing of the LSP runtime or of VS Code: documents in, plain data out.
import type { CodeAction, Diagnostic, DocumentHighlight, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import { admit, type Admission } from './admission';
import type { Analysis } from './report/analysis';
export type { Analysis } from './report/analysis';
import type { ReportDocument } from './document';
import { documentProfile, forgetConversion } from './conversion/conversion-cache';
import type { DocumentScript } from './conversion/script-profile';
import type { DamageCode } from './damage/codes';
import type { TextRepair } from './damage/finding';
import { conversionActionEdit, conversionCodeActions, type ConversionActionData, type ConversionActionRequest } from './features/conversion-actions';
import { documentProtection } from './features/conversion-protection';
import { creditHover } from './features/credit-hover';
import { damageCodeActions, fixAllRepairs, type CodeActionRequest } from './features/damage-code-actions';
import { collectDiagnostics } from './features/diagnostics';
import type { Appearance } from './features/official-appearances';
import { officialHover } from './features/official-hover';
import { officialList, type OfficialListEntry } from './features/official-list';
import { officialDefinition, officialHighlights, officialNameAt, officialReferences, prepareOfficialRename, renameOfficial } from './features/official-navigation';
import { officialTokens } from './features/official-tokens';
import { summarizeReport, type ReportSummary } from './features/report-summary';
import { enabledFindings } from './features/damage-diagnostics';
import { corpusOverview, type CorpusOverview, type OverviewOptions } from './features/corpus-overview';
import { documentSymbols } from './features/document-symbols';
import { foldingRanges } from './features/folding-ranges';
import { matchMeetings, type MeetingEntry } from './features/workspace-symbols';
import { ModelCache } from './report/model-cache';
import type { ReportModel } from './model/types';
import { configureVocabulary } from './officials/vocabulary';
import { DEFAULT_SETTINGS, type HuiyiSettings } from './settings';


/**
 * What the workspace index knows of an official's other files (the adapter's corpus index; this
 * document's own mentions always come from its current model).
 */
export interface WorkspaceOfficials {
  appearances(name: string): readonly Appearance[];
  locations(name: string): Iterable<Location>;
}

const NO_WORKSPACE: WorkspaceOfficials = { appearances: () => [], locations: () => [] };

/** huiyi/documentScript: the script of one document (for the status bar). */
export interface DocumentScriptSummary {
  readonly script: DocumentScript;
  readonly traditionalParagraphs: number;
  readonly simplifiedParagraphs: number;
  readonly charactersChanged: number;
}

export interface LanguageService {
  /**
   * The settings every method uses when it is given none (the workspace's). Says whether the
   * officials vocabulary (huiyi.officials.*) changed: then every model was rebuilt, and whatever was
   * extracted with the old one elsewhere (a workspace index) is stale too.
   */
  configure(settings: HuiyiSettings): { readonly vocabularyChanged: boolean };
  analyse(document: ReportDocument, settings?: HuiyiSettings): Analysis;
  documentSymbols(document: ReportDocument, settings?: HuiyiSettings): DocumentSymbol[];
  foldingRanges(document: ReportDocument, settings?: HuiyiSettings): FoldingRange[];
  diagnostics(document: ReportDocument, settings?: HuiyiSettings): Diagnostic[];
  workspaceSymbols(entries: Iterable<MeetingEntry>, query: string): SymbolInformation[];
  /** An official's card (or a credited person's: 记者 张三), with its appearances across the workspace. */
  hover(document: ReportDocument, position: Position, workspace?: WorkspaceOfficials, settings?: HuiyiSettings): Hover | undefined;
  /** The official's mention with the fullest title in this document. */
  definition(document: ReportDocument, position: Position, settings?: HuiyiSettings): Location | undefined;
  /** The official's mentions here, then in the workspace's other files. */
  references(document: ReportDocument, position: Position, workspace?: WorkspaceOfficials, settings?: HuiyiSettings): Location[];
  highlights(document: ReportDocument, position: Position, settings?: HuiyiSettings): DocumentHighlight[];
  prepareRename(document: ReportDocument, position: Position, settings?: HuiyiSettings): { range: Range; placeholder: string } | undefined;
  /** Every reference renamed, as one edit; undefined off an official or for a blank name. */
  rename(document: ReportDocument, position: Position, newName: string, workspace?: WorkspaceOfficials, settings?: HuiyiSettings): WorkspaceEdit | undefined;
  /** The officials' and titles' semantic tokens (legend: OFFICIAL_TOKEN_TYPES), LSP-encoded. */
  semanticTokens(document: ReportDocument, settings?: HuiyiSettings): number[];
  /** What the workspace index keeps of a document (its meetings and officials), or undefined for a non-report. */
  summarize(document: ReportDocument, settings?: HuiyiSettings): ReportSummary | undefined;
  /** The officials of these reports (the Officials view), most meetings first; a query filters by name or spelling. */
  officials(summaries: Iterable<ReportSummary>, options?: { readonly query?: string; readonly limit?: number }): OfficialListEntry[];
  /** The Corpus Overview of these reports under a filter (body, time span, script): `huiyi stats` prints the same. */
  corpusOverview(summaries: Iterable<ReportSummary>, options?: OverviewOptions): CorpusOverview;
  /** Damage quick fixes (one, all of a kind) for the request's diagnostics, and source.fixAll.huiyi when asked for. */
  damageCodeActions(document: ReportDocument, request: CodeActionRequest, settings?: HuiyiSettings): CodeAction[];
  /** Every safe repair (with `also`'s opt-in ones), composed into one minimal edit list. */
  fixAll(document: ReportDocument, also?: readonly DamageCode[], settings?: HuiyiSettings): TextRepair[];
  /** Conversion to simplified of a paragraph, the selection or the document; large documents get their edits on resolve. */
  conversionCodeActions(document: ReportDocument, request: ConversionActionRequest, settings?: HuiyiSettings): CodeAction[];
  /** A listed conversion action's edit; undefined when the document changed since it was listed. */
  resolveConversion(document: ReportDocument, data: ConversionActionData, settings?: HuiyiSettings): WorkspaceEdit | undefined;
  /** The document's script, or undefined for a non-report. */
  documentScript(document: ReportDocument, settings?: HuiyiSettings): DocumentScriptSummary | undefined;
  /** Forget a closed document. */
  forget(uri: string): void;
}

export function createLanguageService(options: { cacheSize?: number } = {}): LanguageService {
  const cache = new ModelCache(options.cacheSize ?? 64);
  let configured: HuiyiSettings = DEFAULT_SETTINGS;
  let vocabularyKey = '';

  /** The vocabulary of these settings is the one models are built with; a change drops every model. */
  const useVocabulary = (settings: HuiyiSettings): boolean => {
    const { titles, names, ignore } = settings.officials;
    const key = JSON.stringify([titles, names, ignore]);
    // configureVocabulary is true when the process's table was built for other words (by this
    // instance or another one): the models here are stale either way.
    const rebuilt = configureVocabulary(settings.officials);
    if (key === vocabularyKey && !rebuilt) return false;
    vocabularyKey = key;
    cache.clear();
    return true;
  };

  // The admission of each open version: a document over the size limit is measured (its UTF-8
  // length) once, not on every request (hover, outline, semantic tokens…) made on it.
  const admissions = new Map<string, { key: string; admission: Admission }>();
  const admitted = (document: ReportDocument, settings: HuiyiSettings): Admission => {
    const languageId = document.languageId ?? 'meeting-report';
    const key = `${document.version}\u0000${languageId}\u0000${settings.maxFileSizeMB}\u0000${settings.plaintextDetection}`;
    const known = admissions.get(document.uri);
    if (known && known.key === key) return known.admission;
    const admission = admit(languageId, document.getText(), settings);
    admissions.delete(document.uri);
    admissions.set(document.uri, { key, admission });
    if (admissions.size > (options.cacheSize ?? 64)) admissions.delete(admissions.keys().next().value as string);
    return admission;
  };

  /** The model when the document is analysed and a report. */
  const modelOf = (document: ReportDocument, settings?: HuiyiSettings) => analyse(document, settings).model;
  /** The document's mojibake spans, which no conversion edits. */
  const protectionOf = (document: ReportDocument, settings: HuiyiSettings) => documentProtection(document, modelOf(document, settings), settings.damage);
  /** The document action's edit, kept for the last version resolved (resolving again is free). */
  const resolvedDocumentEdits = new Map<string, { version: number; edit: WorkspaceEdit }>();

  const analyse = (document: ReportDocument, settings: HuiyiSettings = configured): Analysis => {
    const admission = admitted(document, settings);
    if (admission.kind !== 'analyse') return { admission };
    useVocabulary(settings);
    const model = cache.get(document);
    return { admission, model: model.isReport ? model : undefined };
  };

  return Object.freeze({
    configure(settings) {
      const before = vocabularyKey;
      configured = settings;
      useVocabulary(settings);
      return { vocabularyChanged: vocabularyKey !== before };
    },
    analyse,
    documentSymbols(document, settings) {
      const { model } = analyse(document, settings);
      return model ? documentSymbols(document, model) : [];
    },
    foldingRanges(document, settings) {
      const { model } = analyse(document, settings);
      return model ? foldingRanges(document, model) : [];
    },
    diagnostics(document, settings = configured) {
      return collectDiagnostics(document, analyse(document, settings), settings);
    },
    workspaceSymbols: matchMeetings,
    hover(document, position, workspace = NO_WORKSPACE, settings) {
      const model = modelOf(document, settings);
      if (!model) return undefined;
      const offset = document.offsetAt(position);
      const name = officialNameAt(model, offset);
      return name ? officialHover(document, model, offset, workspace.appearances(name)) : creditHover(document, model, offset);
    },
    definition(document, position, settings) {
      const model = modelOf(document, settings);
      return model && officialDefinition(document, model, document.offsetAt(position));
    },
    references(document, position, workspace = NO_WORKSPACE, settings) {
      const model = modelOf(document, settings);
      const offset = document.offsetAt(position);
      const name = model && officialNameAt(model, offset);
      return model && name ? officialReferences(document, model, offset, workspace.locations(name)) : [];
    },
    highlights(document, position, settings) {
      const model = modelOf(document, settings);
      return model ? officialHighlights(document, model, document.offsetAt(position)) : [];
    },
    prepareRename(document, position, settings) {
      const model = modelOf(document, settings);
      return model && prepareOfficialRename(document, model, document.offsetAt(position));
    },
    rename(document, position, newName, workspace = NO_WORKSPACE, settings) {
      const model = modelOf(document, settings);
      const offset = document.offsetAt(position);
      const name = model && officialNameAt(model, offset);
      if (!model || !name || !newName.trim()) return undefined;
      return renameOfficial(officialReferences(document, model, offset, workspace.locations(name)), newName.trim());
    },
    semanticTokens(document, settings) {
      const model = modelOf(document, settings);
      return model ? officialTokens(document, model) : [];
    },
    summarize(document, settings) {
      const model = modelOf(document, settings);
      return model && summarizeReport(model, (o) => document.positionAt(o), enabledFindings(document, model, settings?.damage ?? configured.damage));
    },
    officials: officialList,
    corpusOverview,
    damageCodeActions(document, request, settings = configured) {
      const model = modelOf(document, settings);
      return model ? damageCodeActions(document, model, settings.damage, request) : [];
    },
    fixAll(document, also = [], settings = configured) {
      const model = modelOf(document, settings);
      return model ? fixAllRepairs(document, model, settings.damage, also) : [];
    },
    conversionCodeActions(document, request, settings = configured) {
      return conversionCodeActions(document, settings.conversion, protectionOf(document, settings), request);
    },
    resolveConversion(document, data, settings = configured) {
      if (document.uri !== data.uri || document.version !== data.version) return undefined;
      const kept = data.scope === 'document' ? resolvedDocumentEdits.get(document.uri) : undefined;
      if (kept && kept.version === document.version) return kept.edit;
      const edit = conversionActionEdit(document, settings.conversion, protectionOf(document, settings), data);
      if (edit && data.scope === 'document') resolvedDocumentEdits.set(document.uri, { version: document.version, edit });
      return edit;
    },
    documentScript(document, settings = configured) {
      if (!modelOf(document, settings)) return undefined;
      const profile = documentProfile(document, settings.conversion, protectionOf(document, settings));
      return { script: profile.script, traditionalParagraphs: profile.traditional.length, simplifiedParagraphs: profile.simplifiedParagraphs, charactersChanged: profile.charactersChanged };
    },
    forget(uri) {
      cache.delete(uri);
      admissions.delete(uri);
      forgetConversion(uri);
      resolvedDocumentEdits.delete(uri);
    },
  } satisfies LanguageService);
}
