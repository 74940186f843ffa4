// Whole-text conversion to simplified script, as minimal edits of the raw text:
// pinyin annotations removed, compatibility ideographs unified, then OpenCC's phrase-aware
// tables. Everything that is not changed — line endings, BOM, ASCII, punctuation — is untouched.
// Work goes line by line (no dictionary phrase spans a line break): a line with nothing to
// prepare is converted in place; one with pinyin or compatibility ideographs is prepared first
// and its edits composed. Protected spans (mojibake, protected-spans.ts) are never edited.
import { compatIdeographEdits } from './compat-ideographs';
import type { ConversionSettings } from './conversion-settings';
import { openccConverter } from './opencc-converter';
import { pinyinRemovalEdits } from './pinyin-removal';
import { protectedPhrases } from './protected-phrases';
import { NO_PROTECTION, outsideProtected, type Protection, type ProtectedSpan } from './protected-spans';
import type { ScriptConverter } from './script-converter';
import type { Span } from '../document';
import { applyEdits, composeEdits, pushMinimalEdits, type Edit } from '../text/edits';
import { forEachLineSkipping, type Line } from '../text/lines';

export interface ConversionEdit extends Edit {
  /** False when the edit only removes a pinyin annotation from simplified text. */
  readonly script: boolean;
}

export interface Conversion {
  /** Sorted, non-overlapping, minimal; adjacent changes form one edit. */
  readonly edits: readonly ConversionEdit[];
  /** Code points of the raw text that are replaced or removed. */
  readonly charactersChanged: number;
  /** Damaged spans left as they are, for their repair (the protection's spans). */
  readonly protectedSpans: number;
}

/** `pinyin`: the text's pinyin annotations when its report model holds them (else they are found here). */
export function convertToSimplified(text: string, settings: ConversionSettings, protection: Protection = NO_PROTECTION, pinyin?: readonly Span[]): Conversion {
  const edits: ConversionEdit[] = [];
  let charactersChanged = 0;
  forEachConvertedLine(
    text,
    settings,
    (_line, lineEdits) => {
      for (const e of lineEdits) {
        edits.push(e);
        charactersChanged += codePoints(text, e.start, e.end);
      }
    },
    protection,
    pinyin,
  );
  return { edits, charactersChanged, protectedSpans: protection.spans.length };
}

/**
 * Converts the text line by line and hands each line that changes its edits (sorted, minimal,
 * adjacent changes merged), in order. Nothing is kept between lines: a caller that needs only a
 * summary (the script findings) never holds a whole document's edits. No edit touches a
 * protected span; the characters next to one are converted as they will read once it is repaired.
 */
export function forEachConvertedLine(
  text: string,
  settings: ConversionSettings,
  onLine: (line: Line, edits: readonly ConversionEdit[]) => void,
  protection: Protection = NO_PROTECTION,
  annotations?: readonly Span[],
): void {
  let k = 0; // the first pinyin annotation that may concern the current edit
  forEachMinimalLine(
    text,
    settings,
    (start, end, next, minimal, pinyin) => {
      const edits: ConversionEdit[] = [];
      for (const e of minimal) {
        while (k < pinyin.length && pinyin[k].end <= e.start) k++;
        const onlyPinyin = e.newText === '' && k < pinyin.length && pinyin[k].start <= e.start && e.end <= pinyin[k].end;
        const last = edits[edits.length - 1];
        if (last && last.end === e.start) {
          edits[edits.length - 1] = { start: last.start, end: e.end, newText: last.newText + e.newText, script: last.script || !onlyPinyin };
        } else {
          edits.push({ start: e.start, end: e.end, newText: e.newText, script: !onlyPinyin });
        }
      }
      onLine({ start, end, next }, edits);
    },
    protection,
    annotations,
  );
}

/**
 * The conversion's line loop: each line that changes, with its minimal edits (sorted, adjacent
 * ones not yet merged) and the pinyin deletions (raw
 * offsets, outside the protected spans) that tell an edit that only removes an annotation.
 */
