// Which script a document is in, paragraph by paragraph (a paragraph is a line). A paragraph is
// traditional when the conversion changes its script; it is simplified when it has none of that
// and at least two characters that are targets and never sources of OpenCC's character table
// (会, 这). Two, because a few such targets (后, 里) also occur in traditional text.
import { traditionalCharMap } from '../script/char-map';
import { splitLines } from '../text/lines';
import type { Conversion } from './convert-document';

export type DocumentScript = 'simplified' | 'traditional' | 'mixed' | 'none';

export interface TraditionalParagraph {
  /** The line, without its line ending. */
  readonly start: number;
  readonly end: number;
  /** Raw characters the conversion changes in it. */
  readonly characters: number;
  /** Index range of its edits in the conversion. */
  readonly firstEdit: number;
  readonly endEdit: number;
}

export interface ScriptProfile {
  readonly script: DocumentScript;
  readonly traditional: readonly TraditionalParagraph[];
  readonly simplifiedParagraphs: number;
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

export function scriptProfile(text: string, conversion: Conversion): ScriptProfile {
  const table = simplifiedOnlyTable();
  const edits = conversion.edits;
  const traditional: TraditionalParagraph[] = [];
  let simplifiedParagraphs = 0;
  let k = 0;
  for (const line of splitLines(text)) {
    while (k < edits.length && edits[k].end <= line.start) k++;
    const first = k;
    let characters = 0;
    let script = false;
    while (k < edits.length && edits[k].start < line.end) {
      if (edits[k].script) script = true;
      characters += edits[k].end - edits[k].start;
      k++;
    }
    if (script) {
      traditional.push({ start: line.start, end: line.end, characters, firstEdit: first, endEdit: k });
      continue;
    }
    let simplified = 0;
    for (let i = line.start; i < line.end && simplified < 2; i++) simplified += table[text.charCodeAt(i)];
    if (simplified >= 2) simplifiedParagraphs++;
  }
  const script: DocumentScript = traditional.length
    ? simplifiedParagraphs
      ? 'mixed'
      : 'traditional'
    : simplifiedParagraphs
      ? 'simplified'
      : 'none';
  return { script, traditional, simplifiedParagraphs };
}
