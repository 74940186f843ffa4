// Finds pinyin glued after a character by a broken scraper: 經(jīng)開區(qū).
// An annotation is "(" + one pinyin syllable + ")" directly after a Han character.
import type { Span } from '../document';
import { isHan } from './chars';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const INITIALS = new Set([...'bpmfdtnlgkhjqxrzcsyw']);
const FINAL_LETTERS = new Set([...'aeiouüvngr', ...TONED]);
const TONED_LETTERS = new Set([...TONED]);
const MAX_SYLLABLE = 7; // zhuàng, shuāng

export interface PinyinAnnotation extends Span {
  readonly syllable: string;
  readonly toned: boolean;
}

/** Length of the syllable at `i` up to ")" (or -1), and whether it carries a tone mark. */
function syllableAt(text: string, i: number, to: number): { length: number; toned: boolean } | undefined {
  let j = i;
  const two = text.slice(j, j + 2);
  if (two === 'zh' || two === 'ch' || two === 'sh') j += 2;
  else if (INITIALS.has(text[j])) j += 1;
  const finalStart = j;
  let toned = false;
  while (j < to && j - i <= MAX_SYLLABLE && FINAL_LETTERS.has(text[j])) {
    if (TONED_LETTERS.has(text[j])) toned = true;
    j++;
  }
  const finalLength = j - finalStart;
  if (finalLength < 1 || finalLength > 5 || text[j] !== ')') return undefined;
  return { length: j - i, toned };
}

/**
 * Every "(syllable)" glued after a Han character. Neutral-tone syllables (no tone mark) are only
 * returned when the text also holds toned ones, since "(de)" alone proves nothing.
 */
export function findPinyinAnnotations(text: string, from = 0, to = text.length): readonly PinyinAnnotation[] {
  // The view, the damage detector and the conversion each ask for the whole of the same text.
  const whole = from === 0 && to === text.length;
  if (whole && last?.text === text) return last.found;
  const found = scan(text, from, to);
  if (whole) last = { text, found };
  return found;
}

let last: { readonly text: string; readonly found: readonly PinyinAnnotation[] } | undefined;

function scan(text: string, from: number, to: number): readonly PinyinAnnotation[] {
  const found: PinyinAnnotation[] = [];
  let toned = 0;
  let i = text.indexOf('(', from);
  while (i !== -1 && i < to) {
    if (i > 0 && isHan(text.charCodeAt(i - 1))) {
      const s = syllableAt(text, i + 1, to);
      if (s) {
        const end = i + s.length + 2;
        if (s.toned) toned++;
        found.push({ start: i, end, syllable: text.slice(i + 1, end - 1), toned: s.toned });
        i = text.indexOf('(', end);
        continue;
      }
    }
    i = text.indexOf('(', i + 1);
  }
  return toned > 0 ? found : [];
}
