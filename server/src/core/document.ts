// The small document interface the core needs. Any LSP TextDocument satisfies it.
import type { Position } from 'vscode-languageserver-types';

export interface ReportDocument {
  readonly uri: string;
  readonly version: number;
  /** The editor's language id, when known (meeting-report documents are always analysed). */
  readonly languageId?: string;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** A half-open range of UTF-16 offsets into the raw document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
