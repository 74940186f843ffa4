// A corpus-index worker thread: reads report files, builds their models and returns compact
// summaries. nodejieba (trimmed dictionary) loads here, never on the server's main thread.
import { DEFAULT_SETTINGS, admit, type SkipReason, createLanguageService, loadJiebaSegmenter, enabledFindings, readText, resolveSettings, summarizeReport, type LanguageService, type ReportSummary, type VocabularyExtras } from '../core';
import { parentPort } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface WorkerRequest {
  readonly id: number;
  readonly files: readonly { uri: string; path: string }[];
  readonly settings: unknown;
  readonly extras: VocabularyExtras;
  readonly segmenter: boolean;
}

export interface WorkerResponse {
  readonly id: number;
  /** `reason`: a report file the index could not read (too large, not UTF-8 …); absent for a non-report. */
  readonly summaries: readonly (ReportSummary | { uri: string; skipped: true; reason?: SkipReason })[];
  readonly errors: readonly string[];
}

/** This thread's language service (with nodejieba when the first request asks for it). */
let service: LanguageService | undefined;

function handle(request: WorkerRequest): WorkerResponse {
  service ??= createLanguageService({ cacheSize: 1, segmenter: request.segmenter ? loadJiebaSegmenter() : undefined });
  const given = request.settings ? resolveSettings(request.settings) : DEFAULT_SETTINGS;
  const { titles = [], names = [], ignore = [] } = request.extras;
  // The vocabulary is the one the request names (the server's workspace settings).
  const settings = { ...given, officials: { titles, names, ignore } };
  const summaries: WorkerResponse['summaries'][number][] = [];
  const errors: string[] = [];
  for (const file of request.files) {
    try {
      // Read synchronously: this thread does nothing else.
      const read = readText(file.path, settings.maxFileSizeMB * 1024 * 1024);
      if ('tooLarge' in read) {
        summaries.push({ uri: file.uri, skipped: true, reason: 'too-large' });
        continue;
      }
      const { text } = read;
      const admission = admit('plaintext', text, settings);
      if (admission.kind !== 'analyse') {
        summaries.push({ uri: file.uri, skipped: true, reason: admission.kind === 'skip' ? admission.reason : undefined });
        continue;
      }
      const document = TextDocument.create(file.uri, 'plaintext', 0, text);
      const model = service.buildModel(document, settings);
      if (model.wronglyDecoded) summaries.push({ uri: file.uri, skipped: true, reason: 'wrong-encoding' });
      else summaries.push(model.isReport ? summarizeReport(model, (o) => document.positionAt(o), enabledFindings(document, model, settings.damage), text) : { uri: file.uri, skipped: true });
    } catch (error) {
      errors.push(`${file.path}: ${error instanceof Error ? error.message : String(error)}`);
      summaries.push({ uri: file.uri, skipped: true, reason: 'unreadable' });
    }
  }
  return { id: request.id, summaries, errors };
}

parentPort?.on('message', (request: WorkerRequest) => {
  parentPort?.postMessage(handle(request));
});
