// Reads a report file as text (UTF-8, a BOM kept as U+FEFF, as readFileSync(path, 'utf8') gives
// it) into one reused buffer, decoded by our UTF-8 decoder. For the threads that read whole
// corpora: the command line's and the corpus index's (the editor's text comes from the client).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeUtf8 } from './utf8';

/** The read buffer, reused from file to file; one much bigger than a report is not kept. */
const KEEP = 1 << 22;
let bytes = Buffer.allocUnsafeSlow(1 << 16);

export type ReadText = { readonly text: string; readonly size: number } | { readonly tooLarge: true; readonly size: number };

/**
 * The file at `path` as text (UTF-8, a BOM kept as U+FEFF, as readFileSync(path, 'utf8') gives
 * it), unless it is larger than `maxBytes`: its size is checked before anything is read. Throws
 * what fs throws (ENOENT, EACCES, EISDIR).
 */
export function readText(path: string, maxBytes: number): ReadText {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { tooLarge: true, size };
    // As readFileSync reads: `size` bytes, or to the end when the size is unknown (0).
    let data = bytes.length >= size ? bytes : Buffer.allocUnsafeSlow(size);
    let length = 0;
    while (size === 0 || length < size) {
      if (length === data.length) {
        const grown = Buffer.allocUnsafeSlow(data.length * 2);
        data.copy(grown, 0, 0, length);
        data = grown;
      }
      const got = readSync(fd, data, length, (size || data.length) - length, null);
      if (got === 0) break;
      length += got;
    }
    if (data.length <= KEEP) bytes = data;
    return { text: decodeUtf8(data.subarray(0, length)), size };
  } finally {
    closeSync(fd);
  }
}