export function forEachMinimalLine(
  text: string,
  settings: ConversionSettings,
  onLine: (start: number, end: number, next: number, minimal: readonly Edit[], pinyin: readonly Edit[]) => void,
  protection: Protection = NO_PROTECTION,
  annotations?: readonly Span[],
): void {
  const converter = openccConverter(settings.variant, protectedPhrases(settings.protectedPhrases));
  const spans = protection.spans;
  const pinyin = outsideProtected(pinyinRemovalEdits(text, annotations), spans);
  // Compatibility ideographs are never part of an annotation, so both lists index the raw text.
  const prepared = mergeSorted(pinyin, outsideProtected(compatIdeographEdits(text), spans));
  let p = 0;
  let s = 0; // the first protected span that may concern the current line
  let hot = -1; // the first unit at or after the current line the converter may change (text.length: none)
  // Offsets per line, no Line object unless the line is protected or changes.
  forEachLineSkipping(text, (start, end, next) => {
    if (start === end) return;
    while (s < spans.length && spans[s].end <= start) s++;
    if ((p >= prepared.length || prepared[p].start >= end) && (s >= spans.length || spans[s].start >= end)) {
      // Nothing to prepare or protect: the converter alone decides, and it changes nothing before `hot`.
      if (hot < start) hot = converter.nextChange(text, start, text.length);
      // Nor does any line before the one holding the next prepared edit, protected span or change.
      if (hot >= end) return Math.min(hot, p < prepared.length ? prepared[p].start : hot, s < spans.length ? spans[s].start : hot);
    }
    // Fresh arrays per changing line: emptying reused ones (length = 0) is a runtime call each time.
    const raw: Edit[] = [];
    const minimal: Edit[] = [];
    const q = p;
    while (p < prepared.length && prepared[p].start < end) p++;
    if (s < spans.length && spans[s].start < end) {
      if (spans[s].start <= start && spans[s].end >= end) return; // wholly damaged
      protectedLineEdits(text, { start, end, next }, prepared, q, p, spans, s, converter, minimal);
    } else {
      lineEdits(text, start, end, prepared, q, p, converter, raw);
      if (!raw.length) return;
      minimize(text, raw, minimal);
    }
    if (minimal.length) onLine(start, end, next, minimal, pinyin);
  });
}

/** The conversion edits of src[from, to) after its preparation prepared[q, p) (offsets into src), not yet minimal. */
function lineEdits(src: string, from: number, to: number, prepared: readonly Edit[], q: number, p: number, converter: ScriptConverter, raw: Edit[]): void {
  if (p === q) {
    converter.edits(src, from, to, raw);
    return;
  }
  const around = convertAroundDeletions(src, from, to, prepared, q, p, converter);
  if (around) for (const e of around) raw.push(e);
  else {
    const slice = src.slice(from, to);
    const prep = prepared.slice(q, p).map((e) => ({ start: e.start - from, end: e.end - from, newText: e.newText }));
    const converted = converter.edits(applyEdits(slice, prep));
    for (const e of composeEdits(slice, prep, converted)) raw.push({ start: e.start + from, end: e.end + from, newText: e.newText });
  }
}

function minimize(src: string, raw: readonly Edit[], out: Edit[]): void {
  for (const e of raw) {
    if (e.end - e.start === 1 && e.newText.length === 1) out.push(e);
    else pushMinimalEdits(src, e, out);
  }
}

/** A piece of a line: raw [start, end) is ctx [at, at + length) of the line's context. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly at: number;
  readonly length: number;
  readonly kept: boolean;
}

/**
 * A line that holds protected spans: converted with each span read as its repair (its context),
 * then only the edits, or the parts of unit-for-unit edits, outside the spans are kept, in raw
 * offsets. Pushes minimal edits onto `out`.
 */
function protectedLineEdits(text: string, line: Line, prepared: readonly Edit[], q: number, p: number, spans: readonly ProtectedSpan[], s: number, converter: ScriptConverter, out: Edit[]): void {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let at = line.start;
  let ctx = 0;
  const keep = (end: number) => {
    if (end > at) {
      pieces.push({ start: at, end, at: ctx, length: end - at, kept: true });
      parts.push(text.slice(at, end));
      ctx += end - at;
    }
  };
  for (let j = s; j < spans.length && spans[j].start < line.end; j++) {
    const span = spans[j];
    const start = Math.max(span.start, line.start);
    const end = Math.min(span.end, line.end);
    keep(start);
    // A span cut by the line's end keeps its raw text (its repair is not split by lines).
    const context = span.repaired !== undefined && span.start >= line.start && span.end <= line.end ? span.repaired : text.slice(start, end);
    pieces.push({ start, end, at: ctx, length: context.length, kept: false });
    parts.push(context);
    ctx += context.length;
    at = end;
  }
  keep(line.end);
  const src = parts.join('');
  // The preparation lies outside the spans: shift it into the context.
  const prep: Edit[] = [];
  let piece = 0;
  for (let i = q; i < p; i++) {
    const e = prepared[i];
    while (pieces[piece].end <= e.start) piece++;
    const shift = pieces[piece].at - pieces[piece].start;
    prep.push({ start: e.start + shift, end: e.end + shift, newText: e.newText });
  }
  const raw: Edit[] = [];
  lineEdits(src, 0, src.length, prep, 0, prep.length, converter, raw);
  const minimal: Edit[] = [];
  minimize(src, raw, minimal);
  let j = 0;
  for (const e of minimal) {
    while (j < pieces.length && pieces[j].at + pieces[j].length < e.start) j++;
    for (let i = j; i < pieces.length && pieces[i].at <= e.end; i++) {
      const c = pieces[i];
      if (!c.kept) continue;
      const end = c.at + c.length;
      if (e.start >= c.at && e.end <= end) {
        out.push({ start: c.start + (e.start - c.at), end: c.start + (e.end - c.at), newText: e.newText });
        break;
      }
      // Cut by a span: the part outside it, when the edit maps unit for unit.
      const from = Math.max(e.start, c.at);
      const to = Math.min(e.end, end);
      if (to > from && e.end - e.start === e.newText.length) out.push({ start: c.start + (from - c.at), end: c.start + (to - c.at), newText: e.newText.slice(from - e.start, to - e.start) });
    }
  }
}

