// Findings as the command line reports them: 1-based lines and columns (UTF-16 code units, as
// SARIF's default columnKind and every editor count them).
import { severityName, type LineIndex, type ShownSeverity } from '../core';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface CliFinding {
  readonly code: string;
  readonly severity: ShownSeverity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

export function cliFinding(d: Diagnostic): CliFinding {
  return {
    code: String(typeof d.code === 'object' ? (d.code as { value: unknown }).value : d.code ?? 'huiyi'),
    severity: severityName(d.severity),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
}

/** A finding of the core at raw offsets [start, end). */
export function findingAt(lines: LineIndex, code: string, severity: ShownSeverity, start: number, end: number, message: string): CliFinding {
  const line = lines.lineAt(start);
  const endLine = end === start ? line : lines.lineAt(end);
  return { code, severity, line: line + 1, column: lines.columnAt(start, line) + 1, endLine: endLine + 1, endColumn: lines.columnAt(end, endLine) + 1, message };
}
