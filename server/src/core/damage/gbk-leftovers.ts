// What is left of UTF-8 read as GBK where bytes were lost: 会议 后 → 浼氳��鍚�. The replacement
// characters mark the loss; the characters next to them (浼氳, 鍚) are GBK readings of the bytes
// around it, which no repair can decode (the sequence is cut) but a person comparing with the
// source can. Found by taking their GBK bytes back and reading them as UTF-8: whole sequences of
// ideographs or CJK punctuation, cut only where they touch the replacement characters.
import { isHan } from '../text/chars';
import { gbkSingleBytes, gbkTable } from './codecs';

/** Most characters looked at on each side (a lost stretch rarely leaves more). */
const MAX_CHARS = 32;

function bytesOf(code: number, out: number[]): boolean {
  const single = gbkSingleBytes().get(code);
  if (single !== undefined) return out.push(single), true;
  const v = code >= 0x80 ? gbkTable()[code] : 0;
  if (!v) return false;
  out.push(v >> 8, v & 0xff);
  return true;
}

const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;

function plausible(code: number): boolean {
  return isHan(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e) || (code >= 0x2018 && code <= 0x201d) || code === 0x2026 || code === 0x2014;
}

const READS = 1;
const NOT_YET = 0; // it may read once more bytes follow (it stopped at the end)
const NEVER = -1; // it stopped before the end: no longer run starting the same reads either

/**
 * Whether bytes[from, bytes.length) read as UTF-8 of plausible characters, allowing `cutHead`
 * continuation bytes first (the end of a sequence whose start was lost) and, when `cutTail`, an
 * unfinished sequence last (its end was lost): READS, else NOT_YET when it failed at the end of
 * the bytes, NEVER when on a byte before it.
 */
function readsAsUtf8(bytes: readonly number[], from: number, cutHead: boolean, cutTail: boolean): number {
  let i = from;
  if (cutHead) for (let k = 0; k < 3 && i < bytes.length && isContinuation(bytes[i]); k++) i++;
  let decoded = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) return NEVER;
    let code = length === 2 ? b & 0x1f : length === 3 ? b & 0x0f : b & 0x07;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return cutTail ? READS : NOT_YET; // a sequence begun, its end lost
      if (!isContinuation(bytes[i + k])) return NEVER;
      code = (code << 6) | (bytes[i + k] & 0x3f);
    }
    if (!plausible(code)) return NEVER;
    decoded++;
    i += length;
  }
  // Only the end of a cut sequence proves nothing: it must be followed by a whole one.
  return decoded > 0 ? READS : NOT_YET;
}

/**
 * The stretch around text[start, end) (a run of U+FFFD) that is the loss and its GBK leftovers:
 * the longest run of characters before it whose bytes read as UTF-8 cut at the loss, and after
 * it as UTF-8 cut at its start (and at its end, when another loss follows).
 * What gbkLeftoversAroundPlain answers, in time linear in MAX_CHARS for the bytes gathered (the
 * bytes before are gathered in order, not each put in front), and the characters after are no
 * longer tried once a shorter run failed before its end (bytes added after cannot mend that).
 */
export function gbkLeftoversAround(text: string, start: number, end: number): { start: number; end: number } {
  let first = start;
  const scratch: number[] = [];
  while (first > 0 && start - (first - 1) <= MAX_CHARS && bytesOf(text.charCodeAt(first - 1), scratch)) first--;
  const before: number[] = [];
  const charStart: number[] = [];
  for (let i = first; i < start; i++) {
    charStart.push(before.length);
    bytesOf(text.charCodeAt(i), before);
  }
  let from = start;
  for (let k = 0; k < charStart.length; k++) {
    if (readsAsUtf8(before, charStart[k], false, true) === READS) {
      from = first + k;
      break;
    }
  }
  let to = end;
  const after: number[] = [];
  for (let i = end; i < text.length && i - end < MAX_CHARS; i++) {
    if (!bytesOf(text.charCodeAt(i), after)) break;
    const reads = readsAsUtf8(after, 0, true, text.charCodeAt(i + 1) === 0xfffd);
    if (reads === READS) to = i + 1;
    else if (reads === NEVER) break;
  }
  return { start: from, end: to };
}

/** The reference for gbkLeftoversAround: each suffix and prefix read from scratch. */
export function gbkLeftoversAroundPlain(text: string, start: number, end: number): { start: number; end: number } {
  // Before: the longest suffix of the characters before the loss that reads as cut UTF-8.
  let from = start;
  const before: number[] = [];
  const charStart: number[] = [];
  for (let i = start - 1; i >= 0 && start - i <= MAX_CHARS; i--) {
    const bytes: number[] = [];
    if (!bytesOf(text.charCodeAt(i), bytes)) break;
    before.unshift(...bytes);
    for (let k = 0; k < charStart.length; k++) charStart[k] += bytes.length;
    charStart.unshift(0);
  }
  for (let k = 0; k < charStart.length; k++) {
    if (readsAsUtf8(before, charStart[k], false, true) === READS) {
      from = start - (charStart.length - k);
      break;
    }
  }
  // After: the longest prefix of the characters after the loss that reads as UTF-8 whose first
  // sequence may be cut (and whose last, when another loss follows).
  let to = end;
  const after: number[] = [];
  for (let i = end; i < text.length && i - end < MAX_CHARS; i++) {
    if (!bytesOf(text.charCodeAt(i), after)) break;
    const nextIsLoss = text.charCodeAt(i + 1) === 0xfffd;
    if (readsAsUtf8(after, 0, true, nextIsLoss) === READS) to = i + 1;
  }
  return { start: from, end: to };
}
