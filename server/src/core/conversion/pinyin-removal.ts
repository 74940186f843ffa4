// Pinyin annotations glued after characters by broken scrapers (經(jīng)) are removed before
// conversion, so 經(jīng) becomes 经 and not 经(jīng).
// `found`: the text's annotations when its report model already holds them (found once per version).
import type { Span } from '../document';
import { findPinyinAnnotations } from '../text/pinyin-annotations';
import type { Edit } from '../text/edits';

export function pinyinRemovalEdits(text: string, found: readonly Span[] = findPinyinAnnotations(text)): Edit[] {
  return found.map((a) => ({ start: a.start, end: a.end, newText: '' }));
}
