// Document shapes that stress the analysis with a line structure unlike the benchmark corpus:
// one single line, a million short lines, pinyin-annotated traditional text, mojibake, web
// chrome, no punctuation, very long paragraphs. Each builder makes a text of about `bytes` UTF-8
// bytes from the seeds (deterministic). Shared by the shapes benchmark and the shapes unit test.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

/** `unit()` repeated (each call may differ) until the text holds `bytes` UTF-8 bytes. */
function fill(bytes, unit, separator = '') {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += Buffer.byteLength(part) + Buffer.byteLength(separator);
  }
  return parts.join(separator);
}

/** The seeds one after another, the meeting date changed on each round so repeats differ. */
const rounds = (i) => seeds.map((s) => s.replace(/(\d{1,2})月(\d{1,2})日/, `${1 + (i % 12)}月$2日`)).join('\n\n');

const learned = new Map();
for (const s of [seeds[1], seeds[2]]) for (const m of s.matchAll(/([\u4e00-\u9fff])(\([a-zü\u00e0-\u01dc]+\))/g)) learned.set(m[1], m[2]);
/** Seed 004 (traditional) with every character whose reading the damaged seeds teach annotated, then seeds 001 and 002 as they are. */
const annotated = seeds[4].replace(/[\u4e00-\u9fff]/g, (c) => c + (learned.get(c) ?? '')) + '\n' + seeds[1] + '\n' + seeds[2];

const CHROME = [
  '您现在的位置：首页 > 新闻中心 > 政务要闻 > 区县动态',
  '当前位置:首页 > 开发区新闻 > 徐州 > 文字新闻',
  '发布时间：2021-01-14  来源：区融媒体中心  作者：办公室  浏览次数：1024',
  '发布日期:2020-08-26 10:31 信息来源:区政府办公室 【字体：大 中 小】【打印】【关闭】',
  '上一条：区委常委会召开会议研究部署近期重点工作',
  '下一条：区政府召开第15次常务会议',
  '版权所有：某某区人民政府办公室  主办单位：某某区人民政府',
  '苏ICP备12345678号-1  苏公网安备 32030502000123号',
  '网站标识码：3203000012  技术支持：某某网络科技有限公司',
  '打造网上国际投资促进平台 致力于中国投资促进事业',
];

export const SHAPES = {
  /** The seeds with every line break removed: one line. */
  'single line': (bytes) => fill(bytes, (i) => rounds(i).replace(/\r?\n/g, '')),
  /** One character per line (about 4 bytes a line: 1.25 M lines in 5 MB). */
  'short lines': (bytes) => fill(bytes, (i) => Array.from(rounds(i).replace(/\s+/g, '')).join('\n'), '\n'),
  'pinyin traditional': (bytes) => fill(bytes, () => annotated, '\n'),
  'mojibake gbk': (bytes) => fill(bytes, (i) => iconv.decode(Buffer.from(rounds(i), 'utf8'), 'gbk'), '\n'),
  'mojibake latin1': (bytes) => fill(bytes, (i) => Buffer.from(rounds(i), 'utf8').toString('latin1'), '\n'),
  'web chrome': (bytes) => fill(bytes, (i) => CHROME[i % CHROME.length], '\n'),
  /** The seeds with every punctuation mark (ASCII and CJK) removed; the line breaks kept. */
  'no punctuation': (bytes) => fill(bytes, (i) => rounds(i).replace(/[\p{P}\p{S}]/gu, ''), '\n'),
  /** Paragraphs of about 256 KB each: the seeds' lines joined with no break. */
  'long paragraphs': (bytes) => fill(bytes, (i) => fill(256 * 1024, (j) => rounds(i + j).replace(/\s*\n\s*/g, '')), '\n'),
  /** For comparison: the seeds as they are (short paragraphs), the benchmark corpus's shape. */
  'seeds as they are': (bytes) => fill(bytes, rounds, '\n\n'),
};
