// `huiyi index`'s work for one file, in a worker: its text's hash, and unless the hash is the one
// the index already holds, its summary (what the editor's corpus index keeps of it).
import { enabledFindings, summarizeReport, type LanguageService, type ReportSummary } from '../core';
import { createHash } from 'node:crypto';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface IndexJobResult {
  readonly hash: string;
  /** The index holds this very text: nothing else was computed. */
  readonly unchanged?: boolean;
  /** Undefined for a file that is not a report (or was not analysed). */
  readonly summary?: ReportSummary;
}

/** The SHA-1 of a text (the same as the store's contentHash; a worker loads no database). */
export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function indexJob(document: TextDocument, knownHash: string | undefined, service: LanguageService, settings: Parameters<LanguageService['analyse']>[1]): IndexJobResult {
  const hash = textHash(document.getText());
  if (hash === knownHash) return { hash, unchanged: true };
  const { admission, model } = service.analyse(document, settings);
  if (admission.kind !== 'analyse' || !model?.isReport) return { hash };
  const findings = enabledFindings(document, model, settings!.damage);
  return { hash, summary: summarizeReport(model, (o) => document.positionAt(o), findings) };
}
