// Splits text into lines, keeping exact offsets and the line ending of each line.

export interface Line {
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just past the last character, before the line ending. */
  readonly end: number;
  /** Offset just past the line ending (equals `end` on the last line). */
  readonly next: number;
}

/**
 * Calls `onLine(start, end, next)` for each line, in order, with the offsets a Line would hold:
 * no object per line (a file of a million short lines would make a million of them per pass).
 */
/** How many code units nextBreak reads one by one before it hands the rest of the line to indexOf. */
const NEAR = 16;

/**
 * What `text.indexOf('\n', from)` answers. A short line's break is found by reading its code units:
 * on a million one-character lines, a builtin call per line costs more than the reading; a longer
 * line's by indexOf, which is far faster over many characters.
 */
export function nextBreak(text: string, from: number): number {
  const n = text.length;
  const stop = from + NEAR < n ? from + NEAR : n;
  for (let i = from; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop === n ? -1 : text.indexOf('\n', stop);
}

export function forEachLine(text: string, onLine: (start: number, end: number, next: number) => void): void {
  const n = text.length;
  let start = 0;
  if (text.indexOf('\r') === -1) {
    // LF only (most files): nextBreak finds each break.
    for (let i = nextBreak(text, 0); i !== -1; i = nextBreak(text, start)) {
      onLine(start, i, i + 1);
      start = i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        onLine(start, i, next);
        start = next;
        i = next - 1;
      }
    }
  }
  onLine(start, n, n);
}

/**
 * The start of the first line whose end (before its line ending) lies after `to`, `from` being the
 * start of a line at or before `to`: a break at `to` belongs to the line before it. Reads back from
 * `to` no further than `from`. `text.length` when there is none.
 */
export function lineStartAfter(text: string, to: number, from: number): number {
  const n = text.length;
  if (to >= n) return n;
  const c = text.charCodeAt(to);
  if (c === 13) return text.charCodeAt(to + 1) === 10 ? to + 2 : to + 1;
  if (c === 10) return to + 1;
  let i = to;
  while (i > from) {
    const b = text.charCodeAt(i - 1);
    if (b === 10 || b === 13) break;
    i--;
  }
  return i;
}

/**
 * forEachLine for a caller that knows where the next line that matters to it is: when `onLine`
 * answers an offset `to`, the lines after that one that end (before their line ending) at or
 * before `to` are passed over without a call. A document of a million short lines of which a few
 * change is visited at those few.
 */
export function forEachLineSkipping(text: string, onLine: (start: number, end: number, next: number) => number | void): void {
  const n = text.length;
  const lf = text.indexOf('\r') === -1;
  let start = 0;
  for (;;) {
    let end: number;
    let next: number;
    if (lf) {
      const i = nextBreak(text, start);
      end = i === -1 ? n : i;
      next = i === -1 ? n : i + 1;
    } else {
      end = start;
      while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      next = end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end < n ? end + 1 : n;
    }
    const to = onLine(start, end, next);
    if (end === n) return;
    start = typeof to === 'number' && to > next ? lineStartAfter(text, to, next) : next;
    if (start >= n && to !== undefined && to >= n) return;
  }
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (start, end, next) => {
    lines.push({ start, end, next });
  });
  return lines;
}
