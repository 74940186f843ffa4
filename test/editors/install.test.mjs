// `huiyi` on PATH without npx: the package as npm packs it, installed globally into a temporary
// prefix (npm install -g), as on an engine's executor. nodejieba comes from the npm registry and
// compiles from source (its prebuilt binaries are on GitHub, out of reach): node-gyp takes Node's
// headers from /usr/include/node (--nodedir=/usr) and nodejieba's install runs npx (--yes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, seedPath, tempDir } from './helpers.mjs';

test('npm pack, then npm install -g <tarball> --prefix DIR: DIR/bin/huiyi works, nodejieba included', { timeout: 300_000 }, () => {
  const dir = tempDir('install');
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const tarball = join(dir, pack.stdout.trim().split('\n').pop());
  const prefix = join(dir, 'prefix');
  const nodedir = existsSync('/usr/include/node/node.h') ? ['--nodedir=/usr'] : [];
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--yes', ...nodedir, '--no-audit', '--no-fund', tarball], { cwd: dir, encoding: 'utf8', timeout: 280_000 });
  assert.equal(install.status, 0, install.stdout + install.stderr);
  const bin = join(prefix, 'bin');
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
  const run = (args, input) => spawnSync('huiyi', args, { cwd: dir, env, input, encoding: 'utf8' });
  const exported = run(['export', '--quiet', seedPath('000')]);
  assert.equal(exported.status, 0, exported.stderr);
  assert.equal(exported.stdout.trim().split('\n').length, 4);
  assert.deepEqual([run(['export', '-'], '').status, run(['export', '-'], '').stdout], [0, '']);
  // The segmenter the installed CLI loads when a name needs it.
  const jieba = spawnSync(process.execPath, ['-e', "console.log(require('nodejieba').cut('区委书记主持会议').join('/'))"], { cwd: join(prefix, 'lib/node_modules/huiyi'), encoding: 'utf8' });
  assert.equal(jieba.status, 0, jieba.stderr);
  assert.match(jieba.stdout, /会议/);
  assert.ok(existsSync(join(bin, 'huiyi-language-server')));
});
