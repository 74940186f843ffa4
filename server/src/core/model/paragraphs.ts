// Paragraphs of the normalized view: one per line, trimmed of indentation and trailing space.
import type { NormalizedView } from '../normalize/view';
import type { TextPiece } from './types';
import { splitLines } from '../text/lines';

export interface Paragraph {
  readonly index: number;
  /** Trimmed content, in view offsets. */
  readonly start: number;
  readonly end: number;
  /** Normalized (simplified, full-width punctuation) content. */
  readonly text: string;
  readonly blank: boolean;
}

const SPACE = /[\s\u3000\u00a0\ufeff]/;

export function splitParagraphs(view: NormalizedView): Paragraph[] {
  const text = view.normalized;
  return splitLines(text).map((line, index) => {
    let start = line.start;
    let end = line.end;
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    return { index, start, end, text: text.slice(start, end), blank: start === end };
  });
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
