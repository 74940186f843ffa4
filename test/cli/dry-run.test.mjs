// `huiyi fix --dry-run` prints a unified diff that GNU patch applies to give exactly what `fix`
// writes: on the seeds (with the conversion and the chrome removal), on line-ending and final-newline
// edge cases, and on a 5 MB generated file, where a general line diff would take minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recombinedCorpus } from '../bench/stats.mjs';
import { huiyi, seedCopy } from './cli-helpers.mjs';

const hasPatch = spawnSync('patch', ['--version']).status === 0;

/** Runs fix --dry-run on a copy and patch on the original, then the real fix; both must agree. */
function agree(file, args) {
  const original = `${file}.orig`;
  copyFileSync(file, original);
  const dry = huiyi(['fix', '-q', '--dry-run', ...args, file]);
  assert.equal(dry.code, 0, dry.stderr);
  assert.equal(readFileSync(file, 'utf8'), readFileSync(original, 'utf8'), '--dry-run changes nothing');
  const diff = `${file}.diff`;
  writeFileSync(diff, dry.stdout);
  const patched = `${file}.patched`;
  const p = spawnSync('patch', ['-s', '-o', patched, original, diff], { encoding: 'utf8' });
  assert.equal(p.status, 0, `patch failed on ${file}: ${p.stderr}${p.stdout}`);
  assert.equal(huiyi(['fix', '-q', ...args, file]).code, 0);
  assert.equal(readFileSync(patched, 'utf8'), readFileSync(file, 'utf8'), `${file}: the diff gives what fix writes`);
  return dry.stdout;
}

test('seeds: the diff of fix, of fix --to-simplified --also cleanup.boilerplate, patches to the same text', { skip: !hasPatch && 'GNU patch is not installed' }, () => {
  for (const args of [[], ['--to-simplified', '--also', 'cleanup.boilerplate']]) {
    const dir = seedCopy();
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) agree(join(dir, f), args);
  }
});

test('CRLF, a BOM and no final newline survive the round trip', { skip: !hasPatch && 'GNU patch is not installed' }, () => {
  const dir = seedCopy();
  const text = readFileSync(join(dir, '001_e0a15ec941fbfe46.txt'), 'utf8');
  const crlf = join(dir, 'crlf.txt');
  writeFileSync(crlf, '\ufeff' + text.trimEnd().replace(/\n/g, '\r\n'));
  const diff = agree(crlf, ['--to-simplified']);
  assert.match(diff, /\\ No newline at end of file/);
  assert.ok(readFileSync(crlf, 'utf8').startsWith('\ufeff　　8月26日,经开区'));
});

test('a 5 MB file: the diff is made from the edits and patches exactly', { skip: !hasPatch && 'GNU patch is not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-big-'));
  const file = join(dir, 'big.txt');
  writeFileSync(file, recombinedCorpus(5 * 2 ** 20, 17).reports.join('\n\n'));
  const diff = agree(file, ['--to-simplified']);
  assert.ok(diff.split('\n@@ ').length > 100, 'many hunks');
});

test('--max-file-size: a larger file is skipped and named, and the run goes on', () => {
  const dir = seedCopy();
  const r = huiyi(['check', '--format', 'json', '--max-file-size', '0.005', dir]);
  const out = JSON.parse(r.stdout);
  assert.equal(out.summary.files, 5);
  assert.ok(out.summary.skipped >= 1 && out.summary.analysed >= 1, JSON.stringify(out.summary));
  assert.match(r.stderr, /000_afaa12a064718efa\.txt: 7\.\d KB, larger than --max-file-size \(0\.005 MB\); not analysed/);
  assert.doesNotMatch(r.stderr, /001_e0a15ec941fbfe46/, 'a smaller file is analysed');
  assert.equal(huiyi(['check', '--max-file-size', 'x', dir]).code, 2);
});