/** Scratch for convertAroundDeletions, grown when a line needs more: where each kept piece starts (kept, raw), and the kept units. */
let keptAt = new Int32Array(256);
let rawAt = new Int32Array(256);
let keptUnits = Buffer.alloc(1024);

/**
 * The text[from, to) without the deletions prepared[q, p) (sorted, apart): the pieces sliced and
 * joined when they are few, else copied unit by unit into one buffer (a line annotated after
 * every character is hundreds of one-character pieces). Fills keptAt and rawAt.
 */
function keptText(text: string, from: number, to: number, prepared: readonly Edit[], q: number, p: number): string {
  const count = p - q + 1;
  if (keptAt.length < count) {
    keptAt = new Int32Array(Math.max(count, keptAt.length * 2));
    rawAt = new Int32Array(keptAt.length);
  }
  let at = from;
  let kept = 0;
  for (let k = q; k <= p; k++) {
    const end = k < p ? prepared[k].start : to;
    keptAt[k - q] = kept;
    rawAt[k - q] = at;
    kept += end - at;
    if (k < p) at = prepared[k].end;
  }
  if (count <= 8) {
    const pieces: string[] = [];
    for (let k = 0; k < count; k++) pieces.push(text.slice(rawAt[k], rawAt[k] + (k + 1 < count ? keptAt[k + 1] : kept) - keptAt[k]));
    return pieces.join('');
  }
  if (keptUnits.length < 2 * kept) keptUnits = Buffer.alloc(Math.max(2 * kept, 2 * keptUnits.length));
  const units = new Uint16Array(keptUnits.buffer, keptUnits.byteOffset, kept);
  let u = 0;
  for (let k = 0; k < count; k++) {
    const end = rawAt[k] + (k + 1 < count ? keptAt[k + 1] : kept) - keptAt[k];
    for (let i = rawAt[k]; i < end; i++) units[u++] = text.charCodeAt(i);
  }
  return keptUnits.toString('utf16le', 0, 2 * kept);
}

/**
 * A line whose preparation is only deletions (pinyin annotations): its kept text is converted and
 * the edits mapped back to raw offsets, between the deletions. Undefined when there is anything
 * else to prepare, or a conversion edit spans a deletion; the general path composes those.
 */
export function convertAroundDeletions(text: string, from: number, to: number, prepared: readonly Edit[], q: number, p: number, converter: ScriptConverter): Edit[] | undefined {
  for (let k = q; k < p; k++) if (prepared[k].newText !== '') return undefined;
  const source = keptText(text, from, to, prepared, q, p);
  return mapKeptEdits(converter.edits(source), keptAt, rawAt, p - q + 1, source.length, prepared, q, p);
}

/**
 * The conversion's edits of the kept text (`count` pieces, the kth at keptAt[k] there and rawAt[k] in
 * the raw text, `kept` units in all) as raw edits, merged in order with the deletions prepared[q, p);
 * undefined when an edit spans a deletion.
 */
function mapKeptEdits(converted: readonly Edit[], keptAt: ArrayLike<number>, rawAt: ArrayLike<number>, count: number, kept: number, prepared: readonly Edit[], q: number, p: number): Edit[] | undefined {
  const out: Edit[] = [];
  let piece = 0;
  let d = q;
  for (const e of converted) {
    while (piece + 1 < count && keptAt[piece + 1] <= e.start) piece++;
    const pieceEnd = piece + 1 < count ? keptAt[piece + 1] : kept;
    if (e.end > pieceEnd) return undefined;
    const start = rawAt[piece] + (e.start - keptAt[piece]);
    while (d < p && prepared[d].start < start) out.push(prepared[d++]);
    out.push({ start, end: start + (e.end - e.start), newText: e.newText });
  }
  while (d < p) out.push(prepared[d++]);
  return out;
}

/** The reference for convertAroundDeletions: the kept pieces sliced and joined, their offsets in arrays (the mapping back is shared). */
export function convertAroundDeletionsPlain(text: string, from: number, to: number, prepared: readonly Edit[], q: number, p: number, converter: ScriptConverter): Edit[] | undefined {
  for (let k = q; k < p; k++) if (prepared[k].newText !== '') return undefined;
  // Where each kept piece starts, in the kept text and in the raw text.
  const keptAt: number[] = [];
  const rawAt: number[] = [];
  const pieces: string[] = [];
  let at = from;
  let kept = 0;
  for (let k = q; k <= p; k++) {
    const end = k < p ? prepared[k].start : to;
    keptAt.push(kept);
    rawAt.push(at);
    pieces.push(text.slice(at, end));
    kept += end - at;
    if (k < p) at = prepared[k].end;
  }
  return mapKeptEdits(converter.edits(pieces.join('')), keptAt, rawAt, keptAt.length, kept, prepared, q, p);
}

function mergeSorted(a: readonly Edit[], b: readonly Edit[]): Edit[] {
  if (!b.length) return a.slice();
  if (!a.length) return b.slice();
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

export function codePoints(text: string, start: number, end: number): number {
  let n = end - start;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}
