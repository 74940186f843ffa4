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
export function forEachLine(text: string, onLine: (start: number, end: number, next: number) => void): void {
  const n = text.length;
  let start = 0;
  if (text.indexOf('\r') === -1) {
    // LF only (most files): indexOf finds each break far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
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
