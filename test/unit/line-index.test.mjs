// The command line's line index gives every offset the line and column an LSP TextDocument gives
// it (the positions `huiyi check` prints and SARIF carries), for any mix of line endings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core, doc } from './helpers.mjs';

function positions(text) {
  const lines = new core.LineIndex(text);
  const out = [];
  for (let offset = -1; offset <= text.length + 1; offset++) {
    const line = lines.lineAt(offset);
    out.push({ line, character: lines.columnAt(offset, line) });
  }
  return out;
}

function expected(text) {
  const d = doc(text);
  const out = [];
  for (let offset = -1; offset <= text.length + 1; offset++) out.push(d.positionAt(offset));
  return out;
}

test('every offset has the position a TextDocument gives it (LF, CRLF, CR, none, empty)', () => {
  for (const text of ['', 'a', '\n', '\r\n', '\r', '一\r\n二\n三\r四', '\n\n\r\r\n\r\n', '会议\n', '\ufeff首行\r\n']) {
    assert.deepEqual(positions(text), expected(text), JSON.stringify(text));
  }
  const piece = fc.constantFrom('會議', '\r\n', '\n', '\r', 'abc', '\ufeff', '\ud840\udc00', '　　');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(positions(text), expected(text));
    }),
    { numRuns: 500 },
  );
});
