// mojibake.utf8-as-latin1: UTF-8 read as Latin-1 or cp1252 (ä¸­å›½ for 中国, and twice: Ã¤Â¸Â­).
// The span is re-encoded byte for byte and decoded as UTF-8, as often as it was mis-decoded; it is
// repaired only when the result reads better than the span (mojibake-evidence).
import { decodeUtf8, latinByteOf } from '../codecs';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { t } from '../../l10n';
import { acceptsLatinRepair, sequenceLength } from '../mojibake-evidence';

/** Bytes of a run of Latin-1/cp1252 characters (every one non-ASCII), or undefined. */
function latinBytes(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = latinByteOf(text.charCodeAt(i));
    if (b < 0x80) return undefined;
    bytes[i] = b;
  }
  return bytes;
}

/**
 * The length of the UTF-8 sequence at `bytes[i]` when it is a whole, valid one a mis-decoding can
 * be undone from, else 0. Two-byte sequences count only from the Latin-1 rows (Ã©, Â·): «É» and
 * the like (C4–DF leads: Ä, É, Ô …, followed by a symbol) are real text.
 */
function validSequence(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i];
  const n = b === 0xc2 || b === 0xc3 ? 2 : sequenceLength(b) > 2 ? sequenceLength(b) : 0;
  if (!n || i + n > end) return 0;
  for (let k = 1; k < n; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  const second = bytes[i + 1];
  if (b === 0xe0 && second < 0xa0) return 0; // overlong
  if (b === 0xed && second > 0x9f) return 0; // a surrogate
  if (b === 0xf0 && second < 0x90) return 0; // overlong
  if (b === 0xf4 && second > 0x8f) return 0; // past U+10FFFF
  return n;
}

/** Whether every byte of the list is one of whole valid sequences (validSequence). */
function allSequences(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const n = validSequence(bytes, i, bytes.length);
    if (!n) return false;
    i += n;
  }
  return true;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The fully repaired text of a stretch of whole sequences, or undefined. */
export function repairLatinRun(text: string): string | undefined {
  const bytes = latinBytes(text);
  if (!bytes || !allSequences(bytes)) return undefined;
  let s = decodeUtf8(bytes);
  if (s === undefined) return undefined;
  for (let k = 0; k < 3; k++) {
    const again = latinBytes(s);
    if (!again || !allSequences(again)) break;
    const next = decodeUtf8(again);
    if (next === undefined) break;
    s = next;
  }
  // C1 controls may stand in a middle step (twice mis-decoded), never in the result.
  return CONTROL.test(s) ? undefined : s;
}

/** Run bytes, reused from run to run (grown when a run is longer). */
let scratch = new Uint8Array(1024);

/** Maximal stretches of whole valid sequences in the run `text[from, to)`, as [start, end, sequences] triples (text offsets). */
function validStretches(text: string, from: number, to: number): number[] {
  if (scratch.length < to - from) scratch = new Uint8Array(Math.max(to - from, scratch.length * 2));
  const bytes = scratch;
  const length = to - from;
  for (let k = 0; k < length; k++) bytes[k] = latinByteOf(text.charCodeAt(from + k));
  const out: number[] = [];
  let stretch = -1;
  let sequences = 0;
  for (let i = 0; i < length; ) {
    const n = validSequence(bytes, i, length);
    if (n) {
      if (stretch < 0) (stretch = i), (sequences = 0);
      sequences++;
      i += n;
    } else {
      if (stretch >= 0) out.push(from + stretch, from + i, sequences);
      stretch = -1;
      i++;
    }
  }
  if (stretch >= 0) out.push(from + stretch, to, sequences);
  return out;
}

export const utf8AsLatin1: Detector<'mojibake.utf8-as-latin1'> = {
  code: 'mojibake.utf8-as-latin1',
  detect({ text }) {
    const out: Finding<'mojibake.utf8-as-latin1'>[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x80 || latinByteOf(c) < 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 0x80 || latinByteOf(d) < 0) break;
        j++;
      }
      if (j - i >= 2) {
        const stretches = validStretches(text, i, j);
        for (let k = 0; k < stretches.length; k += 3) {
          const start = stretches[k];
          const end = stretches[k + 1];
          const piece = text.slice(start, end);
          const repaired = repairLatinRun(piece);
          if (repaired === undefined || !acceptsLatinRepair(text, start, end, stretches[k + 2], repaired)) continue;
          const message = t(
            '"{0}" is UTF-8 read as Latin-1/cp1252; the fix decodes it back to "{1}".',
            piece.length > 16 ? piece.slice(0, 16) + '…' : piece,
            repaired.length > 12 ? repaired.slice(0, 12) + '…' : repaired,
          );
          out.push(finding('mojibake.utf8-as-latin1', start, end, message, repaired));
        }
      }
      i = j;
    }
    return out;
  },
};
