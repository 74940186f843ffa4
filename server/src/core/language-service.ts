// The analysis core's facade: one object per process, shared by the LSP server and the CLI.
// It knows nothing of the LSP runtime or of VS Code: documents in, plain data out.
import type { Diagnostic, DocumentSymbol, FoldingRange, SymbolInformation } from 'vscode-languageserver-types';
import { admit, type Admission } from './admission';
import type { Analysis } from './report/analysis';
export type { Analysis } from './report/analysis';
import type { ReportDocument } from './document';
import { collectDiagnostics } from './features/diagnostics';
import { documentSymbols } from './features/document-symbols';
import { foldingRanges } from './features/folding-ranges';
import { matchMeetings, type MeetingEntry } from './features/workspace-symbols';
import { ModelCache } from './report/model-cache';
import type { ReportModel } from './model/types';
import { configureVocabulary } from './officials/vocabulary';
import { DEFAULT_SETTINGS, type HuiyiSettings } from './settings';


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
    forget(uri) {
      cache.delete(uri);
      admissions.delete(uri);
    },
  } satisfies LanguageService);
}
