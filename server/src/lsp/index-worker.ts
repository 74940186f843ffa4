// A corpus-index worker thread: reads report files, builds their models and returns compact
// summaries. nodejieba (trimmed dictionary) loads here, never on the server's main thread.
import { DEFAULT_SETTINGS, admit, type SkipReason, createLanguageService, loadJiebaSegmenter, enabledFindings, readText, resolveSettings, summarizeReport, type LanguageService, type ReportSummary, type VocabularyExtras } from '../core';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface WorkerRequest {
  readonly id: number;
  /** `knownHash`: the hash of the text the persisted index holds for the file, if any. */
  readonly files: readonly { uri: string; path: string; knownHash?: string }[];
  readonly settings: unknown;
  readonly extras: VocabularyExtras;
  readonly segmenter: boolean;
}

/** The file as it was read (for the persisted index): size, time and the text's SHA-1. */
export interface ReadState {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

/** `reason`: a report file the index could not read (too large, not UTF-8 …); absent for a non-report. */
export type WorkerSummary = (ReportSummary | { uri: string; skipped: true; reason?: SkipReason } | { uri: string; unchanged: true }) & { readonly read?: ReadState };

export interface WorkerResponse {
  readonly id: number;
  readonly summaries: readonly WorkerSummary[];
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
  const summaries: WorkerSummary[] = [];
  const errors: string[] = [];
  for (const file of request.files) {
    try {
      // Read synchronously: this thread does nothing else.
      const mtimeMs = Math.round(statSync(file.path).mtimeMs);
      const read = readText(file.path, settings.maxFileSizeMB * 1024 * 1024);
      if ('tooLarge' in read) {
        summaries.push({ uri: file.uri, skipped: true, reason: 'too-large', read: { size: read.size, mtimeMs, hash: '' } });
        continue;
      }
      const { text } = read;
      const state: ReadState = { size: read.size, mtimeMs, hash: createHash('sha1').update(text).digest('hex') };
      if (state.hash === file.knownHash) {
        summaries.push({ uri: file.uri, unchanged: true, read: state });
        continue;
      }
      const admission = admit('plaintext', text, settings);
      if (admission.kind !== 'analyse') {
        summaries.push({ uri: file.uri, skipped: true, reason: admission.kind === 'skip' ? admission.reason : undefined, read: state });
        continue;
      }
      const document = TextDocument.create(file.uri, 'plaintext', 0, text);
      const model = service.buildModel(document, settings);
      if (model.wronglyDecoded) summaries.push({ uri: file.uri, skipped: true, reason: 'wrong-encoding', read: state });
      else if (!model.isReport) summaries.push({ uri: file.uri, skipped: true, read: state });
      else summaries.push({ ...summarizeReport(model, (o) => document.positionAt(o), enabledFindings(document, model, settings.damage), text), read: state });
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
