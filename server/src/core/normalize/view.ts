// The normalized view the parser reads. Built in one pass over the raw text:
//  - pinyin annotations (經(jīng)) and "?" runs that stand for lost full-width spaces are deleted;
//  - `cleaned` keeps the script and punctuation as written (for names shown to users);
//  - `normalized` has the same length as `cleaned`, with traditional characters mapped to
//    simplified and ASCII punctuation to full width, so patterns are written once.
// Every view offset maps back to the raw text through `map`.
import type { Span } from '../document';
import { findPinyinAnnotations, type PinyinAnnotation } from '../text/pinyin-annotations';
import { traditionalCharTable } from '../script/char-map';
import { OffsetMap } from './offset-map';

export interface NormalizedView {
  readonly raw: string;
  readonly cleaned: string;
  readonly normalized: string;
  readonly map: OffsetMap;
  /** Number of traditional characters seen (mapped to simplified). */
  readonly traditionalCount: number;
  /** Raw spans that were deleted from the view. */
  readonly deleted: readonly Span[];
  /** The raw text's pinyin annotations (findPinyinAnnotations), found once for the view. */
  readonly pinyin: readonly PinyinAnnotation[];
  toRawSpan(viewStart: number, viewEnd: number): Span;
}

const HALF_TO_FULL: Record<number, number> = {
  0x2c: 0xff0c, // , → ，
  0x3a: 0xff1a, // : → ：
  0x3b: 0xff1b, // ; → ；
  0x21: 0xff01, // ! → ！
  0x28: 0xff08, // ( → （
  0x29: 0xff09, // ) → ）
};

/** Runs of "?" (or "？") at a line start: lost full-width indentation spaces. */
function findLostIndents(raw: string): Span[] {
  const spans: Span[] = [];
  const re = /(^|[\r\n])[ \t\u3000]*([?？]{2,})/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const end = m.index + m[0].length;
    spans.push({ start: end - m[2].length, end });
  }
  return spans;
}

/** The spans of two lists sorted by start, in one list sorted by start (of equal starts, a's first). */
export function mergeByStart(a: readonly Span[], b: readonly Span[]): readonly Span[] {
  if (!a.length) return b;
  if (!b.length) return a;
  const out: Span[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j].start < a[i].start ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

let normalizing: Uint16Array | undefined;
/** Each code unit's normalized form: ASCII punctuation to full width, traditional to simplified. */
function normalizationTable(): Uint16Array {
  if (normalizing) return normalizing;
  const t = traditionalCharTable().slice();
  for (let i = 0; i < 0x80; i++) t[i] = HALF_TO_FULL[i] ?? i;
  return (normalizing = t);
}

/** Kept runs shorter than this on average are copied unit by unit (no string per run). */
const SHORT_RUN = 32;

/**
 * The view's two texts from the raw runs it keeps (`runs`: start, end pairs; `viewLength` units in
 * all): `cleaned`, the runs joined, and `normalized`, each of its units through the normalization
 * table, with the count of traditional characters mapped. Short kept runs are copied into one
 * buffer, mapped in place and read back as strings: no string per run (a pinyin-annotated page
 * keeps hundreds of thousands of runs between its annotations).
 */
export function viewTexts(raw: string, runs: readonly number[], viewLength: number): { cleaned: string; normalized: string; traditionalCount: number } {
  const table = normalizationTable();
  let units: Buffer;
  let cleaned: string;
  if (runs.length === 2 && runs[0] === 0 && runs[1] === raw.length) {
    cleaned = raw;
    units = Buffer.from(raw, 'utf16le');
  } else if (viewLength >= SHORT_RUN * (runs.length / 2)) {
    // Long runs on average: slicing and joining them is a native copy each, cheaper than the loop below.
    const kept: string[] = [];
    for (let r = 0; r < runs.length; r += 2) kept.push(raw.slice(runs[r], runs[r + 1]));
    cleaned = kept.join('');
    units = Buffer.from(cleaned, 'utf16le');
  } else {
    const copy = new Uint16Array(viewLength);
    let k = 0;
    for (let r = 0; r < runs.length; r += 2) for (let i = runs[r], end = runs[r + 1]; i < end; i++) copy[k++] = raw.charCodeAt(i);
    units = Buffer.from(copy.buffer, copy.byteOffset, 2 * viewLength);
    cleaned = units.toString('utf16le');
  }
  const codes = new Uint16Array(units.buffer, units.byteOffset, viewLength);
  let traditionalCount = 0;
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k];
    const out = table[c];
    if (out !== c) {
      codes[k] = out;
      if (c >= 0x80) traditionalCount++;
    }
  }
  return { cleaned, normalized: units.toString('utf16le'), traditionalCount };
}

export function buildView(raw: string): NormalizedView {
  const pinyin = findPinyinAnnotations(raw);
  const deleted = mergeByStart(pinyin, findLostIndents(raw));
  const map = new OffsetMap();

  // Which raw runs survive into the view.
  const runs: number[] = [];
  let rawPos = 0;
  let viewLength = 0;
  for (let i = 0; i < deleted.length; i++) {
    const d = deleted[i];
    if (d.start < rawPos) continue;
    runs.push(rawPos, d.start);
    viewLength += d.start - rawPos;
    rawPos = d.end;
    map.jump(viewLength, rawPos);
  }
  runs.push(rawPos, raw.length);
  viewLength += raw.length - rawPos;

  const { cleaned, normalized, traditionalCount } = viewTexts(raw, runs, viewLength);

  return {
    raw,
    cleaned,
    normalized,
    map,
    traditionalCount,
    deleted,
    pinyin,
    toRawSpan: (viewStart, viewEnd) => ({
      start: map.toRaw(viewStart),
      end: viewEnd > viewStart ? map.toRawEnd(viewEnd) : map.toRaw(viewStart),
    }),
  };
}
