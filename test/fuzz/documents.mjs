// Random report-like documents for the fuzz suite: pieces that clean reports and damaged ones are
// made of (seed paragraphs, traditional text, pinyin annotations, lost indents, U+FFFD, GBK and
// Latin-1 mojibake, web-page chrome, mixed line endings, BOM, astral characters, lone surrogates,
// very long lines), and random incremental edits on them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { ROOT } from '../unit/helpers.mjs';

const SEEDS = join(ROOT, 'seeds');
const seedLines = (prefix) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  return readFileSync(join(SEEDS, name), 'utf8').split(/\r\n|\r|\n/).filter((l) => l.trim());
};

const SIMPLIFIED = [...seedLines('000'), ...seedLines('003')];
const TRADITIONAL = seedLines('004');
const DAMAGED = [...seedLines('001'), ...seedLines('002')];
const PARAGRAPHS = [...SIMPLIFIED, ...TRADITIONAL, ...DAMAGED];

const CHROME = [
  '您现在的位置:首页 > 开发区新闻 > 文字新闻', '当前位置：首页 > 新闻中心', '发布时间:2021-01-14  来源:区融媒体中心',
  '上一条:区政府召开常务会议', '下一篇：市委召开全会', '【打印】【关闭】', '字号：【大】【中】【小】', '责任编辑：张三',
  'Copyright © 2015-2024 InvestCHN.com All Rights Reserved. 版权所有:投促中国', '  • 联系电话:+86-0512-53660867',
  '分享到：', '扫一扫在手机打开当前页', '苏ICP备12345678号', '首页',
];
const ANNOTATED = ['會(huì)', '議(yì)', '經(jīng)', '區(qū)', '學(xué)', '習(xí)', '传(chuán)', '达(dá)', '长(zhǎng)', '书(shū)', '记(jì)', '表?yè)P(yáng)',
  // A page annotated twice.
  '會(huì)(huì)', '議(yì)(yì)'];
const ODD = [
  '????', '??', '?', '\ufffd', '\ufffd\ufffd', '锟斤拷', '烫烫烫', '\ufeff', '\u200b', '\u00a0', '\u3000', '　　', '\t', ' ', '  ',
  '&nbsp;', '&ldquo;', '&amp;', '<br>', '<p>', '</p>', '\u0007', '\ue000', ',', '(', ')', '(PPP)', '。', '，', '、', '：',
  '😀', '𠮷', '👨‍👩‍👧', '🇨🇳', '\ud800', '\udfff', '\udc00\ud800', 'é', 'Ã', 'What? ', '8月26日', '2023年1月', '区委书记', '主持召开',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r\n', '\n\r'];

/** A slice of a paragraph (whole paragraph most of the time). */
const fragmentOf = (lines) =>
  fc.tuple(fc.constantFrom(...lines), fc.nat(), fc.nat()).map(([line, a, b]) => {
    if (a % 3 === 0) return line;
    const from = a % line.length;
    return line.slice(from, from + 1 + (b % 80));
  });

const latin1 = (s) => iconv.decode(iconv.encode(s, 'utf8'), 'latin1');
const cp1252 = (s) => iconv.decode(iconv.encode(s, 'utf8'), 'win1252');
const gbk = (s) => iconv.decode(iconv.encode(s, 'utf8'), 'gbk');
const gbkAsUtf8 = (s) => iconv.decode(iconv.encode(s, 'gbk'), 'utf8');

const mojibake = fc
  .tuple(fragmentOf([...SIMPLIFIED, ...TRADITIONAL]), fc.constantFrom(latin1, cp1252, gbk, gbkAsUtf8))
  .map(([s, codec]) => codec(s));

/** One piece of a document. */
export const piece = fc.oneof(
  { weight: 6, arbitrary: fragmentOf(PARAGRAPHS) },
  { weight: 4, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(...ANNOTATED) },
  { weight: 2, arbitrary: mojibake },
  { weight: 1, arbitrary: fc.constantFrom(...CHROME) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  // A very long line: one fragment repeated, no line break.
  { weight: 1, arbitrary: fc.tuple(fragmentOf(PARAGRAPHS), fc.integer({ min: 20, max: 300 })).map(([s, n]) => s.replace(/[\r\n]/g, '').repeat(n)) },
);

/** A whole document: pieces, sometimes a BOM first. */
export const documentText = fc
  .tuple(fc.boolean(), fc.array(piece, { maxLength: 40 }))
  .map(([bom, pieces]) => (bom ? '\ufeff' : '') + pieces.join(''));

/** The text an edit inserts. */
export const insertion = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 4, arbitrary: piece },
  { weight: 1, arbitrary: fc.array(piece, { maxLength: 5 }).map((a) => a.join('')) },
);

/**
 * An edit, relative to whatever text it meets: `at` and `length` are taken modulo the text, and
 * `how` says how its range is written: from UTF-16 offsets (which may fall inside a surrogate pair or
 * a CRLF), as raw line/character pairs (which may lie past a line's end or the last line), or no
 * range at all (the whole text replaced).
 */
export const edit = fc.record({
  how: fc.constantFrom('offsets', 'offsets', 'offsets', 'offsets', 'offsets', 'raw', 'full'),
  at: fc.nat(),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 200 }), fc.nat()),
  line: fc.nat({ max: 200 }),
  character: fc.nat({ max: 400 }),
  text: insertion,
});

/** didChange notifications: each a list of content changes, applied in order. */
export const changeNotifications = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });
