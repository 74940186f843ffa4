// Requests whose params the handler cannot read (a codeAction without context, a documentSymbol
// with `{}`) are answered with InvalidParams (-32602) saying what is missing, not an internal
// TypeError; the server goes on answering.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedText, startServer } from './lsp-client.mjs';

const INVALID_PARAMS = -32602;
const URI = 'file:///seed-001.txt';

describe('invalid request params', () => {
  let server;
  before(async () => {
    server = await startServer();
    await server.open(URI, seedText('001'));
  });
  after(async () => {
    await server.stop();
  });

  const rejects = async (method, params, message) => {
    const error = await server.request(method, params).then(
      (result) => assert.fail(`${method} answered ${JSON.stringify(result)?.slice(0, 200)}`),
      (e) => e,
    );
    assert.equal(error.code, INVALID_PARAMS, `${method}: ${error.message}`);
    assert.match(error.message, message);
    assert.doesNotMatch(error.message, /TypeError|Cannot read properties/);
  };
  const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };

  test('textDocument/codeAction without context', async () => {
    await rejects('textDocument/codeAction', { textDocument: { uri: URI }, range }, /params\.context is missing; it must be an object/);
  });

  test('textDocument/documentSymbol with {}', async () => {
    await rejects('textDocument/documentSymbol', {}, /params\.textDocument is missing; it must be an object/);
  });

  test('position requests without a position, rename without a new name, folding ranges with a number for the document', async () => {
    await rejects('textDocument/hover', { textDocument: { uri: URI } }, /params\.position is missing/);
    await rejects('textDocument/definition', { textDocument: { uri: URI }, position: { line: 'one', character: 0 } }, /params\.position\.line is not a number/);
    await rejects('textDocument/rename', { textDocument: { uri: URI }, position: { line: 0, character: 0 } }, /params\.newName is missing; it must be a string/);
    await rejects('textDocument/foldingRange', { textDocument: 7 }, /params\.textDocument is not an object/);
    await rejects('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [], only: 'quickfix' } }, /params\.context\.only is not an array/);
  });

  test('well-formed requests are answered as before', async () => {
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(symbols.length > 0);
    const actions = await server.request('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
  });
});
