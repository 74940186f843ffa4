// Paragraphs of the normalized view: one per line, trimmed of indentation and trailing space.
import type { NormalizedView } from '../normalize/view';
import type { Point, TextPiece } from './types';
import { forEachLine } from '../text/lines';

export interface Paragraph {
  readonly index: number;
  /** Trimmed content, in view offsets. */
  readonly start: number;
  readonly end: number;
  /** Normalized (simplified, full-width punctuation) content. */
  readonly text: string;
  readonly blank: boolean;
}

/** What /[\s\u3000\u00a0\ufeff]/ matches (JavaScript's \s), by code unit: no one-character string per test. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** One string per code unit, made once: the paragraphs of a million one-character lines share them. */
const UNITS: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

/** What `text.slice(start, end)` answers; a one-unit slice is the shared string of that unit. */
export function sliceOf(text: string, start: number, end: number): string {
  if (end - start !== 1) return start === end ? '' : text.slice(start, end);
  const c = text.charCodeAt(start);
  return (UNITS[c] ??= text.slice(start, end));
}

export function splitParagraphs(view: NormalizedView): Paragraph[] {
  const text = view.normalized;
  const paragraphs: Paragraph[] = [];
  forEachLine(text, (lineStart, lineEnd) => {
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    paragraphs.push({ index: paragraphs.length, start, end, text: sliceOf(text, start, end), blank: start === end });
  });
  return paragraphs;
}

/** A piece of the view as a model TextPiece with raw offsets. */
export function piece(view: NormalizedView, viewStart: number, viewEnd: number): TextPiece {
  const raw = view.toRawSpan(viewStart, viewEnd);
  return {
    start: raw.start,
    end: raw.end,
    text: view.cleaned.slice(viewStart, viewEnd),
    normalized: view.normalized.slice(viewStart, viewEnd),
  };
}

/** piece() with its summary, built as one literal (spreading a piece copies it a second time). */
export function summarizedPiece(view: NormalizedView, viewStart: number, viewEnd: number, summary: string): Point {
  const raw = view.toRawSpan(viewStart, viewEnd);
  return {
    start: raw.start,
    end: raw.end,
    text: view.cleaned.slice(viewStart, viewEnd),
    normalized: view.normalized.slice(viewStart, viewEnd),
    summary,
  };
}
