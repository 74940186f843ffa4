// Recognises web-page chrome lines (breadcrumbs, publication lines, 上一条/下一条, 版权所有, ICP备 …).
import markers from '../data/chrome-markers.json';
import type { Paragraph } from './paragraphs';

const strong = new RegExp(markers.strong.join('|'));
const any = new RegExp([...markers.strong, ...markers.any].join('|'));
const PUBLISHED = /(?:发布时间|发布日期|发表时间|时间)：?\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

/** A line that opens a footer: once seen near the end, the rest of the file is chrome. */
export function isFooterMarker(p: Paragraph): boolean {
  return !p.blank && strong.test(p.text);
}

/** A line that is chrome by its own content. Long sentences are never chrome. */
export function isChromeLine(p: Paragraph): boolean {
  if (p.blank) return false;
  if (p.text.length > 160 && p.text.includes('。')) return false;
  return any.test(p.text);
}

/** The publication date in a chrome line (发布时间:2021-01-14), as ISO. */
export function publicationDate(p: Paragraph): string | undefined {
  const m = PUBLISHED.exec(p.text);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}
