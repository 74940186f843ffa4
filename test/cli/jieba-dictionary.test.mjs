// The segmenter's dictionary is built into dist/jieba at build time and checked before nodejieba
// loads it. Old versions wrote it to $TMPDIR/huiyi-jieba-50000.dict.utf8 at run time: a garbage
// file there aborted every later run (cppjieba FATAL, exit 134), and a link planted there made
// Huiyi write 691 KB wherever it pointed. These tests plant exactly those files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, ROOT } from './cli-helpers.mjs';
import { startServer } from '../protocol/lsp-client.mjs';

// 钱辉跃 is not in any list, so its boundary is settled by nodejieba: the segmenter must load.
const REPORT = '区委常委会召开会议\n　　3月5日，区委书记钱辉跃主持召开区委常委会会议。区委副书记、区长王建国华出席会议。\n';
const OLD_NAMES = ['huiyi-jieba-50000.dict.utf8', 'huiyi-jieba.idf.utf8'];

/** A private TMPDIR holding what an attacker or a killed run could have left at the old paths. */
function plantedTmp() {
  const tmp = mkdtempSync(join(tmpdir(), 'huiyi-planted-'));
  const target = join(tmp, 'victim.txt');
  writeFileSync(target, 'not yours\n');
  writeFileSync(join(tmp, OLD_NAMES[0]), 'garbage without frequencies\n\u0000\u0001'); // a half-written dictionary
  symlinkSync(target, join(tmp, OLD_NAMES[1])); // a link: writing through it would clobber victim.txt
  const before = readdirSync(tmp).sort();
  return { tmp, target, before };
}

function exportOfficials(cli, env) {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-jieba-report-'));
  writeFileSync(join(dir, 'r.txt'), REPORT);
  const r = spawnSync(process.execPath, [cli, 'export', '--officials', join(dir, 'r.txt')], { encoding: 'utf8', env });
  rmSync(dir, { recursive: true, force: true });
  return { code: r.status, stderr: r.stderr, officials: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

const titled = (officials) => Object.fromEntries(officials.map((o) => [o.name, o.titles.map((t) => t.title)]));

test('the CLI works with a garbage dictionary and a planted link at the old temp paths, and writes nothing there', () => {
  const { tmp, target, before } = plantedTmp();
  try {
    const r = exportOfficials(CLI, { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /FATAL|split result illegal/);
    assert.deepEqual(titled(r.officials), { 钱辉跃: ['区委书记'], 王建国: ['区委副书记', '区长'] });
    assert.equal(readFileSync(target, 'utf8'), 'not yours\n', 'the file behind the planted link was written');
    assert.deepEqual(readdirSync(tmp).sort(), before, 'the run created or removed files in TMPDIR');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('the language server indexes a workspace with the same planted files, and writes nothing there', async () => {
  const { tmp, target, before } = plantedTmp();
  const workspace = mkdtempSync(join(tmpdir(), 'huiyi-jieba-ws-'));
  writeFileSync(join(workspace, 'r.txt'), REPORT);
  const server = await startServer({ workspaceFolders: [pathToFileURL(workspace).href], env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp } });
  try {
    let officials = [];
    for (let i = 0; i < 100 && !officials.some((o) => o.name === '钱辉跃'); i++) {
      officials = await server.request('huiyi/officials', {});
      await new Promise((r) => setTimeout(r, 100));
    }
    const names = officials.map((o) => o.name).sort();
    assert.deepEqual(names, ['王建国', '钱辉跃'].sort(), server.stderr);
    assert.doesNotMatch(server.stderr, /FATAL|split result illegal/);
    assert.equal(server.child.exitCode, null, 'the server died');
    assert.equal(readFileSync(target, 'utf8'), 'not yours\n');
    assert.deepEqual(readdirSync(tmp).sort(), before);
  } finally {
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  }
});

test('a damaged or replaced dictionary in the package is refused before nodejieba sees it: same names, one warning', () => {
  // A copy of dist/ inside the repository, so that nodejieba still resolves from node_modules.
  const root = join(ROOT, '.cache');
  mkdirSync(root, { recursive: true });
  const copy = mkdtempSync(join(root, 'dist-damaged-'));
  cpSync(join(ROOT, 'dist'), copy, { recursive: true });
  const dict = join(copy, 'jieba', 'dict.utf8');
  try {
    const expected = titled(exportOfficials(join(ROOT, 'dist/cli.js'), process.env).officials);
    const damages = {
      truncated: () => truncateSync(dict, 1000),
      garbage: () => writeFileSync(dict, 'x\n'.repeat(345_535) + 'y'), // same size, other bytes
      link: () => {
        rmSync(dict);
        symlinkSync(join(ROOT, 'dist/jieba/dict.utf8'), dict); // even a link to the right bytes is not followed
      },
    };
    for (const [name, damage] of Object.entries(damages)) {
      cpSync(join(ROOT, 'dist/jieba/dict.utf8'), dict, { force: true });
      damage();
      const r = exportOfficials(join(copy, 'cli.js'), process.env);
      assert.equal(r.code, 0, `${name}: ${r.stderr}`);
      assert.match(r.stderr, /does not match its manifest.*full dictionary instead/, name);
      assert.deepEqual(titled(r.officials), expected, name);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
