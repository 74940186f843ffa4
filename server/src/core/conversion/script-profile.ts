// Which script a document is in, paragraph by paragraph (a paragraph is a line). A paragraph is
// traditional when the conversion changes its script; it is simplified when it has none of that
// and at least two characters that are targets and never sources of OpenCC's character table
// (会, 这). Two, because a few such targets (后, 里) also occur in traditional text.
// Computed line by line from the conversion without keeping its edits: the findings of a 5 MB
// traditional file need this summary, not the 600,000 edits the conversion would make. Each
// line's minimal edits are summarized as they are read (scriptProfile answers what the merged
// edits of forEachConvertedLine would give, with no object per merged edit but the example).
// Protected spans (mojibake: 浼氳 is GBK read of 会, not traditional script) count for neither script.
import { traditionalCharMap } from '../script/char-map';
import { forEachLine } from '../text/lines';
import type { ConversionSettings } from './conversion-settings';
import { codePoints, forEachMinimalLine, type ConversionEdit } from './convert-document';
import { NO_PROTECTION, type Protection } from './protected-spans';
import type { Edit } from '../text/edits';
import type { Span } from '../document';

export type DocumentScript = 'simplified' | 'traditional' | 'mixed' | 'none';

export interface TraditionalParagraph {
  /** The line, without its line ending. */
  readonly start: number;
  readonly end: number;
  /** Raw characters the conversion changes in it. */
  readonly characters: number;
  /** Its first edit, as an example of what the conversion does. */
  readonly example: Edit;
}

export interface ScriptProfile {
  readonly script: DocumentScript;
  readonly traditional: readonly TraditionalParagraph[];
  readonly simplifiedParagraphs: number;
  /** Code points the whole conversion replaces or removes. */
  readonly charactersChanged: number;
}

let simplifiedOnly: Uint8Array | undefined;

/** Code units that are simplified forms and never traditional ones (the table's targets that are no source). */
function simplifiedOnlyTable(): Uint8Array {
  if (!simplifiedOnly) {
    simplifiedOnly = new Uint8Array(0x10000);
    const map = traditionalCharMap();
    for (const to of map.values()) simplifiedOnly[to] = 1;
    for (const from of map.keys()) simplifiedOnly[from] = 0;
  }
  return simplifiedOnly;
}

/** `pinyin`: the text's pinyin annotations when its report model holds them (else they are found here). */
export function scriptProfile(text: string, settings: ConversionSettings, protection: Protection = NO_PROTECTION, pinyin?: readonly Span[]): ScriptProfile {
  const table = simplifiedOnlyTable();
  const traditional: TraditionalParagraph[] = [];
  let charactersChanged = 0;
  let d = 0; // the first pinyin deletion that may concern the current edit
  forEachMinimalLine(
    text,
    settings,
    (start, end, _next, minimal, pinyin) => {
      // What forEachConvertedLine hands, summarized as it is read: runs of adjacent edits are its
      // merged edits, and only the first is made (the example).
      let characters = 0;
      let script = false;
      let example: ConversionEdit | undefined;
      let runStart = -1;
      let runEnd = -1;
      let runText = '';
      let runScript = false;
      for (const e of minimal) {
        while (d < pinyin.length && pinyin[d].end <= e.start) d++;
        const onlyPinyin = e.newText === '' && d < pinyin.length && pinyin[d].start <= e.start && e.end <= pinyin[d].end;
        if (!onlyPinyin) script = true;
        characters += e.end - e.start;
        if (runEnd === e.start) {
          runEnd = e.end;
          if (!example) (runText += e.newText), (runScript ||= !onlyPinyin);
          continue;
        }
        if (runStart >= 0) {
          charactersChanged += codePoints(text, runStart, runEnd);
          example ??= { start: runStart, end: runEnd, newText: runText, script: runScript };
        }
        runStart = e.start;
        runEnd = e.end;
        if (!example) (runText = e.newText), (runScript = !onlyPinyin);
      }
      charactersChanged += codePoints(text, runStart, runEnd);
      example ??= { start: runStart, end: runEnd, newText: runText, script: runScript };
      if (script) traditional.push({ start, end, characters, example });
    },
    protection,
    pinyin,
  );
  // Every other line is simplified when it holds two simplified-only characters.
  let simplifiedParagraphs = 0;
  let k = 0;
  const spans = protection.spans;
  let s = 0;
  forEachLine(text, (start, end) => {
    if (k < traditional.length && traditional[k].start === start) {
      k++;
      return;
    }
    let simplified = 0;
    let i = start;
    while (i < end && simplified < 2) {
      while (s < spans.length && spans[s].end <= i) s++;
      if (s < spans.length && spans[s].start <= i) {
        i = spans[s].end; // a damaged span: neither script
        continue;
      }
      const stop = s < spans.length ? Math.min(end, spans[s].start) : end;
      for (; i < stop && simplified < 2; i++) simplified += table[text.charCodeAt(i)];
    }
    if (simplified >= 2) simplifiedParagraphs++;
  });
  const script: DocumentScript = traditional.length
    ? simplifiedParagraphs
      ? 'mixed'
      : 'traditional'
    : simplifiedParagraphs
      ? 'simplified'
      : 'none';
  return { script, traditional, simplifiedParagraphs, charactersChanged };
}
