// Folding ranges for meetings, agenda items, statements and chrome blocks (multi-line only).
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ReportDocument, Span } from '../document';
import type { ReportModel } from '../model/types';

export function foldingRanges(document: ReportDocument, model: ReportModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (s: Span, kind?: FoldingRangeKind) => {
    const startLine = document.positionAt(s.start).line;
    const endLine = document.positionAt(s.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind });
  };
  for (const c of model.chrome) add(c, FoldingRangeKind.Comment);
  for (const m of model.meetings) {
    add(m, FoldingRangeKind.Region);
    for (const c of m.chrome) add(c, FoldingRangeKind.Comment);
    for (const a of m.agendaItems) {
      add(a, FoldingRangeKind.Region);
      for (const s of a.statements) add(s, FoldingRangeKind.Region);
    }
    for (const s of m.statements) add(s, FoldingRangeKind.Region);
  }
  return ranges;
}
