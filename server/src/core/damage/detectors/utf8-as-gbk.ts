// mojibake.utf8-as-gbk: UTF-8 read as GBK or GB18030 (涓浗 for 中国, 鍖哄煙 for 区域). The span's
// GBK bytes are decoded as UTF-8; it is repaired only when that round-trips exactly and reads as
// Chinese where the span did not.
import { isHan } from '../../text/chars';
import { decodeGbk, gbkSingleBytes, gbkTable } from '../codecs';
import { isCommonChar, isGb2312Bytes } from '../common-chars';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { t } from '../../l10n';

const MIN_CHARS = 3; // six bytes: two UTF-8 ideographs

const isUtf8Byte = (b: number) => (b >= 0x80 && b <= 0xbf) || (b >= 0xc2 && b <= 0xf4);

/** The GBK bytes of a character that UTF-8 could have made, as 1 or 2 bytes; 0 when none. */
function bytesOf(code: number, table: Uint16Array, singles: ReadonlyMap<number, number>): number {
  const b = singles.get(code);
  if (b !== undefined) return isUtf8Byte(b) ? b | 0x10000 : 0;
  const v = table[code];
  return v && isUtf8Byte(v >> 8) && isUtf8Byte(v & 0xff) ? v : 0;
}

let candidates: Int32Array | undefined;
/** bytesOf for every BMP code unit, computed once: the scan's hot loop is one array read. */
function candidateTable(): Int32Array {
  if (candidates) return candidates;
  const table = gbkTable();
  const singles = gbkSingleBytes();
  const t = new Int32Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) t[c] = bytesOf(c, table, singles);
  return (candidates = t);
}

/**
 * Whether a byte can open a UTF-8 sequence that decodes to a plausible character: C2 (·), E2
 * (quotes, dashes, …), E3-E9 (CJK punctuation and ideographs), EF (compatibility ideographs, full
 * width forms). Any other lead decodes to nothing `plausible` accepts, so no run starts there.
 */
const isPlausibleLead = (b: number) => b === 0xc2 || (b >= 0xe2 && b <= 0xe9) || b === 0xef;

/** Whether the character's first GBK byte can open a plausible UTF-8 sequence and its second continue it. */
function canOpen(v: number): boolean {
  if (v & 0x10000) return isPlausibleLead(v & 0xff);
  return isPlausibleLead(v >> 8) && (v & 0xff) >= 0x80 && (v & 0xff) <= 0xbf;
}

function plausible(code: number): boolean {
  return isHan(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e) || (code >= 0x2018 && code <= 0x201d) || code === 0x2026 || code === 0x2014 || code === 0xb7;
}

const CANDIDATE = 1;
const OPENS = 2;
let flagTable: Uint8Array | undefined;
/**
 * For the scan over every character: CANDIDATE where candidateTable is non-zero, OPENS where the
 * character can also open a sequence. A byte per code unit keeps the ideographs' part of the
 * table (20 KB) in the first-level cache, where the Int32 table's (80 KB) does not fit.
 */
function flagsOf(cand: Int32Array): Uint8Array {
  if (flagTable) return flagTable;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (cand[c]) t[c] = CANDIDATE | (canOpen(cand[c]) ? OPENS : 0);
  return (flagTable = t);
}

/** Decoded characters weighed from one start (WINDOW), with room to spare. */
const WINDOW_CAPACITY = 2050;

/** Scratch buffers reused across runs (grown when a run is longer): the scan allocates nothing. */
let bytes = new Uint8Array(1024);
let charOfByte = new Int32Array(1025);
let charAt = new Int32Array(512);
let codes = new Int32Array(WINDOW_CAPACITY);
let ends = new Int32Array(WINDOW_CAPACITY);
const hanBefore = new Int32Array(WINDOW_CAPACITY + 1);
const commonAfter = new Int32Array(WINDOW_CAPACITY + 1);
let commonBefore = new Int32Array(513);

function ensureCapacity(chars: number): void {
  if (charAt.length >= chars) return;
  const size = Math.max(chars, charAt.length * 2);
  bytes = new Uint8Array(size * 2);
  charOfByte = new Int32Array(size * 2 + 1);
  charAt = new Int32Array(size);
  commonBefore = new Int32Array(size + 1);
}

/**
 * Decodes UTF-8 from `bytes` at `from` for as long as it is valid and plausible (at most `max`
 * characters), into `codes` (the code points) and `ends` (the byte offset after each); returns how many.
 */
function decodeRun(from: number, to: number, max: number): number {
  let count = 0;
  let p = from;
  while (p < to && count < max) {
    const b = bytes[p];
    let n: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) (n = 2), (cp = b & 0x1f);
    else if (b >= 0xe0 && b <= 0xef) (n = 3), (cp = b & 0x0f);
    else break;
    if (p + n > to) break;
    let ok = true;
    for (let k = 1; k < n; k++) {
      const c = bytes[p + k];
      if (c < 0x80 || c > 0xbf) ok = false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || (n === 3 && cp < 0x800) || (cp >= 0xd800 && cp <= 0xdfff) || !plausible(cp)) break;
    p += n;
    codes[count] = cp;
    ends[count++] = p;
  }
  return count;
}

