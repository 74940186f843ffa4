// Diagnostics of one document: a notice when it was skipped; the damage findings otherwise.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { traditionalFindings } from '../conversion/script-findings';
import type { ConversionCache } from '../conversion/conversion-cache';
import type { ReportDocument } from '../document';
import { documentProtection } from './conversion-protection';
import { damageDiagnostics } from './damage-diagnostics';
import type { Analysis } from '../report/analysis';
import type { HuiyiSettings } from '../settings';

export const SOURCE = 'huiyi';
const WRONG_ENCODING = 'mojibake.wrong-encoding';

/** A file decoded with the wrong encoding has nothing to convert: its one finding says how to reopen it. */
export function scriptFindingsApply(damage: readonly { readonly code?: unknown }[]): boolean {
  return !damage.some((d) => d.code === WRONG_ENCODING);
}

export function collectDiagnostics(document: ReportDocument, analysis: Analysis, settings: HuiyiSettings, conversions?: ConversionCache): Diagnostic[] {
  const { admission } = analysis;
  if (admission.kind === 'skip') {
    return [
      {
        source: SOURCE,
        code: `file.${admission.reason}`,
        severity: DiagnosticSeverity.Information,
        range: { start: document.positionAt(0), end: document.positionAt(0) },
        message: admission.message,
      },
    ];
  }
  if (!analysis.model) return [];
  // Damage (issue 3), then traditional script per paragraph (issue 5). A file decoded with the
  // wrong encoding has nothing to convert: its one finding says how to reopen it.
  const damage = damageDiagnostics(document, analysis.model, settings.damage);
  if (!scriptFindingsApply(damage)) return damage;
  return [...damage, ...traditionalFindings(document, settings.conversion, SOURCE, documentProtection(document, analysis.model, settings.damage), conversions)];
}
