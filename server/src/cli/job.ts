// One file's work, the same in the main thread and in a worker: read it, analyse it with the core,
// and (for `fix`) repair it and write it atomically.
import { DAMAGE_SOURCE, LineIndex, applyEdits, composeEdits, convertToSimplified, documentProtection, enabledFindings, fixAllRepairs, scriptFindingsApply, textProtection, traditionalFindings, type DamageCode, type Edit, type HuiyiSettings, type LanguageService, type ReportModel, meetingSignatures, signatureLine, SEVERITY_RANK, type ShownSeverity } from '../core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { unifiedDiff } from './edit-diff';
import { cliFinding, findingAt, type CliFinding } from './findings';
import type { FileResult, FixResult } from './file-result';
export type { FileResult, FixResult } from './file-result';
import type { ByteSink } from './format/byte-sink';
import { writeCheckRecord } from './format/check-json';
import { meetingRow } from './format/csv';
import { writeFindingLines } from './format/human';
import { writeMeetingRecord } from './format/meeting-json';
import { meetingRecords, officialAppearances, type OfficialAppearance } from './records';
import type { Input } from './inputs';
import { readInput } from './read-input';
import { fsErrorText } from './fs-errors';
import { keepBackup, writeAtomically } from './safe-write';
import { removeQuietly } from './temp-files';
import { encodingAdvice, type FromEncoding } from './legacy-input';
import { ENCODING_FACTS, type LegacyEncoding } from '../core';
import { indexJob } from './index-job';
import { isCountedDamage } from './counted-damage';

export type Command = 'check' | 'fix' | 'export' | 'duplicates' | 'signatures' | 'index';

export type OutputFormat = 'human' | 'json' | 'sarif' | 'jsonl' | 'csv';

export interface JobOptions {
  readonly command: Command;
  /** How this file's output is rendered (in the worker, so the main thread only writes). */
  readonly format: OutputFormat;
  /** Findings below this severity are not reported. */
  readonly minimum: ShownSeverity;
  readonly settings: HuiyiSettings;
  /** fix: also convert to simplified script. */
  readonly toSimplified?: boolean;
  /** fix --from-encoding: read files that are not UTF-8 in this encoding and write them as UTF-8. */
  readonly fromEncoding?: FromEncoding;
  /** fix: opt-in repairs (OPT_IN_REPAIRS) applied as well as fix-all's. */
  readonly also?: readonly DamageCode[];
  readonly dryRun?: boolean;
  readonly backup?: boolean;
  /** export: one record per official instead of per meeting. */
  readonly officials?: boolean;
  /** The messages' language (--lang zh-cn); English when absent. */
  readonly locale?: string;
  /** export, duplicates: compute each meeting's signature (core/duplicates) for the main thread to cluster. */
  readonly signatures?: boolean;
}