export const utf8AsGbk: Detector<'mojibake.utf8-as-gbk'> = {
  code: 'mojibake.utf8-as-gbk',
  detect({ text }) {
    const cand = candidateTable();
    const flags = flagsOf(cand);
    const out: Finding<'mojibake.utf8-as-gbk'>[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      // A run of characters whose GBK bytes could all be UTF-8 bytes of non-ASCII text, and
      // that holds at least one character able to open a UTF-8 sequence.
      if (!flags[text.charCodeAt(i)]) {
        i++;
        continue;
      }
      let j = i;
      let opens = 0;
      for (; j < n; j++) {
        const f = flags[text.charCodeAt(j)];
        if (!f) break;
        opens |= f;
      }
      if (opens & OPENS && j - i >= MIN_CHARS) scanRun(text, i, j, cand, out);
      i = j;
    }
    return out;
  },
};

/**
 * At most this many decoded characters are weighed from one start: a longer stretch is repaired
 * as consecutive findings, and a start that is rejected costs at most this much work (no
 * quadratic time on a long run).
 */
const WINDOW = 2048;

function scanRun(text: string, from: number, to: number, cand: Int32Array, out: Finding<'mojibake.utf8-as-gbk'>[]): void {
  // The run's bytes, where each character starts (charAt[k] for from + k), and the character
  // that starts at each byte offset (-1 inside a character).
  const chars = to - from;
  ensureCapacity(chars);
  let length = 0;
  for (let k = 0; k < chars; k++) {
    charAt[k] = length;
    charOfByte[length] = k;
    const c = text.charCodeAt(from + k);
    const v = cand[c];
    commonBefore[k + 1] = commonBefore[k] + (isGb2312Bytes(gbkTable()[c]) ? 1 : 0);
    if (v & 0x10000) bytes[length++] = v & 0xff;
    else {
      bytes[length++] = v >> 8;
      charOfByte[length] = -1;
      bytes[length++] = v & 0xff;
    }
  }
  charOfByte[length] = chars;
  let s = 0;
  while (chars - s >= MIN_CHARS) {
    if (!canOpen(cand[text.charCodeAt(from + s)])) {
      s++;
      continue;
    }
    const count = decodeRun(charAt[s], length, WINDOW);
    // Decoded Han and common characters before each decoded character: codes[0, k) has hanBefore[k].
    for (let k = 0; k < count; k++) {
      hanBefore[k + 1] = hanBefore[k] + (isHan(codes[k]) ? 1 : 0);
      commonAfter[k + 1] = commonAfter[k] + (isCommonChar(codes[k]) ? 1 : 0);
    }
    let accepted = false;
    // The longest stretch that ends on a character boundary and passes; shorter ones after.
    for (let k = count - 1; k >= 1 && !accepted; k--) {
      const endChar = charOfByte[ends[k]];
      if (endChar < 0 || endChar - s < MIN_CHARS) continue;
      if (!readsBetter(k + 1, commonBefore[endChar] - commonBefore[s], endChar - s)) continue;
      const start = from + s;
      const end = from + endChar;
      const repaired = fromCodes(codes, k + 1);
      if (!roundTrips(repaired, text, start, end)) break;
      const message = t(
        '"{0}" is UTF-8 read as GBK; the fix decodes it back to "{1}".',
        `${text.slice(start, Math.min(end, start + 12))}${end - start > 12 ? '…' : ''}`,
        repaired.length > 12 ? repaired.slice(0, 12) + '…' : repaired,
      );
      out.push(finding('mojibake.utf8-as-gbk', start, end, message, repaired));
      s = endChar;
      accepted = true;
    }
    if (!accepted) s++;
  }
}

/**
 * Whether the first `n` decoded characters read better than the `spanChars` characters of the
 * span, `spanCommon` of which are common: two Han characters or more, mostly common ones, where
 * the span was clearly less common (mojibake is full of GBK's rare extension characters).
 */
function readsBetter(n: number, spanCommon: number, spanChars: number): boolean {
  if (hanBefore[n] < 2) return false;
  const after = commonAfter[n] / n;
  return after >= 0.6 && spanCommon / spanChars <= after - 0.2;
}

/** The string of codes[0, n) (n is at most WINDOW), one character at a time: no argument list as long as the input. */
function fromCodes(list: Int32Array, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += String.fromCharCode(list[k]);
  return s;
}

/**
 * Re-encoding the repair to UTF-8 and reading it as GBK gives the span back exactly. The repair
 * was decoded (strict, shortest-form UTF-8) from the span's GBK bytes, so its UTF-8 is those
 * bytes; a GBK reader takes a two-byte character's pair as one (its lead is 0x81–0xFE and its
 * trail a UTF-8 byte, never a GB18030 digit) and reads it back as the character gbkTable took it
 * from (the table holds only pairs that decode to their character), and a one-byte character
 * whose byte is no lead (€ = 0x80) alone. So when every character of the span is one of those,
 * nothing needs decoding; otherwise the bytes are decoded as before.
 */
export function roundTrips(repaired: string, text: string, start: number, end: number): boolean {
  const cand = candidateTable();
  let alone = true;
  for (let i = start; i < end && alone; i++) {
    const v = cand[text.charCodeAt(i)];
    if (!v || (v & 0x10000 && (v & 0xff) >= 0x81 && (v & 0xff) <= 0xfe)) alone = false;
  }
  return alone || roundTripsByDecoding(repaired, text, start, end);
}

/** The reference: encode the repair to UTF-8, decode that as GBK, compare. */
export function roundTripsByDecoding(repaired: string, text: string, start: number, end: number): boolean {
  return decodeGbk(Buffer.from(repaired, 'utf8')) === text.slice(start, end);
}
