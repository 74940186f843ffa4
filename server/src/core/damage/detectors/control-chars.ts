// cleanup.control-chars: C0/C1 controls other than tab and line endings, zero-width characters,
// a BOM inside the text, private-use characters. The fix removes them, except two kinds of
// control that stand for a character: a C1 control that cp1252 reads as punctuation (U+0093 for
// “, U+0085 for …: cp1252 text read as Latin-1) becomes that character, and U+001A (SUB, what a
// converter writes for a character it could not map) is flagged only.
import { cp1252Specials } from '../codecs';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { shown } from '../cjk';
import { t } from '../../l10n';

// U+200D (zero-width joiner) is left alone next to astral characters: it joins emoji.
const PATTERN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200c\u200d\u200e\u200f\u2060-\u2064\ufeff\ue000-\uf8ff]+/g;

const SUB = 0x1a;

let c1: Map<number, string> | undefined;
/** C1 control → the character cp1252 has at that byte (U+0093 → “), for the bytes cp1252 defines. */
function cp1252OfC1(): ReadonlyMap<number, string> {
  if (!c1) {
    c1 = new Map();
    for (const [char, byte] of cp1252Specials()) c1.set(byte, String.fromCharCode(char));
  }
  return c1;
}

/** The message of a run: its length, or for one character its kind, and the run as shown. */
function describe(run: string, seen: string): string {
  if (run.length > 1) return t('{0} invisible characters ({1}) left by a conversion or a web page; the fix removes them.', run.length, seen);
  const c = run.charCodeAt(0);
  if (c >= 0xe000 && c <= 0xf8ff) return t('A private-use character ({0}) left by a conversion or a web page; the fix removes it.', seen);
  if (c === 0xfeff) return t('A byte-order mark inside the text ({0}) left by a conversion or a web page; the fix removes it.', seen);
  if (c >= 0x200b) return t('A zero-width character ({0}) left by a conversion or a web page; the fix removes it.', seen);
  return t('A control character ({0}) left by a conversion or a web page; the fix removes it.', seen);
}

/** Findings of one run of invisible characters text[start, end): removals, cp1252 punctuation, lost characters. */
function runFindings(text: string, start: number, end: number, out: Finding<'cleanup.control-chars'>[]): void {
  const punctuation = cp1252OfC1();
  let from = start; // start of the pending run of characters to remove
  const flush = (to: number) => {
    if (to > from) out.push(finding('cleanup.control-chars', from, to, describe(text.slice(from, to), shown(text.slice(from, to), 8)), ''));
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const meant = punctuation.get(c);
    if (meant === undefined && c !== SUB) continue;
    flush(i);
    if (meant !== undefined) {
      out.push(finding('cleanup.control-chars', i, i + 1, t('A control character ({0}) that is cp1252 "{1}" read as Latin-1; the fix writes "{1}".', shown(text[i]), meant), meant));
      from = i + 1;
    } else {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === SUB) j++;
      out.push(finding('cleanup.control-chars', i, j, t('A substitute character ({0}) marks a character lost in a conversion. It cannot be recovered from this text; compare with the source.', shown(text.slice(i, j), 8))));
      from = j;
      i = j - 1;
    }
  }
  flush(end);
}

export const controlChars: Detector<'cleanup.control-chars'> = {
  code: 'cleanup.control-chars',
  detect({ text, covered }) {
    const out: Finding<'cleanup.control-chars'>[] = [];
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(text))) {
      let start = m.index;
      const end = start + m[0].length;
      if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1; // the file's own BOM
      if (start >= end) continue;
      if (end - start === 1 && text.charCodeAt(start) === 0x200d && (/[\ud800-\udfff]/.test(text[start - 1] ?? '') || /[\ud800-\udfff]/.test(text[end] ?? ''))) continue;
      // Every finding of a run lies inside it: none to make when the run is covered.
      if (covered?.contains(start, end)) continue;
      runFindings(text, start, end, out);
    }
    return out;
  },
};
