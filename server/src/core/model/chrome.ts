// Recognises web-page chrome lines (breadcrumbs, publication lines, 上一条/下一条, 版权所有, ICP备 …).
import markers from '../data/chrome-markers.json';
import type { Paragraph } from './paragraphs';

const strong = new RegExp(markers.strong.join('|'));
/** A column name stands alone on a short line (【政务快讯】, 要闻简报（第12期）): tried only on lines this long. */
const COLUMN_MAX = 32;
const ENDINGS = markers.columnEndings.join('|');
/**
 * A digest's own title: a place or body before a column name (漕溪区一周政务速递（9月1日—9月7日）,
 * 县委办政务速览 第35期), on a line that convenes no meeting (召开…会议 is a headline, not a column).
 */
const DIGEST_TITLE = `(?!.*(?:召开|举行|举办|会议))[\\u4e00-\\u9fff]{5,14}(?:${ENDINGS})`;
/** The number of items a digest's title announces (简讯三则). */
const COUNT = `(?:${markers.columnCount})`;
const column = new RegExp(
  [...markers.columns, `[\\u4e00-\\u9fff]{0,4}(?:${ENDINGS})`, DIGEST_TITLE]
    .map((c) => `^[【\\[〖]?${c}[】\\]〗]?${COUNT}?(?:\\s*第[0-9０-９一二三四五六七八九十百]{1,4}期)?(?:（[^）]{0,20}）)?$`)
    .join('|'),
);
const any = new RegExp([...markers.strong, ...markers.any, ...markers.bylines, ...markers.metadata].join('|'));
const PUBLISHED = /(?:发布时间|发布日期|发表时间|时间|日期|发布于|发表于|更新于)：?\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
/** A full date on a chrome line (2024-03-05 10:21 来源：…), when it is not a link to another page. */
const LINE_DATE = /(?<!\d)(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?!\d)/;
const OTHER_PAGE = /上一|下一|相关|推荐|阅读|链接/;

/** A line that opens a footer: once seen near the end, the rest of the file is chrome. */
export function isFooterMarker(p: Paragraph): boolean {
  // A report on one line (a page flattened by its scraper) holds its footer too: long sentences never open one.
  return !p.blank && !isLongSentence(p) && strong.test(p.text);
}

function isLongSentence(p: Paragraph): boolean {
  return p.text.length > 160 && p.text.includes('。');
}

/** A line that is chrome by its own content. Long sentences are never chrome. */
export function isChromeLine(p: Paragraph): boolean {
  if (p.blank || isLongSentence(p)) return false;
  return (p.text.length <= COLUMN_MAX && column.test(p.text)) || any.test(p.text);
}

/** The publication date in a chrome line (发布时间:2021-01-14), as ISO. */
export function publicationDate(p: Paragraph): string | undefined {
  // The chrome test (one long pattern) only for a line that holds a full date at all.
  const m = PUBLISHED.exec(p.text) ?? (LINE_DATE.test(p.text) && isChromeLine(p) && !OTHER_PAGE.test(p.text) ? LINE_DATE.exec(p.text) : null);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}
