// Findings as the command line reports them: 1-based lines and columns (UTF-16 code units, as
// SARIF's default columnKind and every editor count them).
import { type LineIndex } from '../core';
import type { Diagnostic } from 'vscode-languageserver-types';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface CliFinding {
  readonly code: string;
  readonly severity: SeverityName;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

const NAMES: SeverityName[] = ['error', 'error', 'warning', 'information', 'hint'];
export const SEVERITY_RANK: Record<SeverityName, number> = { error: 4, warning: 3, information: 2, hint: 1 };

export function cliFinding(d: Diagnostic): CliFinding {
  return {
    code: String(typeof d.code === 'object' ? (d.code as { value: unknown }).value : d.code ?? 'huiyi'),
    severity: NAMES[d.severity ?? 1],
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
}

/** A finding of the core at raw offsets [start, end). */
export function findingAt(lines: LineIndex, code: string, severity: SeverityName, start: number, end: number, message: string): CliFinding {
  const line = lines.lineAt(start);
  const endLine = end === start ? line : lines.lineAt(end);
  return { code, severity, line: line + 1, column: lines.columnAt(start, line) + 1, endLine: endLine + 1, endColumn: lines.columnAt(end, endLine) + 1, message };
}
