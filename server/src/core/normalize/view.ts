// The normalized view the parser reads. Built in one pass over the raw text:
//  - pinyin annotations (經(jīng)) and "?" runs that stand for lost full-width spaces are deleted;
//  - `cleaned` keeps the script and punctuation as written (for names shown to users);
//  - `normalized` has the same length as `cleaned`, with traditional characters mapped to
//    simplified and ASCII punctuation to full width, so patterns are written once.
// Every view offset maps back to the raw text through `map`.
import type { Span } from '../document';
import { findPinyinAnnotations } from '../text/pinyin-annotations';
import { traditionalCharMap } from '../script/char-map';
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

function mergeSorted(a: Span[], b: Span[]): Span[] {
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

export function buildView(raw: string): NormalizedView {
  const deleted = mergeSorted(findPinyinAnnotations(raw), findLostIndents(raw));
  const map = new OffsetMap();
  const chars = traditionalCharMap();
  const cleanedParts: string[] = [];
  const normalizedCodes: number[] = [];
  const normalizedParts: string[] = [];
  let traditionalCount = 0;
  let viewLength = 0;
  let rawPos = 0;

  const flushCodes = () => {
    if (normalizedCodes.length) {
      normalizedParts.push(String.fromCharCode(...normalizedCodes));
      normalizedCodes.length = 0;
    }
  };
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    cleanedParts.push(raw.slice(from, to));
    for (let i = from; i < to; i++) {
      const c = raw.charCodeAt(i);
      let out = c;
      if (c >= 0x3400) {
        const s = chars.get(c);
        if (s !== undefined) {
          out = s;
          traditionalCount++;
        }
      } else if (c < 0x80) {
        out = HALF_TO_FULL[c] ?? c;
      }
      normalizedCodes.push(out);
      if (normalizedCodes.length >= 8192) flushCodes();
    }
    viewLength += to - from;
  };

  for (const d of deleted) {
    if (d.start < rawPos) continue;
    copy(rawPos, d.start);
    rawPos = d.end;
    map.jump(viewLength, rawPos);
  }
  copy(rawPos, raw.length);
  flushCodes();

  return {
    raw,
    cleaned: cleanedParts.join(''),
    normalized: normalizedParts.join(''),
    map,
    traditionalCount,
    deleted,
    toRawSpan: (viewStart, viewEnd) => ({
      start: map.toRaw(viewStart),
      end: viewEnd > viewStart ? map.toRawEnd(viewEnd) : map.toRaw(viewStart),
    }),
  };
}