function fix(input: Input, text: string, document: TextDocument, service: LanguageService, options: JobOptions, findings: readonly CliFinding[], reencoded?: LegacyEncoding): FixResult {
  const { model } = service.analyse(document, options.settings);
  const lossy = findings.find((f) => f.code === 'mojibake.wrong-encoding');
  const repairs = model && !lossy ? fixAllRepairs(document, model, options.settings.damage, options.also) : [];
  let fixed = applyEdits(text, repairs);
  let edits: readonly Edit[] = repairs;
  let converted = 0;
  let leftForRepair: number | undefined;
  if (options.toSimplified && !lossy) {
    // What the repairs left of the mojibake is not converted: it stays as it is, for a person to repair.
    const protection = repairs.length ? textProtection(fixed, options.settings.damage) : documentProtection(document, model, options.settings.damage);
    const conversion = convertToSimplified(fixed, options.settings.conversion, protection);
    converted = conversion.charactersChanged;
    leftForRepair = conversion.protectedSpans;
    // Kept as edits of the original text, for --dry-run's diff.
    if (options.dryRun || !input.path) edits = composeEdits(text, edits, conversion.edits);
    fixed = applyEdits(fixed, conversion.edits);
  }
  // Re-encoded from GB18030 / Big5: the file changes (every byte) even when no repair does.
  const changed = fixed !== text || !!reencoded;
  const unrepairable = lossy ? `left as it is: ${lossy.message}` : undefined;
  if (!changed) return { changed, written: false, repairs: 0, converted: 0, leftForRepair, unrepairable };
  // Removing the web-page blocks can take the publication line, the only place that gives the
  // meetings' dates their year: say so, once per file.
  const note =
    model?.published && !fixed.includes(model.published)
      ? `the removed web-page lines held the publication date (${model.published}), which gives this file's meeting dates their year; run huiyi export before removing them if you need it`
      : undefined;
  if (options.dryRun || !input.path) {
    const name = input.path ?? input.id;
    return { changed, written: false, diff: unifiedDiff(`a/${name}`, `b/${name}`, text, edits), repairs: repairs.length, converted, leftForRepair, unrepairable, note };
  }
  // A write that fails (a read-only file system, a full disk) leaves the file as it was, and the
  // run goes on: this file is reported as failed.
  const failed = (what: string, error: unknown): FixResult => ({ changed, written: false, repairs: 0, converted: 0, failed: `cannot write ${what} (${fsErrorText(error)}); left as it is` });
  let backup: string | undefined;
  // A re-encoding rewrites every byte of the file: its original is always kept.
  if (options.backup || reencoded) {
    try {
      backup = keepBackup(input.path);
    } catch (error) {
      return failed('the backup', error);
    }
  }
  try {
    writeAtomically(input.path, fixed);
  } catch (error) {
    // The file is unchanged: the backup just made of it goes too.
    if (backup) removeQuietly(backup);
    return failed('the repaired file', error);
  }
  return { changed, written: true, repairs: repairs.length, converted, leftForRepair, unrepairable, note, backup, reencoded: reencoded && ENCODING_FACTS[reencoded].label };
}

/**
 * The findings `huiyi check` reports: what the editor's diagnostics hold (damage, then traditional
 * script unless the file was decoded with the wrong encoding), read straight from the core's
 * findings, without building LSP diagnostics for every one.
 */
function reportedFindings(document: TextDocument, lines: LineIndex, model: ReportModel | undefined, options: JobOptions): CliFinding[] {
  if (!model) return [];
  const minimum = SEVERITY_RANK[options.minimum];
  const { damage, conversion } = options.settings;
  const found: CliFinding[] = [];
  const enabled = enabledFindings(document, model, damage);
  for (const f of enabled) {
    const severity = damage.severity[f.code] as ShownSeverity;
    if (SEVERITY_RANK[severity] >= minimum) found.push(findingAt(lines, f.code, severity, f.start, f.end, f.message));
  }
  if (conversion.severity !== 'off' && scriptFindingsApply(enabled)) {
    for (const d of traditionalFindings(document, conversion, DAMAGE_SOURCE, documentProtection(document, model, damage))) {
      const f = cliFinding(d);
      if (SEVERITY_RANK[f.severity] >= minimum) found.push(f);
    }
  }
  return found;
}

/** Findings per code; counted by runs of one code (a damaged file has hundreds of pinyin findings in a row). */
function counts(findings: readonly CliFinding[]): Record<string, number> {
  const byCode: Record<string, number> = {};
  let code = '';
  let run = 0;
  for (const f of findings) {
    if (f.code === code) run++;
    else {
      if (run) byCode[code] = (byCode[code] ?? 0) + run;
      code = f.code;
      run = 1;
    }
  }
  if (run) byCode[code] = (byCode[code] ?? 0) + run;
  return byCode;
}

/** `check`'s rendering of one file's findings: written to the sink, or kept for SARIF's one document. */
function renderCheck(sink: ByteSink, r: FileResult, findings: CliFinding[], format: OutputFormat): FileResult {
  if (format === 'sarif') return { ...r, findings };
  if (format === 'json' || format === 'jsonl') writeCheckRecord(sink, { id: r.id, status: r.status, reason: r.reason ?? null, meetings: r.meetings, findings });
  else writeFindingLines(sink, r.id, findings);
  return r;
}

