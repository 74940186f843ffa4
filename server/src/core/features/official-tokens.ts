// Semantic tokens for officials' names and titles, so themes can colour them.
import type { ReportDocument } from '../document';
import type { ReportModel } from '../model/types';

export const OFFICIAL_TOKEN_TYPES = ['official', 'title'] as const;

interface Token {
  line: number;
  char: number;
  length: number;
  type: number;
}

/** LSP semantic tokens data (relative encoding); tokens never span lines. */
export function officialTokens(document: ReportDocument, model: ReportModel): number[] {
  const tokens: Token[] = [];
  const add = (start: number, end: number, type: number) => {
    const s = document.positionAt(start);
    const e = document.positionAt(end);
    if (s.line === e.line && e.character > s.character) tokens.push({ line: s.line, char: s.character, length: e.character - s.character, type });
  };
  for (const o of model.officials) {
    for (const m of o.mentions) {
      add(m.start, m.end, 0);
      for (const t of m.titles) add(t.start, t.end, 1);
    }
  }
  tokens.sort((a, b) => a.line - b.line || a.char - b.char);
  const data: number[] = [];
  let line = 0;
  let char = 0;
  let lastEnd = -1;
  let lastLine = -1;
  for (const t of tokens) {
    if (t.line === lastLine && t.char < lastEnd) continue; // overlapping (inherited titles)
    data.push(t.line - line, t.line === line ? t.char - char : t.char, t.length, t.type, 0);
    line = t.line;
    char = t.char;
    lastLine = t.line;
    lastEnd = t.char + t.length;
  }
  return data;
}
