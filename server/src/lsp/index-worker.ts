// A corpus-index worker thread: reads report files, builds their models and returns compact
// summaries. nodejieba (trimmed dictionary) loads here, never on the server's main thread.
import { DEFAULT_SETTINGS, admit, buildReportModel, configureVocabulary, enabledFindings, loadJiebaSegmenter, readText, resolveSettings, summarizeReport, useSegmenter, type ReportSummary, type VocabularyExtras } from '../core';
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

export type WorkerSummary = (ReportSummary | { uri: string; skipped: true } | { uri: string; unchanged: true }) & { readonly read?: ReadState };

export interface WorkerResponse {
  readonly id: number;
  readonly summaries: readonly WorkerSummary[];
  readonly errors: readonly string[];
}

let segmenterTried = false;


function handle(request: WorkerRequest): WorkerResponse {
  configureVocabulary(request.extras);
  if (request.segmenter && !segmenterTried) {
    segmenterTried = true;
    useSegmenter(loadJiebaSegmenter());
  }
  const settings = request.settings ? resolveSettings(request.settings) : DEFAULT_SETTINGS;
  const summaries: WorkerSummary[] = [];
  const errors: string[] = [];
  for (const file of request.files) {
    try {
      // Read synchronously: this thread does nothing else.
      const mtimeMs = Math.round(statSync(file.path).mtimeMs);
      const read = readText(file.path, settings.maxFileSizeMB * 1024 * 1024);
      if ('tooLarge' in read) {
        summaries.push({ uri: file.uri, skipped: true, read: { size: read.size, mtimeMs, hash: '' } });
        continue;
      }
      const { text } = read;
      const state: ReadState = { size: read.size, mtimeMs, hash: createHash('sha1').update(text).digest('hex') };
      if (state.hash === file.knownHash) {
        summaries.push({ uri: file.uri, unchanged: true, read: state });
        continue;
      }
      if (admit('plaintext', text, settings).kind !== 'analyse') {
        summaries.push({ uri: file.uri, skipped: true, read: state });
        continue;
      }
      const document = TextDocument.create(file.uri, 'plaintext', 0, text);
      const model = buildReportModel(document);
      summaries.push(model.isReport ? { ...summarizeReport(model, (o) => document.positionAt(o), enabledFindings(document, model, settings.damage)), read: state } : { uri: file.uri, skipped: true, read: state });
    } catch (error) {
      errors.push(`${file.path}: ${error instanceof Error ? error.message : String(error)}`);
      summaries.push({ uri: file.uri, skipped: true });
    }
  }
  return { id: request.id, summaries, errors };
}

parentPort?.on('message', (request: WorkerRequest) => {
  parentPort?.postMessage(handle(request));
});
