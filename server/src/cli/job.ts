// One file's work, the same in the main thread and in a worker: read it, analyse it with the core,
// and (for `fix`) repair it and write it atomically.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, copyFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, convertToSimplified } from '../core/conversion';
import { fixAllRepairs } from '../core/features/damage-code-actions';
import type { LanguageService } from '../core/language-service';
import { applyRepairs } from '../core/repair/edits';
import type { HuiyiSettings } from '../core/settings';
import { cliFinding, type CliFinding } from './findings';
import { meetingRecords, officialAppearances, type MeetingRecord, type OfficialAppearance } from './records';
import type { Input } from './inputs';

export type Command = 'check' | 'fix' | 'export';

export interface JobOptions {
  readonly command: Command;
  readonly settings: HuiyiSettings;
  /** fix: also convert to simplified script. */
  readonly toSimplified?: boolean;
  readonly dryRun?: boolean;
  readonly backup?: boolean;
  /** export: one record per official instead of per meeting. */
  readonly officials?: boolean;
}

export interface FileResult {
  readonly id: string;
  readonly status: 'analysed' | 'not-a-report' | 'skipped' | 'error';
  /** Why the file was skipped or failed, in plain words. */
  readonly reason?: string;
  readonly bytes: number;
  readonly findings: CliFinding[];
  readonly meetings: number;
  readonly officials: string[];
  readonly records?: MeetingRecord[];
  readonly appearances?: OfficialAppearance[];
  readonly fix?: { readonly changed: boolean; readonly written: boolean; readonly diff?: string; readonly repairs: number; readonly converted: number; readonly unrepairable?: string };
}

function readInput(input: Input): { text: string; bytes: number } | { error: string; bytes: number } {
  if (input.text !== undefined) return { text: input.text, bytes: Buffer.byteLength(input.text) };
  let buffer: Buffer;
  try {
    buffer = readFileSync(input.path!);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'EACCES' ? 'cannot read the file (permission denied)' : code === 'EISDIR' ? 'is a folder' : `cannot read the file (${code ?? String(error)})`, bytes: 0 };
  }
  if (buffer.subarray(0, 8192).includes(0)) return { error: 'binary file (it contains NUL bytes); not analysed', bytes: buffer.length };
  return { text: buffer.toString('utf8'), bytes: buffer.length };
}

/** Writes `text` next to `path` and renames it over: readers see the old file or the new, never half. */
export function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.huiyi-${process.pid}-${Date.now()}.tmp`);
  const fd = openSync(temp, 'w', statSync(path).mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}

function fix(input: Input, text: string, document: TextDocument, service: LanguageService, options: JobOptions, findings: readonly CliFinding[]) {
  const { model } = service.analyse(document, options.settings);
  const lossy = findings.find((f) => f.code === 'mojibake.wrong-encoding');
  const repairs = model && !lossy ? fixAllRepairs(document, model, options.settings.damage) : [];
  let fixed = applyRepairs(text, repairs);
  let converted = 0;
  if (options.toSimplified && !lossy) {
    const conversion = convertToSimplified(fixed, options.settings.conversion);
    converted = conversion.charactersChanged;
    fixed = applyEdits(fixed, conversion.edits);
  }
  const changed = fixed !== text;
  const unrepairable = lossy ? `left as it is: ${lossy.message}` : undefined;
  if (!changed) return { changed, written: false, repairs: 0, converted: 0, unrepairable };
  if (options.dryRun || !input.path) {
    const name = input.path ?? input.id;
    return { changed, written: false, diff: createTwoFilesPatch(`a/${name}`, `b/${name}`, text, fixed), repairs: repairs.length, converted, unrepairable };
  }
  if (options.backup) copyFileSync(input.path, `${input.path}.bak`);
  writeAtomically(input.path, fixed);
  return { changed, written: true, repairs: repairs.length, converted, unrepairable };
}

export function runJob(input: Input, options: JobOptions, service: LanguageService): FileResult {
  const read = readInput(input);
  const empty = { id: input.id, bytes: read.bytes, findings: [], meetings: 0, officials: [] };
  if ('error' in read) return { ...empty, status: read.error.startsWith('binary') ? 'skipped' : 'error', reason: read.error };
  const uri = input.path ? pathToFileURL(resolve(input.path)).href : `stdin:${encodeURIComponent(input.id)}`;
  const document = TextDocument.create(uri, 'plaintext', 1, read.text);
  const analysis = service.analyse(document, options.settings);
  if (analysis.admission.kind === 'skip') {
    return { ...empty, status: 'skipped', reason: analysis.admission.message };
  }
  const findings = service.diagnostics(document, options.settings).map(cliFinding);
  const model = analysis.model;
  if (!model) return { ...empty, status: 'not-a-report', reason: 'does not read as a meeting report', findings };
  const result: FileResult = {
    id: input.id,
    status: 'analysed',
    bytes: read.bytes,
    findings,
    meetings: model.meetings.length,
    officials: model.officials.map((o) => o.name),
  };
  try {
    switch (options.command) {
      case 'export':
        return options.officials ? { ...result, appearances: officialAppearances(input.id, model) } : { ...result, records: meetingRecords(input.id, document, model, findings) };
      case 'fix':
        return { ...result, fix: fix(input, read.text, document, service, options, findings) };
      default:
        return result;
    }
  } finally {
    service.forget(uri);
  }
}
