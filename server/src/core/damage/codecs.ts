// Byte tables taken from iconv-lite (never hand-made): which cp1252 byte a character came from,
// and which two GBK bytes. Built once, lazily, on first use.
import * as iconv from 'iconv-lite';
import { decodeWellFormedUtf8 } from '../text/utf8';

let cp1252: Map<number, number> | undefined;
let gbk: Uint16Array | undefined;

/** Characters cp1252 puts at 0x80–0x9F (€ ‚ ƒ „ … “ ” …) → their byte. */
export function cp1252Specials(): ReadonlyMap<number, number> {
  if (!cp1252) {
    cp1252 = new Map();
    for (let b = 0x80; b <= 0x9f; b++) {
      const ch = iconv.decode(Buffer.from([b]), 'win1252');
      if (ch.length === 1 && ch !== '\ufffd') cp1252.set(ch.charCodeAt(0), b);
    }
  }
  return cp1252;
}

/** The byte a character stands for when UTF-8 was read as Latin-1 or cp1252, or -1. */
export function latinByteOf(code: number): number {
  if (code < 0x100) return code;
  if (code > 0x2122) return -1; // past ™, the last cp1252 character
  return cp1252Specials().get(code) ?? -1;
}

/** BMP code unit → its two GBK bytes (lead << 8 | trail), 0 when GBK has no two-byte form. */
export function gbkTable(): Uint16Array {
  if (gbk) return gbk;
  const table = new Uint16Array(0x10000);
  const trails: number[] = [];
  for (let t = 0x40; t <= 0xfe; t++) if (t !== 0x7f) trails.push(t);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const bytes: number[] = [];
    for (const t of trails) bytes.push(lead, t);
    const row = iconv.decode(Buffer.from(bytes), 'gbk');
    if (row.length === trails.length) {
      for (let k = 0; k < trails.length; k++) {
        const c = row.charCodeAt(k);
        if (c !== 0xfffd && !table[c]) table[c] = (lead << 8) | trails[k];
      }
    } else {
      for (const t of trails) {
        const ch = iconv.decode(Buffer.from([lead, t]), 'gbk');
        if (ch.length === 1 && ch !== '\ufffd' && !table[ch.charCodeAt(0)]) table[ch.charCodeAt(0)] = (lead << 8) | t;
      }
    }
  }
  return (gbk = table);
}

let gbkSingles: Map<number, number> | undefined;
/** Characters GBK (cp936) writes as one byte above 0x7F (€ = 0x80). */
export function gbkSingleBytes(): ReadonlyMap<number, number> {
  if (!gbkSingles) {
    gbkSingles = new Map();
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = iconv.decode(Buffer.from([b]), 'gbk');
      if (ch.length === 1 && ch !== '\ufffd') gbkSingles.set(ch.charCodeAt(0), b);
    }
  }
  return gbkSingles;
}

/** Strict UTF-8 decoding: the text, or undefined when the bytes are not valid UTF-8. */
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  // The same answer without a thrown error for every malformed run (the detectors try millions of
  // short ones in a mojibake file): the JavaScript decoder refuses exactly what is malformed, and
  // refuses everything only on a big-endian machine.
  const wellFormed = decodeWellFormedUtf8(bytes);
  if (wellFormed !== undefined || LITTLE_ENDIAN) return wellFormed;
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeGbk(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'gbk');
}
