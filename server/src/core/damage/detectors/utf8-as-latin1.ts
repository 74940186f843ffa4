// mojibake.utf8-as-latin1: UTF-8 read as Latin-1 or cp1252 (ä¸­å›½ for 中国, and twice: Ã¤Â¸Â­).
// The span is re-encoded byte for byte and decoded as UTF-8, as often as it was mis-decoded.
import { decodeUtf8, latinByteOf } from '../codecs';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { t } from '../../l10n';

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

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** One decoding step: valid, printable, and not a Latin look-alike of ordinary text. */
function step(text: string): string | undefined {
  const bytes = latinBytes(text);
  if (!bytes) return undefined;
  const s = decodeUtf8(bytes);
  if (s === undefined) return undefined;
  // Two-byte results count only from the Latin-1 rows (Ã©, Â·): «É» and the like are real text.
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0xc4 && bytes[i] <= 0xdf) return undefined;
  return s;
}

/** The fully repaired text of a run, or undefined. */
export function repairLatinRun(text: string): string | undefined {
  let s = step(text);
  if (s === undefined) return undefined;
  for (let k = 0; k < 3; k++) {
    const again = step(s);
    if (again === undefined) break;
    s = again;
  }
  // C1 controls may stand in a middle step (twice mis-decoded), never in the result.
  return CONTROL.test(s) ? undefined : s;
}

function sequenceLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Splits a run into maximal stretches of whole UTF-8 sequences; returns [start, end) pairs. */
function validStretches(run: string): number[] {
  const out: number[] = [];
  let i = 0;
  let stretch = -1;
  while (i < run.length) {
    const n = sequenceLength(latinByteOf(run.charCodeAt(i)));
    const ok = n > 0 && i + n <= run.length && step(run.slice(i, i + n)) !== undefined;
    if (ok) {
      if (stretch < 0) stretch = i;
      i += n;
    } else {
      if (stretch >= 0) out.push(stretch, i);
      stretch = -1;
      i++;
    }
  }
  if (stretch >= 0) out.push(stretch, i);
  return out;
}

export const utf8AsLatin1: Detector = {
  code: 'mojibake.utf8-as-latin1',
  detect({ text }) {
    const out: Finding[] = [];
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
        const run = text.slice(i, j);
        const stretches = validStretches(run);
        for (let k = 0; k < stretches.length; k += 2) {
          const piece = run.slice(stretches[k], stretches[k + 1]);
          const repaired = repairLatinRun(piece);
          if (repaired === undefined) continue;
          const start = i + stretches[k];
          const message = t(
            '"{0}" is UTF-8 read as Latin-1/cp1252; the fix decodes it back to "{1}".',
            piece.length > 16 ? piece.slice(0, 16) + '…' : piece,
            repaired.length > 12 ? repaired.slice(0, 12) + '…' : repaired,
          );
          out.push(finding('mojibake.utf8-as-latin1', start, start + piece.length, message, repaired));
        }
      }
      i = j;
    }
    return out;
  },
};
