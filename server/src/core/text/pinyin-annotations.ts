// Finds pinyin glued after a character by a broken scraper: 經(jīng)開區(qū).
// An annotation is "(" + one pinyin syllable + ")" directly after a Han character, or directly after
// another annotation (a page annotated twice: 會(huì)(huì)).
import type { Span } from '../document';
import { isHan } from './chars';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const INITIAL = 1;
const FINAL = 2;
const TONED_FINAL = 4;
/** What each code unit can be in a syllable (every letter involved is in the BMP). */
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of 'bpmfdtnlgkhjqxrzcsyw') t[c.charCodeAt(0)] |= INITIAL;
  for (const c of 'aeiouüvngr') t[c.charCodeAt(0)] |= FINAL;
  for (const c of TONED) t[c.charCodeAt(0)] |= FINAL | TONED_FINAL;
  return t;
})();
const MAX_SYLLABLE = 7; // zhuàng, shuāng
const H = 0x68;

export interface PinyinAnnotation extends Span {
  readonly toned: boolean;
}

/**
 * The syllable at `i` up to ")": its length times two, plus one when it carries a tone mark;
 * 0 when there is none.
 */
function syllableAt(text: string, i: number, to: number): number {
  let j = i;
  const c0 = text.charCodeAt(j);
  if ((c0 === 0x7a || c0 === 0x63 || c0 === 0x73) && text.charCodeAt(j + 1) === H) j += 2; // zh ch sh
  else if (CLASS[c0] & INITIAL) j += 1;
  const finalStart = j;
  let toned = 0;
  while (j < to && j - i <= MAX_SYLLABLE) {
    const k = CLASS[text.charCodeAt(j)];
    if (!(k & FINAL)) break;
    if (k & TONED_FINAL) toned = 1;
    j++;
  }
  const finalLength = j - finalStart;
  if (finalLength < 1 || finalLength > 5 || text.charCodeAt(j) !== 0x29) return 0;
  return (j - i) * 2 + toned;
}

/**
 * Every "(syllable)" glued after a Han character. Neutral-tone syllables (no tone mark) are only
 * returned when the text also holds toned ones, since "(de)" alone proves nothing.
 * Nothing is kept here: a document version's annotations are found once, by its normalized view
 * (the report model's `pinyin`), and handed to the damage detector and the conversion.
 */
export function findPinyinAnnotations(text: string, from = 0, to = text.length): PinyinAnnotation[] {
  const found: PinyinAnnotation[] = [];
  let toned = 0;
  let i = text.indexOf('(', from);
  while (i !== -1 && i < to) {
    if (i > 0 && (isHan(text.charCodeAt(i - 1)) || found[found.length - 1]?.end === i)) {
      const s = syllableAt(text, i + 1, to);
      if (s) {
        const end = i + (s >> 1) + 2;
        if (s & 1) toned++;
        found.push({ start: i, end, toned: (s & 1) === 1 });
        i = text.indexOf('(', end);
        continue;
      }
    }
    i = text.indexOf('(', i + 1);
  }
  return toned > 0 ? found : [];
}
