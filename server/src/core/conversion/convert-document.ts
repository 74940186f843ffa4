// Whole-text conversion to simplified script, as minimal edits of the raw text:
// pinyin annotations removed, compatibility ideographs unified, then OpenCC's phrase-aware
// tables. Everything that is not changed — line endings, BOM, ASCII, punctuation — is untouched.
// Work goes line by line (no dictionary phrase spans a line break): a line with nothing to
// prepare is converted in place; one with pinyin or compatibility ideographs is prepared first
// and its edits composed.
import { compatIdeographEdits } from './compat-ideographs';
import type { ConversionSettings } from './conversion-settings';
import { openccConverter } from './opencc-converter';
import { pinyinRemovalEdits } from './pinyin-removal';
import { protectedPhrases } from './protected-phrases';
import type { ScriptConverter } from './script-converter';
import { applyEdits, composeEdits, pushMinimalEdits, type Edit } from './text-edits';
import { splitLines, type Line } from '../text/lines';

export interface ConversionEdit extends Edit {
  /** False when the edit only removes a pinyin annotation from simplified text. */
  readonly script: boolean;
}

export interface Conversion {
  /** Sorted, non-overlapping, minimal; adjacent changes form one edit. */
  readonly edits: readonly ConversionEdit[];
  /** Code points of the raw text that are replaced or removed. */
  readonly charactersChanged: number;
}

export function convertToSimplified(text: string, settings: ConversionSettings): Conversion {
  const edits: ConversionEdit[] = [];
  let charactersChanged = 0;
  forEachConvertedLine(text, settings, (_line, lineEdits) => {
    for (const e of lineEdits) {
      edits.push(e);
      charactersChanged += codePoints(text, e.start, e.end);
    }
  });
  return { edits, charactersChanged };
}

/**
 * Converts the text line by line and hands each line that changes its edits (sorted, minimal,
 * adjacent changes merged), in order. Nothing is kept between lines: a caller that needs only a
 * summary (the script findings) never holds a whole document's edits.
 */
export function forEachConvertedLine(text: string, settings: ConversionSettings, onLine: (line: Line, edits: readonly ConversionEdit[]) => void): void {
  const converter = openccConverter(settings.variant, protectedPhrases(settings.protectedPhrases));
  const pinyin = pinyinRemovalEdits(text);
  // Compatibility ideographs are never part of an annotation, so both lists index the raw text.
  const prepared = mergeSorted(pinyin, compatIdeographEdits(text));
  let p = 0;
  let k = 0; // the first pinyin annotation that may concern the current edit
  const raw: Edit[] = [];
  const minimal: Edit[] = [];
  for (const line of splitLines(text)) {
    if (line.start === line.end) continue;
    raw.length = 0;
    const q = p;
    while (p < prepared.length && prepared[p].start < line.end) p++;
    if (p === q) converter.edits(text, line.start, line.end, raw);
    else {
      const around = convertAroundDeletions(text, line.start, line.end, prepared, q, p, converter);
      if (around) for (const e of around) raw.push(e);
      else {
        const slice = text.slice(line.start, line.end);
        const prep = prepared.slice(q, p).map((e) => ({ start: e.start - line.start, end: e.end - line.start, text: e.text }));
        const converted = converter.edits(applyEdits(slice, prep));
        for (const e of composeEdits(slice, prep, converted)) raw.push({ start: e.start + line.start, end: e.end + line.start, text: e.text });
      }
    }
    if (!raw.length) continue;

    minimal.length = 0;
    for (const e of raw) {
      if (e.end - e.start === 1 && e.text.length === 1) minimal.push(e);
      else pushMinimalEdits(text, e, minimal);
    }
    const edits: ConversionEdit[] = [];
    for (const e of minimal) {
      while (k < pinyin.length && pinyin[k].end <= e.start) k++;
      const onlyPinyin = e.text === '' && k < pinyin.length && pinyin[k].start <= e.start && e.end <= pinyin[k].end;
      const last = edits[edits.length - 1];
      if (last && last.end === e.start) {
        edits[edits.length - 1] = { start: last.start, end: e.end, text: last.text + e.text, script: last.script || !onlyPinyin };
      } else {
        edits.push({ start: e.start, end: e.end, text: e.text, script: !onlyPinyin });
      }
    }
    if (edits.length) onLine(line, edits);
  }
}

/**
 * A line whose preparation is only deletions (pinyin annotations): its kept text is converted and
 * the edits mapped back to raw offsets, between the deletions. Undefined when there is anything
 * else to prepare, or a conversion edit spans a deletion; the general path composes those.
 */
function convertAroundDeletions(text: string, from: number, to: number, prepared: readonly Edit[], q: number, p: number, converter: ScriptConverter): Edit[] | undefined {
  for (let k = q; k < p; k++) if (prepared[k].text !== '') return undefined;
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
  const converted = converter.edits(pieces.join(''));
  const out: Edit[] = [];
  let piece = 0;
  let d = q;
  for (const e of converted) {
    while (piece + 1 < keptAt.length && keptAt[piece + 1] <= e.start) piece++;
    const pieceEnd = piece + 1 < keptAt.length ? keptAt[piece + 1] : kept;
    if (e.end > pieceEnd) return undefined;
    const start = rawAt[piece] + (e.start - keptAt[piece]);
    while (d < p && prepared[d].start < start) out.push(prepared[d++]);
    out.push({ start, end: start + (e.end - e.start), text: e.text });
  }
  while (d < p) out.push(prepared[d++]);
  return out;
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
