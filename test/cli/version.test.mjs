// The version is written once, in package.json: `huiyi --version`, the language server's
// `--version`, its serverInfo and the version field of `huiyi check --format json` all read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { huiyi, ROOT } from './cli-helpers.mjs';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function sources(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every front prints the version of package.json', () => {
  assert.equal(huiyi(['--version']).stdout, `${version}\n`);
  const server = spawnSync(process.execPath, [join(ROOT, 'dist/server.js'), '--version'], { encoding: 'utf8' });
  assert.equal(server.stderr, `huiyi-language-server ${version}\n`);
  const check = huiyi(['check', '--format', 'json', join(ROOT, 'seeds/000_afaa12a064718efa.txt')]);
  assert.equal(JSON.parse(check.stdout).version, version);
});

test('no source writes the version again', () => {
  const written = [...sources(join(ROOT, 'server/src')), ...sources(join(ROOT, 'client/src'))].filter((f) => readFileSync(f, 'utf8').includes(`'${version}'`));
  assert.deepEqual(written, []);
});
