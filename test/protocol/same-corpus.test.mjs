// The command line and the language server walk a folder the same way (one walker): the same report
// files, through links to files, never into node_modules, hidden folders or links to folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT, seedPath, startServer } from './lsp-client.mjs';

test('the CLI and the server index the same files of a folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-corpus-'));
  const outside = mkdtempSync(join(tmpdir(), 'huiyi-outside-'));
  try {
    for (const sub of ['a/b', 'node_modules/x', '.cache', '.git', 'dist', 'out']) mkdirSync(join(dir, sub), { recursive: true });
    copyFileSync(seedPath('000'), join(dir, 'a/b/000.txt'));
    copyFileSync(seedPath('003'), join(dir, 'a/003.huiyi'));
    copyFileSync(seedPath('004'), join(dir, 'dist/004.txt'));
    copyFileSync(seedPath('004'), join(dir, 'out/004.txt'));
    for (const hidden of ['node_modules/x', '.cache', '.git']) copyFileSync(seedPath('001'), join(dir, hidden, '001.txt'));
    copyFileSync(seedPath('002'), join(outside, '002.txt'));
    symlinkSync(join(outside, '002.txt'), join(dir, 'linked-002.txt')); // a link to a report: read through
    symlinkSync(outside, join(dir, 'linked-folder')); // a link to a folder: not followed
    const expected = ['a/003.huiyi', 'a/b/000.txt', 'dist/004.txt', 'linked-002.txt', 'out/004.txt'];

    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'export', '--jobs', '1', dir], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const cliFiles = [...new Set(cli.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).file.slice(dir.length + 1)))].sort();
    assert.deepEqual(cliFiles, expected);

    const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      let files = [];
      for (let i = 0; i < 100 && files.length < expected.length; i++) {
        const symbols = (await server.request('workspace/symbol', { query: '' })) ?? [];
        files = [...new Set(symbols.map((s) => fileURLToPath(s.location.uri).slice(dir.length + 1)))].sort();
        if (files.length < expected.length) await new Promise((r) => setTimeout(r, 100));
      }
      assert.deepEqual(files, expected);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});
