// The test client's waits (test/protocol/lsp-client.mjs), which the protocol and fuzz tests rely on:
// settle() waits for every document's last diagnostics run, and no wait outlives the server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedText, startServer } from './lsp-client.mjs';

test('settle(): a document whose last edit makes it no report reads as cleared, even edited after its first diagnostics', async () => {
  const server = await startServer();
  try {
    const uri = 'file:///settle-test/cleared.txt';
    await server.open(uri, seedText('000'), 'plaintext');
    await server.waitForDiagnostics(uri, (d) => d.version === 1 && d.diagnostics.length > 0);
    // The edit's debounced run clears the published diagnostics; settle() returns after it.
    await server.change(uri, [{ text: 'Minutes of the meeting.\n' }]);
    await server.settle();
    assert.deepEqual(server.diagnosticsOf(uri), { uri, diagnostics: [] });
  } finally {
    await server.stop();
  }
});

test('a request or a diagnostics wait on a server that exited fails with its exit, instead of waiting forever', { timeout: 30000 }, async () => {
  const server = await startServer();
  const uri = 'file:///settle-test/exited.txt';
  await server.open(uri, seedText('000'), 'plaintext');
  await server.waitForDiagnostics(uri, (d) => d.version === 1);
  const waiting = server.waitForDiagnostics(uri, (d) => d.version === 2, 600000);
  const answering = server.request('huiyi/no-such-request-is-answered-after-a-kill', {});
  server.child.kill('SIGKILL');
  await assert.rejects(waiting, /the server exited \(code null, signal SIGKILL\) while waiting for diagnostics/);
  await assert.rejects(answering, /the server exited .* while answering huiyi\/no-such-request/);
  await assert.rejects(server.request('textDocument/documentSymbol', { textDocument: { uri } }), /the server exited .* while answering textDocument\/documentSymbol/);
  await server.stop();
});
