// The default output of `huiyi check`: one line per finding, then a summary table.
import type { CliFinding } from '../findings';
import type { Summary } from '../summary';
import type { ByteSink } from './byte-sink';

/** `file:line:column: severity code: message`, one line per finding. */
export function writeFindingLines(sink: ByteSink, id: string, findings: readonly CliFinding[]): void {
  if (!findings.length) return;
  const name = Buffer.from(`${id}:`, 'utf8');
  for (const f of findings) {
    sink.bytes(name);
    sink.int(f.line);
    sink.ascii(':');
    sink.int(f.column);
    sink.ascii(': ');
    sink.ascii(f.severity);
    sink.ascii(' ');
    sink.repeated(f.code);
    sink.ascii(': ');
    sink.repeated(f.message);
    sink.ascii('\n');
  }
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
  const width = rows.reduce((w, [k]) => Math.max(w, k.length), 0);
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v.padStart(8)}`).join('\n');
}
