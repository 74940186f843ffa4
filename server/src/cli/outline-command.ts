// `huiyi outline`: prints the outline of each report, as the editor shows it.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols } from '../core/features/document-symbols';
import { buildReportModel } from '../core/model/build-model';
import { expandPaths, openDocument } from './files';

function print(symbols: DocumentSymbol[], depth: number, out: string[]): void {
  for (const s of symbols) {
    const detail = s.detail ? `  — ${s.detail}` : '';
    out.push(`${'  '.repeat(depth)}${s.name}${detail}  [${s.range.start.line + 1}:${s.range.start.character + 1}]`);
    if (s.children) print(s.children, depth + 1, out);
  }
}

export function runOutline(paths: string[]): number {
  if (paths.length === 0) {
    process.stderr.write('huiyi outline: name at least one file or folder\n');
    return 2;
  }
  const out: string[] = [];
  for (const file of expandPaths(paths)) {
    const document = openDocument(file);
    const model = buildReportModel(document);
    const count = model.meetings.length;
    out.push(`${file}: ${model.isReport ? `${count} meeting${count === 1 ? '' : 's'}` : 'not a meeting report'}`);
    print(documentSymbols(document, model), 1, out);
    out.push('');
  }
  process.stdout.write(out.join('\n'));
  return 0;
}
