// The TextMate grammar, run through the real engine VS Code uses (vscode-textmate + oniguruma).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, seed } from './helpers.mjs';

const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

let grammar;
before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes/meeting-report.tmLanguage.json'), 'utf8'), 'grammar.json'),
  });
  grammar = await registry.loadGrammar('text.meeting-report');
});

/** Tokens of a whole text: [{ text, scopes, line }]. */
function tokenize(text) {
  const out = [];
  let state = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((line, n) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes, line: n });
    state = r.ruleStack;
  });
  return out;
}

const withScope = (tokens, scope) => tokens.filter((t) => t.scopes.some((s) => s.startsWith(scope)));

test('dates and times of day (seed 000)', () => {
  const dates = withScope(tokenize(seed('000').text), 'constant.numeric.date').map((t) => t.text);
  assert.deepEqual(dates.slice(0, 2), ['10月13日', '晚']);
  const times = withScope(tokenize(seed('000').text), 'keyword.other.time-of-day').map((t) => t.text);
  assert.deepEqual(times, ['晚', '上午', '下午', '下午']);
});

test('《》 titles and “” quotations', () => {
  const tokens = tokenize(seed('000').text);
  const titles = withScope(tokens, 'string.quoted.other.title').filter((t) => !t.scopes.some((s) => s.startsWith('punctuation'))).map((t) => t.text);
  assert.ok(titles.includes('中华人民共和国简史'));
  assert.ok(titles.includes('中华人民共和国军人地位和权益保障法'));
  const quotes = withScope(tokens, 'string.quoted.double').filter((t) => !t.scopes.some((s) => s.startsWith('punctuation'))).map((t) => t.text);
  assert.ok(quotes.includes('十四五'));
  assert.ok(quotes.includes('四史'));
});

test('statement markers and meeting verbs, in both scripts', () => {
  const statements = withScope(tokenize(seed('004').text), 'keyword.control.statement').map((t) => t.text);
  const text = seed('004').text;
  assert.equal(statements.filter((s) => s === '會議強調').length, text.split('會議強調').length - 1);
  assert.ok(statements.includes('會議指出'));
  const verbs = withScope(tokenize(seed('000').text), 'keyword.other.meeting-verb').map((t) => t.text);
  for (const v of ['主持', '出席', '讲话', '强调', '指出']) assert.ok(verbs.includes(v), v);
});

test('pinyin annotations and runs of "?" (seed 001)', () => {
  const tokens = tokenize(seed('001').text);
  const pinyin = withScope(tokens, 'invalid.illegal.pinyin-annotation').map((t) => t.text);
  assert.deepEqual(pinyin.slice(0, 3), ['(jīng)', '(qū)', '(huì)']);
  const text = seed('001').text;
  assert.equal(pinyin.length, text.match(/(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu).length);
  const lost = withScope(tokens, 'invalid.illegal.lost-characters').map((t) => t.text);
  assert.equal(lost.filter((t) => t === '????').length, text.match(/^\?{4}/gm).length);
});

test('no damage scopes on clean seeds (000, 003)', () => {
  for (const s of ['000', '003']) {
    assert.deepEqual(withScope(tokenize(seed(s).text), 'invalid.illegal').map((t) => t.text), [], s);
  }
});

test('web chrome lines (seed 003)', () => {
  const chrome = withScope(tokenize(seed('003').text), 'comment.line.chrome');
  const lines = [...new Set(chrome.map((t) => t.line))];
  assert.ok(lines.includes(3), 'publication line');
  assert.ok(lines.includes(29) && lines.includes(30), '上一条/下一条');
});
