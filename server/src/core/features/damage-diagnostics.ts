// Damage findings as LSP diagnostics: source "huiyi", a stable code, a link to the code's README
// section, the severity the user set for the code, and the repair in `data` together with the
// document version it was computed for (a fix for an older version is refused).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import { damageOf } from '../damage/cache';
import { activeDetectors } from '../damage/registry';
import { CODE_FACTS, type DamageCode, type DamageFinding as Finding } from '../damage/codes';
import { DIAGNOSTIC_SEVERITY, type ShownSeverity } from '../severity';
import type { DamageSettings } from '../damage/damage-settings';
import { t } from '../l10n';
import type { ReportModel } from '../model/types';
import { groupDense, isGroup, type DenseGroup, type Reported } from './dense-findings';

export const DAMAGE_SOURCE = 'huiyi';
export const TOO_MANY_PROBLEMS = 'file.too-many-problems';


/** What a damage diagnostic carries in `data`. */
export interface DamageData {
  readonly version: number;
  readonly code: DamageCode;
  readonly repair?: { readonly range: Range; readonly newText: string };
  /** A group of dense findings (dense-findings.ts): how many, and the range from the first to the last. */
  readonly group?: { readonly count: number; readonly range: Range };
}

/** The related locations a group's diagnostic lists: the first few, as examples (the Problems panel shows each as a row; the quick fix repairs every member). */
const RELATED_MAX = 5;

let readme: string | undefined;
/** The README that documents every code (shipped next to dist/, where every bundle lives). */
export function readmeUri(): string {
  return (readme ??= pathToFileURL(join(typeof __dirname === 'string' ? __dirname : '.', '..', 'README.md')).href);
}

/** The findings the user wants to see (code not turned off), in the document's current version. */
export function enabledFindings(document: ReportDocument, model: ReportModel, settings: DamageSettings): readonly Finding[] {
  const all = damageOf(document.getText(), model, { indent: settings.questionMarkIndent }, activeDetectors(settings.severity));
  // Most settings turn nothing off: then the memoized list itself (read-only by its type).
  if (!Object.values(settings.severity).includes('off')) return all;
  return all.filter((f) => settings.severity[f.code] !== 'off');
}

export function toDiagnostic(document: ReportDocument, f: Finding, settings: DamageSettings): Diagnostic {
  const range = { start: document.positionAt(f.start), end: document.positionAt(f.end) };
  const data: DamageData = {
    version: document.version,
    code: f.code,
    repair: f.repair ? { range: { start: document.positionAt(f.repair.start), end: document.positionAt(f.repair.end) }, newText: f.repair.newText } : undefined,
  };
  const diagnostic: Diagnostic = {
    source: DAMAGE_SOURCE,
    code: f.code,
    codeDescription: { href: `${readmeUri()}#${f.code}` },
    severity: DIAGNOSTIC_SEVERITY[settings.severity[f.code] as ShownSeverity],
    range,
    message: f.message,
    data,
  };
  if (CODE_FACTS[f.code].unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** One diagnostic for a group, at its first member: the count, the first member's message, the first few members as related locations. */
function groupDiagnostic(document: ReportDocument, g: DenseGroup, settings: DamageSettings): Diagnostic {
  const first = g.members[0];
  const last = g.members[g.members.length - 1];
  const diagnostic = toDiagnostic(document, first, settings);
  const data: DamageData = {
    version: document.version,
    code: g.code,
    group: { count: g.members.length, range: { start: document.positionAt(first.start), end: document.positionAt(last.end) } },
  };
  diagnostic.data = data;
  diagnostic.message = t('{0} in this paragraph. The first: {1}', CODE_FACTS[g.code].counted(g.members.length), first.message);
  diagnostic.relatedInformation = g.members.slice(0, RELATED_MAX).map((f) => ({
    location: { uri: document.uri, range: { start: document.positionAt(f.start), end: document.positionAt(f.end) } },
    message: f.message,
  }));
  return diagnostic;
}

/** The `max` most severe findings, earliest first within a severity; returned in document order. */
function mostSevere<T extends Reported>(findings: readonly T[], max: number, settings: DamageSettings): T[] {
  // How many of each severity are kept: all of the most severe ones, up to `max` in all. Then one
  // pass in document order keeps the earliest of each (a damaged file has a million findings).
  const count = [0, 0, 0, 0, 0];
  const severities = new Uint8Array(findings.length);
  for (let i = 0; i < findings.length; i++) count[(severities[i] = DIAGNOSTIC_SEVERITY[settings.severity[findings[i].code] as ShownSeverity] ?? 0)]++;
  let left = max;
  for (const severity of [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint]) {
    count[severity] = Math.min(count[severity], left);
    left -= count[severity];
  }
  count[0] = 0;
  const kept: T[] = [];
  for (let i = 0; i < findings.length && kept.length < max; i++) {
    if (count[severities[i]] > 0) {
      count[severities[i]]--;
      kept.push(findings[i]);
    }
  }
  return kept;
}

/**
 * Diagnostics of the damage in a document: dense findings of a code in a paragraph as one (over
 * huiyi.diagnostics.groupPerParagraph). Over the cap, the most severe are kept (then the
 * earliest), and one summary diagnostic says how many more there are.
 */
export function damageDiagnostics(document: ReportDocument, model: ReportModel, settings: DamageSettings): Diagnostic[] {
  let findings = groupDense(document.getText(), enabledFindings(document, model, settings), settings.groupPerParagraph);
  const max = settings.maxNumberOfProblems;
  let hidden = 0;
  if (findings.length > max) {
    hidden = findings.length - max;
    findings = mostSevere(findings, max, settings);
  }
  const diagnostics = findings.map((f) => (isGroup(f) ? groupDiagnostic(document, f, settings) : toDiagnostic(document, f, settings)));
  if (hidden) {
    diagnostics.push({
      source: DAMAGE_SOURCE,
      code: TOO_MANY_PROBLEMS,
      severity: DiagnosticSeverity.Information,
      range: { start: document.positionAt(0), end: document.positionAt(0) },
      message: hidden > 1
        ? t('{0} more problems in this file not shown (huiyi.maxNumberOfProblems is {1}). "Fix all" still repairs every one of them.', hidden, max)
        : t('{0} more problem in this file not shown (huiyi.maxNumberOfProblems is {1}). "Fix all" still repairs every one of them.', hidden, max),
    });
  }
  return diagnostics;
}
