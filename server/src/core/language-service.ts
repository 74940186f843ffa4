// The analysis core's facade: the one door of the LSP server, the CLI and the index workers (each
// makes its own). It owns its state (models, the vocabulary of its settings, the names its
// segmenter learned, conversion results) and knows nothing of the LSP runtime or of VS Code:
// documents in, plain data out.
import type { CodeAction, CodeLens, Diagnostic, DocumentHighlight, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import { admit, type Admission } from './admission';
import type { Analysis } from './report/analysis';
export type { Analysis } from './report/analysis';
import type { ReportDocument } from './document';
import { ConversionCache, type DocumentConversion } from './conversion/conversion-cache';
import type { DocumentScript } from './conversion/script-profile';
import type { DamageCode } from './damage/codes';
import type { TextRepair } from './damage/finding';
import { conversionActionEdit, conversionCodeActions, type ConversionActionData, type ConversionActionRequest } from './features/conversion-actions';
import { documentProtection } from './features/conversion-protection';
import { creditHover } from './features/credit-hover';
import { copyLenses } from './features/copy-lenses';
import type { WorkspaceCopies } from './duplicates';
import { damageCodeActions, fixAllRepairs, onGroupedDamage, type CodeActionRequest } from './features/damage-code-actions';
import { collectDiagnostics } from './features/diagnostics';
import type { Appearance } from './features/official-appearances';
import { officialHover } from './features/official-hover';
import { OfficialCardCache, type CorpusPart } from './features/official-card-cache';
import { officialList, officialListOfSources, type OfficialListEntry, type OfficialListOptions, type OfficialSource } from './features/official-list';
import { officialDefinition, officialHighlights, officialNameAt, officialReferences, prepareOfficialRename, renameOfficial } from './features/official-navigation';
import { officialTokens } from './features/official-tokens';
import { summarizeReport, type ReportSummary } from './features/report-summary';
import { enabledFindings } from './features/damage-diagnostics';
import { assembleOverview, corpusOverview, type CorpusOverview, type OverviewOptions } from './features/corpus-overview';
import type { OverviewTallySource } from './features/overview-tally';
import { documentSymbols } from './features/document-symbols';
import { outlineNotice } from './features/outline-notice';
import type { SkippedFile } from './features/skipped-files';
import { encodingCodeActions, type EncodingActionRequest, type EncodingCommands } from './features/encoding-actions';
import { foldingRanges } from './features/folding-ranges';
import { matchMeetings, type MeetingEntry } from './features/workspace-symbols';
import { DocumentCache } from './document-cache';
import { buildReportModel } from './report/build-model';
import type { ReportModel } from './model/types';
import { NameSegmenter, type Segmenter } from './officials/segmenter';
import { officialsContext } from './officials/context';
import { DEFAULT_SETTINGS, type HuiyiSettings } from './settings';


/**
 * What the workspace index knows of an official's other files (the adapter's corpus index; this
 * document's own mentions always come from its current model).
 */
export interface WorkspaceOfficials {
  appearances(name: string): readonly Appearance[];
  locations(name: string): Iterable<Location>;
  /** Which meetings are copies of one another (without it, every copy counts as a meeting). */
  copiesOf?: WorkspaceCopies['copiesOf'];
  /** Changes whenever appearances or copiesOf may answer otherwise; with it, hover cards of the same name are reused until it does. */
  readonly revision?: number;
  /** The report files the index did not read (too large, not UTF-8 …): a rename says it left them out. */
  skippedFiles?(): Iterable<SkippedFile>;
}

/** The workspace's copies, when it knows them and the settings merge them (huiyi.duplicates.merge). */
function mergedCopies(workspace: WorkspaceOfficials | undefined, settings: HuiyiSettings): WorkspaceCopies | undefined {
  const copiesOf = workspace?.copiesOf;
  return copiesOf && settings.duplicates.merge ? { copiesOf: (uri, meeting) => copiesOf.call(workspace, uri, meeting) } : undefined;
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
  /** The model of a document that is not open (a file of the workspace, of a command-line run), built with this service's vocabulary and not kept. */
  buildModel(document: ReportDocument, settings?: HuiyiSettings): ReportModel;
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
  /** Every reference renamed, as one edit (across files: annotated for the refactor preview, naming the skipped files); undefined off an official or for a blank name. */
  rename(document: ReportDocument, position: Position, newName: string, workspace?: WorkspaceOfficials, settings?: HuiyiSettings): WorkspaceEdit | undefined;
  /** The officials' and titles' semantic tokens (legend: OFFICIAL_TOKEN_TYPES), LSP-encoded. */
  semanticTokens(document: ReportDocument, settings?: HuiyiSettings): number[];
  /** What the workspace index keeps of a document (its meetings and officials), or undefined for a non-report. */
  summarize(document: ReportDocument, settings?: HuiyiSettings): ReportSummary | undefined;
  /**
   * The officials of these reports (the Officials view), most meetings first; a query filters by
   * name, spelling or title, and `sort` orders them. With `copies` (and huiyi.duplicates.merge on), a meeting copied in several files counts once.
   */
  officials(summaries: Iterable<ReportSummary>, options?: OfficialListOptions): OfficialListEntry[];
  /** `officials` over reports given one official at a time (each group: the reports naming one official, with it alone). */
  /** The same list from officials given one at a time with their appearances (what the persisted index reads). */
  officialsOfSources(sources: Iterable<OfficialSource>, options?: OfficialListOptions): OfficialListEntry[];
  /** A code lens on each meeting with copies in other files ("Also in 2 other files: 1 traditional mirror"). */
  copyLenses(document: ReportDocument, workspace: WorkspaceCopies, settings?: HuiyiSettings): CodeLens[];
  /** The Corpus Overview of these reports under a filter (body, time span, script): `huiyi stats` prints the same. */
  /** With `copies` (and huiyi.duplicates.merge on), a meeting copied in several files counts once. */
  /** Over the reports' summaries, or over a store that counts the tallies itself (the persisted index): the same figures. */
  corpusOverview(summaries: Iterable<ReportSummary> | OverviewTallySource, options?: OverviewOptions & { readonly copies?: WorkspaceCopies }): CorpusOverview;
  /** Damage quick fixes (one, all of a kind) for the request's diagnostics, and source.fixAll.huiyi when asked for. */
  damageCodeActions(document: ReportDocument, request: CodeActionRequest, settings?: HuiyiSettings): CodeAction[];
  /** Every safe repair (with `also`'s opt-in ones), composed into one minimal edit list. */
  fixAll(document: ReportDocument, also?: readonly DamageCode[], settings?: HuiyiSettings): TextRepair[];
  /** On a mojibake.wrong-encoding finding: reopen with GB18030 / Big5 (the guess first), or set the folder's encoding; client commands. */
  encodingCodeActions(document: ReportDocument, request: EncodingActionRequest, commands: EncodingCommands): CodeAction[];
  /** Conversion to simplified of a paragraph, the selection or the document; large documents get their edits on resolve. */
  conversionCodeActions(document: ReportDocument, request: ConversionActionRequest, settings?: HuiyiSettings): CodeAction[];
  /** A listed conversion action's edit; undefined when the document changed since it was listed. */
  resolveConversion(document: ReportDocument, data: ConversionActionData, settings?: HuiyiSettings): WorkspaceEdit | undefined;
  /** The document's script, or undefined for a non-report. */
  documentScript(document: ReportDocument, settings?: HuiyiSettings): DocumentScriptSummary | undefined;
  /** The conversion to simplified of an open document (kept for its version, as its code actions' edits). */
  conversion(document: ReportDocument, settings?: HuiyiSettings): DocumentConversion;
  /** Forget a closed document. */
  forget(uri: string): void;
}

export interface LanguageServiceOptions {
  /** How many documents' models (and admissions) are kept. */
  readonly cacheSize?: number;
  /** Where the vocabulary cannot tell where a name ends (nodejieba in production); it is taught the vocabulary and the names found. */
  readonly segmenter?: Segmenter;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const segmenter = options.segmenter && new NameSegmenter(options.segmenter);
  let configured: HuiyiSettings = DEFAULT_SETTINGS;
  let vocabularyKey = JSON.stringify([[], [], []]);
  let officials = officialsContext({}, segmenter);
  const models = new DocumentCache<ReportModel>(options.cacheSize ?? 64);
  const modelOfVersion = (document: ReportDocument): ReportModel => models.get(document.uri, document.version, () => buildReportModel(document, officials));

  /** The vocabulary of these settings is the one models are built with; a change drops every model. */
  const useVocabulary = (settings: HuiyiSettings): boolean => {
    const { titles, names, ignore } = settings.officials;
    const key = JSON.stringify([titles, names, ignore]);
    if (key === vocabularyKey) return false;
    vocabularyKey = key;
    officials = officialsContext(settings.officials, segmenter);
    models.clear();
    return true;
  };

  // The admission of each open version: a document over the size limit is measured (its UTF-8
  // length) once, not on every request (hover, outline, semantic tokens…) made on it.
  const admissions = new DocumentCache<Admission>(options.cacheSize ?? 64);
  const admitted = (document: ReportDocument, settings: HuiyiSettings): Admission => {
    const languageId = document.languageId ?? 'meeting-report';
    const key = `${languageId}\u0000${settings.maxFileSizeMB}\u0000${settings.plaintextDetection}`;
    return admissions.get(document.uri, document.version, () => admit(languageId, document.getText(), settings), key);
  };

  /** The model when the document is analysed and a report. */
  const modelOf = (document: ReportDocument, settings?: HuiyiSettings) => analyse(document, settings).model;
  /** The document's mojibake spans, which no conversion edits. */
  const protectionOf = (document: ReportDocument, settings: HuiyiSettings) => documentProtection(document, modelOf(document, settings), settings.damage);
  /** The document action's edit, kept for the last version resolved (resolving again is free). */
  const resolvedDocumentEdits = new DocumentCache<WorkspaceEdit>(options.cacheSize ?? 64);
  // The conversion reads the pinyin annotations of the model of the version, when it was built.
  const conversions = new ConversionCache((document) => models.peek(document.uri, document.version)?.pinyin);
  const cards = new OfficialCardCache();

  const analyse = (document: ReportDocument, settings: HuiyiSettings = configured): Analysis => {
    const admission = admitted(document, settings);
    if (admission.kind !== 'analyse') return { admission };
    useVocabulary(settings);
    const model = modelOfVersion(document);
    return { admission, model: model.isReport ? model : undefined };
  };

  return Object.freeze({
    configure(settings) {
      const before = vocabularyKey;
      configured = settings;
      useVocabulary(settings);
      if (vocabularyKey !== before) cards.clear();
      return { vocabularyChanged: vocabularyKey !== before };
    },
    analyse,
    buildModel(document, settings = configured) {
      useVocabulary(settings);
      return buildReportModel(document, officials);
    },
    documentSymbols(document, settings = configured) {
      const { admission, model } = analyse(document, settings);
      const notice = outlineNotice(document, admission, !!model?.wronglyDecoded, settings.maxFileSizeMB);
      if (notice) return notice;
      return model ? documentSymbols(document, model) : [];
    },
    foldingRanges(document, settings) {
      const { model } = analyse(document, settings);
      return model ? foldingRanges(document, model) : [];
    },
    diagnostics(document, settings = configured) {
      return collectDiagnostics(document, analyse(document, settings), settings, conversions);
    },
    workspaceSymbols: matchMeetings,
    hover(document, position, workspace = NO_WORKSPACE, settings = configured) {
      const model = modelOf(document, settings);
      if (!model) return undefined;
      const offset = document.offsetAt(position);
      const name = officialNameAt(model, offset);
      if (!name) return creditHover(document, model, offset);
      const copies = mergedCopies(workspace, settings);
      const revision = workspace.revision;
      const remember = revision === undefined ? undefined : (n: string, make: () => CorpusPart) => cards.get({ name: n, uri: document.uri, version: document.version, revision, merged: !!copies }, make);
      return officialHover(document, model, offset, () => workspace.appearances(name), copies, remember);
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
      const skipped = [...(workspace.skippedFiles?.() ?? [])].filter((f) => f.uri !== document.uri);
      return renameOfficial(document, officialReferences(document, model, offset, workspace.locations(name)), newName.trim(), skipped);
    },
    semanticTokens(document, settings) {
      const model = modelOf(document, settings);
      return model ? officialTokens(document, model) : [];
    },
    summarize(document, settings) {
      const model = modelOf(document, settings);
      return model && summarizeReport(model, (o) => document.positionAt(o), enabledFindings(document, model, settings?.damage ?? configured.damage), document.getText());
    },
    officials(summaries, options = {}) {
      return officialList(summaries, { ...options, copies: options.copies && configured.duplicates.merge ? options.copies : undefined });
    },
    officialsOfSources(sources, options = {}) {
      return officialListOfSources(sources, { ...options, copies: options.copies && configured.duplicates.merge ? options.copies : undefined });
    },
    copyLenses(document, workspace, settings) {
      const model = modelOf(document, settings);
      return model ? copyLenses(document, model, workspace) : [];
    },
    corpusOverview(summaries, options = {}) {
      const { copies, ...rest } = options;
      if ('overviewTallies' in summaries) {
        const tallies = summaries.overviewTallies({ filter: rest.filter ?? {}, files: rest.files ?? 10, countOnce: !!copies && configured.duplicates.merge });
        return assembleOverview(tallies, rest);
      }
      if (!copies || !configured.duplicates.merge) return corpusOverview(summaries, rest);
      // A cluster's members share its id: the overview counts each cluster once.
      return corpusOverview(summaries, { ...rest, meetingKey: (s, m) => copies.copiesOf(s.uri, m)?.id ?? `${s.uri}#${m}` });
    },
    damageCodeActions(document, request, settings = configured) {
      const model = modelOf(document, settings);
      return model ? damageCodeActions(document, model, settings.damage, request) : [];
    },
    fixAll(document, also = [], settings = configured) {
      const model = modelOf(document, settings);
      return model ? fixAllRepairs(document, model, settings.damage, also) : [];
    },
    encodingCodeActions: encodingCodeActions,
    conversionCodeActions(document, request, settings = configured) {
      const model = modelOf(document, settings);
      const onDamage = !!model && onGroupedDamage(document, model, settings.damage, request.range);
      return conversionCodeActions(document, settings.conversion, protectionOf(document, settings), onDamage ? { ...request, onDamage } : request, conversions);
    },
    resolveConversion(document, data, settings = configured) {
      if (document.uri !== data.uri || document.version !== data.version) return undefined;
      const kept = data.scope === 'document' ? resolvedDocumentEdits.peek(document.uri, document.version) : undefined;
      if (kept) return kept;
      const edit = conversionActionEdit(document, settings.conversion, protectionOf(document, settings), data, conversions);
      if (edit && data.scope === 'document') resolvedDocumentEdits.set(document.uri, document.version, edit);
      return edit;
    },
    documentScript(document, settings = configured) {
      // A file decoded with the wrong encoding has no script to speak of (its finding says how to reopen it).
      const model = modelOf(document, settings);
      if (!model || model.wronglyDecoded) return undefined;
      const profile = conversions.profile(document, settings.conversion, protectionOf(document, settings));
      return { script: profile.script, traditionalParagraphs: profile.traditional.length, simplifiedParagraphs: profile.simplifiedParagraphs, charactersChanged: profile.charactersChanged };
    },
    conversion(document, settings = configured) {
      return conversions.conversion(document, settings.conversion, protectionOf(document, settings));
    },
    forget(uri) {
      models.delete(uri);
      admissions.delete(uri);
      conversions.forget(uri);
      resolvedDocumentEdits.delete(uri);
    },
  } satisfies LanguageService);
}
