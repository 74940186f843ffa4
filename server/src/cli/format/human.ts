// The default output of `huiyi check`: one line per finding, then a summary table.
import type { CliFinding } from '../findings';
import type { Summary } from '../summary';

export function findingLines(id: string, findings: readonly CliFinding[]): string[] {
  return findings.map((f) => `${id}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`);
}

export function summaryTable(summary: Summary): string {
  const rows: [string, string][] = [
    ['files', String(summary.files)],
    ['  analysed as reports', String(summary.analysed)],
    ['  not meeting reports', String(summary.notReports)],
    ['  skipped (binary, too large)', String(summary.skipped)],
    ['  errors (unreadable, missing)', String(summary.errors)],
    ['meetings', String(summary.meetings)],
    ['officials (distinct names)', String(summary.officials)],
    ['findings', String(summary.findingCount)],
    ...Object.entries(summary.byCode)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]): [string, string] => [`  ${code}`, String(n)]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v.padStart(8)}`).join('\n');
}
