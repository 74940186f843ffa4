// Helpers of the officials tests: a short invented report around a sentence, in three forms (as
// written in simplified, converted to traditional by opencc-js, and with pinyin annotations
// such as 會(huì) that the view removes), and the officials the model gives for it.
import * as OpenCC from 'opencc-js';
import { core, doc } from './helpers.mjs';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const PINYIN = { 会: 'huì', 會: 'huì', 议: 'yì', 議: 'yì', 出: 'chū', 席: 'xí', 书: 'shū', 書: 'shū', 记: 'jì', 記: 'jì', 持: 'chí', 强: 'qiáng', 強: 'qiáng' };

/** A report of one meeting whose body holds `sentence`. */
export function report(sentence) {
  return `县委召开常委会会议\n3月5日，县委召开常委会会议。\n${sentence}\n会议强调，要抓好落实。\n`;
}

/** Annotates some characters (not of names) with their pinyin: 会(huì)议(yì). */
export function withPinyin(text) {
  return text.replace(/[会會议議出席书書记記持强強]/g, (c) => `${c}(${PINYIN[c]})`);
}

/** The three forms of a text: simplified, traditional, simplified with pinyin annotations. */
export function forms(text) {
  return [
    ['simplified', text],
    ['traditional', toTraditional(text)],
    ['pinyin', withPinyin(text)],
  ];
}

let n = 0;
export function modelOf(text) {
  return core.buildReportModel(doc(text, { uri: `file:///officials-test/${n++}.txt` }));
}

/** [name, [titles, simplified]] of each official, in order of first mention. */
export function officialsOf(text) {
  return modelOf(text).officials.map((o) => [o.name, o.titles.map((t) => t.normalized)]);
}

export const traditional = toTraditional;
