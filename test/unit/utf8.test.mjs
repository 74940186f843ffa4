// Files are decoded by our own UTF-8 decoder (faster than Node 20's on Chinese text); the text
// must always be exactly what Node gives: well-formed input through the fast path, anything else
// (GBK bytes, truncated or overlong sequences, encoded surrogates) as Node decodes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { core, seed } from './helpers.mjs';

const node = (bytes) => Buffer.from(bytes).toString('utf8');

test('the seeds, a BOM, astral characters and every UTF-8 length decode through the fast path as Node decodes them', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const bytes = Buffer.from(seed(prefix).text, 'utf8');
    assert.equal(core.decodeWellFormedUtf8(bytes), node(bytes));
  }
  for (const text of ['', 'a', '\ufeff会议', 'é·“”…', '𠀀𪚥 U+20000', '\u0000\u007f\u0080\u07ff\u0800\uffff', '\ud83d\ude00']) {
    const bytes = Buffer.from(text, 'utf8');
    assert.equal(core.decodeWellFormedUtf8(bytes), text);
  }
});

test('malformed input goes to Node: GBK bytes, truncated, overlong, surrogates, beyond U+10FFFF', () => {
  const cases = [
    iconv.encode('区委常委会议', 'gbk'),
    Buffer.from([0xe4, 0xbc]),
    Buffer.from([0xc0, 0xaf]),
    Buffer.from([0xe0, 0x80, 0xaf]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xf4, 0x90, 0x80, 0x80]),
    Buffer.from([0xf0, 0x8f, 0xbf, 0xbf]),
    Buffer.from([0x41, 0xff, 0x42]),
  ];
  for (const bytes of cases) {
    assert.equal(core.decodeWellFormedUtf8(bytes), undefined, bytes.toString('hex'));
    assert.equal(core.decodeUtf8(bytes), node(bytes), bytes.toString('hex'));
  }
});

test('any bytes decode exactly as Node decodes them (property)', () => {
  // Bytes drawn to make UTF-8 lead and continuation bytes, and their edges, common.
  const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90));
  fc.assert(
    fc.property(fc.array(byte, { maxLength: 40 }), (array) => {
      const bytes = Buffer.from(array);
      assert.equal(core.decodeUtf8(bytes), node(bytes));
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(core.decodeWellFormedUtf8(bytes), node(bytes));
    }),
    { numRuns: 1000 },
  );
});
