// Finds pinyin glued after a character by a broken scraper: 經(jīng)開區(qū).
// An annotation is "(" + one pinyin syllable + ")" directly after a Han character.
import type { Span } from '../document';
import { isHan } from './chars';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
// One syllable: optional initial, a final with at least one vowel; tone-marked or neutral.
const SYLLABLE = new RegExp(
  `\\((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü${TONED}vngr]{1,5}\\)`,
  'y',
);
const TONE_MARK = new RegExp(`[${TONED}]`);

export interface PinyinAnnotation extends Span {
  readonly syllable: string;
  readonly toned: boolean;
}

/**
 * Every "(syllable)" glued after a Han character. Neutral-tone syllables (no tone mark) are only
 * returned when the text also holds toned ones, since "(de)" alone proves nothing.
 */
export function findPinyinAnnotations(text: string, from = 0, to = text.length): PinyinAnnotation[] {
  const found: PinyinAnnotation[] = [];
  let toned = 0;
  let i = text.indexOf('(', from);
  while (i !== -1 && i < to) {
    if (i > 0 && isHan(text.charCodeAt(i - 1))) {
      SYLLABLE.lastIndex = i;
      const m = SYLLABLE.exec(text);
      if (m && i + m[0].length <= to) {
        const syllable = m[0].slice(1, -1);
        const isToned = TONE_MARK.test(syllable);
        if (isToned) toned++;
        found.push({ start: i, end: i + m[0].length, syllable, toned: isToned });
        i = text.indexOf('(', i + m[0].length);
        continue;
      }
    }
    i = text.indexOf('(', i + 1);
  }
  return toned > 0 ? found : [];
}