/** One input's work; its output (check's findings, export's records) is written to `sink`. */
export function runJob(input: Input, options: JobOptions, service: LanguageService, sink: ByteSink): FileResult {
  const read = readInput(input, options.settings.maxFileSizeMB, options.command === 'fix' ? options.fromEncoding : undefined);
  const none = { id: input.id, bytes: read.bytes, byCode: {}, meetings: 0, officials: [] };
  const check = (r: FileResult, findings: CliFinding[]): FileResult => (options.command === 'check' ? renderCheck(sink, r, findings, options.format) : r);
  if ('error' in read) return check({ ...none, status: read.skipped ? 'skipped' : 'error', reason: read.error }, []);
  const uri = input.path ? pathToFileURL(resolve(input.path)).href : `stdin:${encodeURIComponent(input.id)}`;
  const document = TextDocument.create(uri, 'plaintext', 1, read.text);
  try {
    if (options.command === 'index') return { ...none, status: 'analysed', index: indexJob(document, input.knownHash, service, options.settings) };
    const analysis = service.analyse(document, options.settings);
    if (analysis.admission.kind === 'skip') return check({ ...none, status: 'skipped', reason: analysis.admission.message }, []);
    const lines = new LineIndex(read.text);
    // duplicates and signatures report no findings (they count the damage per meeting themselves).
    let findings = options.command === 'duplicates' || options.command === 'signatures' ? [] : reportedFindings(document, lines, analysis.model, options);
    // A wrongly decoded file: say which encoding its bytes on disk are in, and how to re-encode it.
    const advice = input.path && analysis.model?.wronglyDecoded ? encodingAdvice(input.path) : undefined;
    if (advice) findings = findings.map((f) => (f.code === 'mojibake.wrong-encoding' ? { ...f, message: `${f.message} ${advice}` } : f));
    const model = analysis.model;
    if (!model) return check({ ...none, status: 'not-a-report', reason: 'does not read as a meeting report', byCode: counts(findings) }, findings);
    const result: FileResult = {
      id: input.id,
      status: 'analysed',
      bytes: read.bytes,
      byCode: counts(findings),
      meetings: model.meetings.length,
      officials: model.officials.map((o) => o.name),
    };
    // Signatures count the damage the detectors find in each meeting (for the choice of canonical copy):
    // encoding damage and residue, not style (counted-damage.ts).
    const signatures = () => meetingSignatures(input.id, read.text, model, { damage: enabledFindings(document, model, options.settings.damage).filter((f) => isCountedDamage(f.code)) });
    switch (options.command) {
      case 'export': {
        if (options.officials) return { ...result, appearances: officialAppearances(input.id, model), ...(options.signatures ? { signatures: signatures() } : {}) };
        const start = sink.length;
        const recordEnds: number[] = [];
        for (const m of meetingRecords(input.id, document, lines, model, findings)) {
          options.format === 'csv' ? sink.text(meetingRow(m)) : writeMeetingRecord(sink, m);
          recordEnds.push(sink.length - start);
        }
        return options.signatures ? { ...result, recordEnds, signatures: signatures() } : { ...result, recordEnds };
      }
      case 'duplicates':
        return { ...result, signatures: signatures() };
      case 'signatures':
        for (const s of signatures()) sink.text(signatureLine(s));
        return result;
      case 'fix': {
        const fixed = fix(input, read.text, document, service, options, findings, read.reencoded);
        return fixed.failed ? { ...result, status: 'error', reason: fixed.failed, fix: fixed } : { ...result, fix: fixed };
      }
      default:
        return check(result, findings);
    }
  } finally {
    service.forget(uri);
  }
}

/** runJob, with an unexpected exception reported as this input's error (nothing half-written to the sink). */
export function runJobSafely(input: Input, options: JobOptions, service: LanguageService, sink: ByteSink): FileResult {
  const start = sink.length;
  try {
    return runJob(input, options, service, sink);
  } catch (error) {
    sink.reset(start);
    return { id: input.id, status: 'error', reason: `internal error: ${error instanceof Error ? error.message : String(error)}`, bytes: 0, byCode: {}, meetings: 0, officials: [] };
  }
}
