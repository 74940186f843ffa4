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

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (start, end, next) => {
    lines.push({ start, end, next });
  });
  return lines;
}
