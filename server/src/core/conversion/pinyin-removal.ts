// Pinyin annotations glued after characters by broken scrapers (經(jīng)) are removed before
// conversion, so 經(jīng) becomes 经 and not 经(jīng).
import { findPinyinAnnotations } from '../text/pinyin-annotations';
import type { Edit } from '../text/edits';

export function pinyinRemovalEdits(text: string): Edit[] {
  return findPinyinAnnotations(text).map((a) => ({ start: a.start, end: a.end, newText: '' }));
}
