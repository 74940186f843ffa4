// Shared helpers for unit tests: the core (from its sources) and in-memory documents.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { loadCoreFromSources } from '../core-from-sources.mjs';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The pure analysis core, bundled from its sources as the tests start (test/core-from-sources.mjs). */
export const core = loadCoreFromSources();
const { TextDocument } = require('vscode-languageserver-textdocument');

export function doc(text, { uri = 'file:///test.txt', languageId = 'plaintext', version = 1 } = {}) {
  return TextDocument.create(uri, languageId, version, text);
}

export function seed(prefix) {
  const dir = join(ROOT, 'seeds');
  const name = readdirSync(dir).sort().find((f) => f.startsWith(prefix));
  return { name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') };
}

export function seedDoc(prefix, options) {
  const s = seed(prefix);
  return doc(s.text, { uri: `file:///seeds/${s.name}`, ...options });
}

/**
 * Short texts that hold every damage code between them (a new code adds one here): the tests that
 * every code has a Chinese message and that every detector finds its own code read them.
 */
export function damagedTexts() {
  return [
    '会议\u200b强调\u0007要\ufeff做\ue000好\u200b\u200c工作。\n',
    '会议&nbsp;强调&shy;要&ldquo;做&rdquo;好<!-- x -->工作<br>。\n',
    '????会议强调。\n会议?强调，会议??强调，表?yè)P(yáng)大会,研究部署。\n',
    '会议\ufffd强调\ufffd\ufffd要。锟斤拷锟斤拷会议\n',
    '  会议强调。 \n\u00a0\u00a0会议。   \n   \n',
    'ä¸­å›½å…±äº§å…šä¼šè®®å¼ºè°ƒ 涓浗鍏变骇鍏氫細璁\n',
    iconv.encode(seed('000').text, 'gbk').toString('utf8'),
    iconv.decode(iconv.encode(seed('000').text, 'gbk'), 'latin1'),
    '您现在的位置：首页 > 新闻中心 > 区县动态\n发布时间：2021-03-12  来源：区融媒体中心\n　　3月2日上午，区委常委会召开会议，传达学习全国两会精神。区委书记李明主持会议并讲话。\n上一条：我区召开安全生产工作会议\n下一条：区政协召开主席会议\n版权所有：某某区人民政府  ICP备12345678号\n',
    '您现在的位置：首页 > 新闻中心 > 区县动态\n发布时间：2021-03-12  来源：区融媒体中心\n　　3月2日上午，区委常委会召开会议,传达学习全国两会精神。  \n上一条：我区召开安全生产工作会议\n版权所有：某某区人民政府  ICP备12345678号\n',
  ];
}
