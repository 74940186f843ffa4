// UTF-16 files, with or without a byte order mark, little- or big-endian: read as UTF-8 they look
// binary (the zero half of every ASCII character) or full of U+FFFD. Recognised from their first
// bytes, so the command line can say what they are and how to convert them.
import { closeSync, openSync, readSync } from 'node:fs';

export interface Utf16 {
  readonly endian: 'LE' | 'BE';
  readonly bom: boolean;
}

const SAMPLE = 8192;

/** Whether the code units read as text: no NUL, no control characters but tab, line ends and form feed, no lone surrogates. */
function readsAsText(bytes: Uint8Array, little: boolean, from: number): boolean {
  let letters = 0;
  let units = 0;
  const end = bytes.length - ((bytes.length - from) % 2);
  for (let i = from; i < end; i += 2) {
    const u = little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    units++;
    if (u < 0x20) {
      if (u !== 0x09 && u !== 0x0a && u !== 0x0d && u !== 0x0c) return false;
    } else if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < end ? (little ? bytes[i + 2] | (bytes[i + 3] << 8) : (bytes[i + 2] << 8) | bytes[i + 3]) : -1;
      if (next === -1) break; // cut by the sample's end
      if (next < 0xdc00 || next > 0xdfff) return false;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return false;
    } else if (u === 0xfffe || u === 0xffff) {
      return false;
    }
    // What reports are written in: ASCII, Latin-1, general punctuation, CJK, full-width forms.
    if (u < 0x100 || (u >= 0x2000 && u <= 0x206f) || (u >= 0x3000 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef)) letters++;
  }
  return units > 0 && letters >= 0.9 * units;
}

/** The UTF-16 form of these first bytes of a file, or undefined when they are not UTF-16 text. */
export function sniffUtf16(bytes: Uint8Array): Utf16 | undefined {
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.length >= 2) {
    // FF FE 00 00 is UTF-32's mark, not UTF-16's.
    if (sample[0] === 0xff && sample[1] === 0xfe && !(sample[2] === 0 && sample[3] === 0)) return readsAsText(sample, true, 2) || sample.length === 2 ? { endian: 'LE', bom: true } : undefined;
    if (sample[0] === 0xfe && sample[1] === 0xff) return readsAsText(sample, false, 2) || sample.length === 2 ? { endian: 'BE', bom: true } : undefined;
  }
  // Without a mark: ASCII characters put their zero byte on one side (odd offsets in LE).
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const order: boolean[] = oddZeros >= evenZeros ? [true, false] : [false, true];
  for (const little of order) if ((little ? oddZeros : evenZeros) > 0 && readsAsText(sample, little, 0)) return { endian: little ? 'LE' : 'BE', bom: false };
  return undefined;
}

/** The first bytes of the file at `path`, sniffed; undefined when it cannot be read or is not UTF-16. */
export function sniffUtf16File(path: string): Utf16 | undefined {
  try {
    const fd = openSync(path, 'r');
    try {
      const bytes = Buffer.alloc(SAMPLE);
      const length = readSync(fd, bytes, 0, SAMPLE, 0);
      return sniffUtf16(bytes.subarray(0, length));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Why a UTF-16 file is not analysed, with the same advice as mojibake.wrong-encoding gives for GBK. */
export function utf16Message(u: Utf16): string {
  const name = `UTF-16 ${u.endian}`;
  const iconvName = u.bom ? 'UTF-16' : `UTF-16${u.endian}`;
  return `${name} text${u.bom ? ' (with a byte order mark)' : ''}, not UTF-8; not analysed. Reopen it with its encoding (VS Code: "Reopen with Encoding" → ${name}) and save it as UTF-8, or convert it: iconv -f ${iconvName} -t UTF-8`;
}
