// The one severity type: what huiyi.diagnostics.severity, huiyi.conversion.severity and
// --min-severity name, and how it maps to LSP's DiagnosticSeverity and back.
import { DiagnosticSeverity } from 'vscode-languageserver-types';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
/** A severity a finding is shown with. */
export type ShownSeverity = Exclude<Severity, 'off'>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

export function isSeverity(value: unknown): value is Severity {
  return SEVERITIES.includes(value as Severity);
}

export const DIAGNOSTIC_SEVERITY: Readonly<Record<ShownSeverity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const NAMES: readonly ShownSeverity[] = ['error', 'error', 'warning', 'information', 'hint'];

/** The name of an LSP severity (a diagnostic without one is an error, as LSP clients show it). */
export function severityName(severity: DiagnosticSeverity | undefined): ShownSeverity {
  return NAMES[severity ?? 1];
}

/** Higher is more severe: --min-severity keeps what ranks at least as high. */
export const SEVERITY_RANK: Readonly<Record<ShownSeverity, number>> = { error: 4, warning: 3, information: 2, hint: 1 };
