// Line and column of offsets, as an LSP TextDocument computes them (a line ends at \r\n, \r or
// \n; an offset between \r and \n is on the \r), without an object per position: for callers
// that turn hundreds of thousands of findings into lines and columns.
import { OffsetList } from './offset-list';

export class LineIndex {
  /** Offset where each line starts. */
  readonly #starts: Int32Array;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
    const starts = new OffsetList(64);
    starts.push(0);
    if (text.indexOf('\r') === -1) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (c === 13 || c === 10) starts.push(i + 1);
      }
    }
    this.#starts = starts.view();
  }

  /** The 0-based line of `offset` (clamped to the text). */
  lineAt(offset: number): number {
    const at = Math.max(0, Math.min(offset, this.#text.length));
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#starts[mid] > at) hi = mid;
      else lo = mid + 1;
    }
    return lo - 1;
  }

  /** The 0-based column of `offset` on `line` (its lineAt), in UTF-16 code units. */
  columnAt(offset: number, line: number): number {
    const start = this.#starts[line];
    let at = Math.max(0, Math.min(offset, this.#text.length));
    // Inside the line break (between \r and \n): at the break.
    while (at > start && isBreak(this.#text.charCodeAt(at - 1))) at--;
    return at - start;
  }
}

const isBreak = (c: number) => c === 13 || c === 10;
