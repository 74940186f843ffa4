// The model's hand-written scans answer what the plain code they replace answers: property tests
// over text made of Han, Latin letters, code punctuation, HTML tags and sentence ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core } from './helpers.mjs';

const PIECES = ['会议', '强调', '汤洁', '。', '！', '？', '；', '，', '：', 'ab', 'Z', '{', '}', '[', ']', '"', '=', '`', '<p>', '<a href="x">', '>', '\n', ' ', '1', '2026', '（', '）', '…', '\u3000', '経', '𠀀', 'é'];
const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 1200 }).map((parts) => parts.join(''));
const options = { seed: 20261201, numRuns: 500 };

/** The two passes foreignAtMostHan replaces: every foreign mark counted, then Han up to as many. */
function plainForeignAtMostHan(sample) {
  const foreign = /[A-Za-z{}[\]"=`]/;
  let n = 0;
  let inTag = false;
  for (const c of sample.split('')) {
    if (c.charCodeAt(0) >= 0x80) continue;
    if (inTag) {
      if (c === '>' || c === '\n') inTag = false;
    } else if (c === '<') inTag = true;
    else if (foreign.test(c)) n++;
  }
  const han = [...sample.split('')].filter((c) => /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(c)).length;
  return han >= n;
}

test('foreignAtMostHan answers what counting foreign marks, then Han, answers', () => {
  fc.assert(
    fc.property(textOf, (text) => {
      assert.equal(core.foreignAtMostHan(text), plainForeignAtMostHan(text), JSON.stringify(text));
    }),
    options,
  );
  // Where the early stop decides: Han just ahead, then a run of letters that overtakes it.
  for (let k = 0; k < 600; k += 7) assert.equal(core.foreignAtMostHan('会'.repeat(300) + 'a'.repeat(k)), 300 >= k, `k=${k}`);
});

test('sentenceEndAt finds what /[。！？；]/ finds from an offset, else the last unit', () => {
  fc.assert(
    fc.property(textOf, fc.nat(1200), (text, seed) => {
      const from = text.length ? seed % text.length : 0;
      const re = /[。！？；]/g;
      re.lastIndex = from;
      const want = re.exec(text)?.index ?? text.length - 1;
      assert.equal(core.sentenceEndAt(text, from), want, `${JSON.stringify(text)} from ${from}`);
    }),
    options,
  );
});
