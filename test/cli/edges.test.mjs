// The command line's edges: --help and unknown options for every command, UTF-16 files, and a
// reader that closes standard output early (`huiyi check … | head -1`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, huiyi, ROOT } from './cli-helpers.mjs';

const COMMANDS = ['check', 'fix', 'export', 'outline'];
const seedPath = (prefix) => join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith(prefix)));
const noStackTrace = (stderr) => assert.doesNotMatch(stderr, /\n\s+at |Error:/, stderr);

describe('options', () => {
  for (const command of COMMANDS) {
    test(`huiyi ${command} --help and -h print its usage; an unknown option is a usage error`, () => {
      for (const flag of ['--help', '-h']) {
        const r = huiyi([command, flag]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`^Usage: huiyi ${command} \\[options\\]`));
        assert.match(r.stdout, /Exit status: /);
        assert.equal(r.stderr, '');
      }
      for (const bad of ['--bogus', '-x']) {
        const r = huiyi([command, bad, 'seeds']);
        assert.equal(r.code, 2);
        assert.equal(r.stderr, `huiyi: unknown option ${bad}\n`);
      }
    });
  }

  test('huiyi outline: a missing path is one line and exit status 1; the other paths are printed', () => {
    const r = huiyi(['outline', 'nope.txt', seedPath('004')]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'huiyi: nope.txt: no such file or folder\n');
    assert.match(r.stdout, /004_.*: 1 meeting\n/);
    noStackTrace(r.stderr);
  });
});

describe('UTF-16 files', () => {
  const text = readFileSync(seedPath('004'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-utf16-'));
  const files = {
    'le-bom.txt': ['LE', true, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    'be-bom.txt': ['BE', true, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    'le.txt': ['LE', false, Buffer.from(text, 'utf16le')],
    'be.txt': ['BE', false, Buffer.from(text, 'utf16le').swap16()],
  };
  for (const [name, [, , bytes]] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0, 0, 0, 8, 0, 0xff, 0xfe, 0, 0]));

  test('check names each UTF-16 file as UTF-16 (its byte order), with how to reopen or convert it', () => {
    const r = huiyi(['check', '--format', 'json', ...Object.keys(files).map((n) => join(dir, n)), join(dir, 'blob.txt')]);
    const out = JSON.parse(r.stdout);
    assert.equal(out.summary.skipped, 5);
    for (const [name, [endian, bom]] of Object.entries(files)) {
      const reason = out.files.find((f) => f.id.endsWith(`/${name}`)).reason;
      assert.equal(
        reason,
        `UTF-16 ${endian} text${bom ? ' (with a byte order mark)' : ''}, not UTF-8; not analysed. Reopen it with its encoding (VS Code: "Reopen with Encoding" → UTF-16 ${endian}) and save it as UTF-8, or convert it: iconv -f UTF-16${bom ? '' : endian} -t UTF-8`,
      );
      assert.match(r.stderr, new RegExp(`${name}: UTF-16 ${endian} text`));
    }
    // A real binary file is still called binary.
    assert.match(out.files.find((f) => f.id.endsWith('/blob.txt')).reason, /^binary file \(it contains NUL bytes\)/);
  });

  test('the conversion the message gives turns it into the report fix and check read', { skip: spawnSync('iconv', ['--version']).status !== 0 && 'iconv is not installed' }, () => {
    for (const [name, [endian, bom]] of Object.entries(files)) {
      const converted = spawnSync('iconv', ['-f', bom ? 'UTF-16' : `UTF-16${endian}`, '-t', 'UTF-8', join(dir, name)]);
      assert.equal(converted.stdout.toString('utf8'), text, name);
    }
    const r = huiyi(['fix', '--dry-run', join(dir, 'le.txt')]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /le\.txt: UTF-16 LE text, not UTF-8; not analysed/);
  });
});

describe('standard output closed early', () => {
  // Enough findings (seed 001's pinyin, many times) that the output is far larger than a pipe holds.
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-pipe-'));
  const damaged = readFileSync(seedPath('001'));
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), damaged);

  const headOne = (args) => {
    const full = huiyi(args);
    assert.ok(full.stdout.length > 1 << 18, `the output (${full.stdout.length} bytes) is larger than a pipe's buffer`);
    const quoted = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('bash', ['-c', `${quoted} | head -1; echo "status \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    assert.equal(r.stdout, full.stdout.slice(0, full.stdout.indexOf('\n') + 1));
    assert.ok(r.stderr.endsWith(`status ${full.code}\n`), `${r.stderr.slice(-200)} (expected status ${full.code})`);
    noStackTrace(r.stderr);
    return full.code;
  };

  test('check | head -1: exit status 1 (findings), with one job and with two, no stack trace', () => {
    assert.equal(headOne(['check', '-q', '--jobs', '1', dir]), 1);
    assert.equal(headOne(['check', '-q', '--jobs', '2', dir]), 1);
    assert.equal(headOne(['check', '-q', '--format', 'jsonl', dir]), 1);
  });

  test('export | head -1: exit status 1 when a file could not be read, 0 when all were', () => {
    assert.equal(headOne(['export', '-q', '--jobs', '2', dir, join(dir, 'missing.txt')]), 1);
    assert.equal(headOne(['export', '-q', '--jobs', '2', dir]), 0);
  });
});
