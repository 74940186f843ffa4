// `huiyi fix` on real file-system faults: a read-only mount, a full disk (a small tmpfs), stale
// temporary files of earlier runs, and backups that already exist. The mounts need root; without
// it those tests are skipped, saying so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { huiyi, ROOT } from './cli-helpers.mjs';

const seed = (prefix) => readFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith(prefix))));
/** Seed 001 (pinyin glosses, lost indents: fix changes it), and a longer text that fix makes longer than a page. */
const DAMAGED = seed('001');
const LONG = Buffer.concat([seed('001'), seed('000')]);
const temps = (dir) => readdirSync(dir).filter((n) => /\.huiyi-.*\.tmp$/.test(n));
const noStackTrace = (stderr) => assert.doesNotMatch(stderr, /\n\s+at |Error:/, stderr);

const mounts = [];
function mount(args) {
  const r = spawnSync('mount', args, { encoding: 'utf8' });
  return r.status === 0 ? '' : r.stderr || r.error?.message || `mount ${args.join(' ')} failed`;
}
/** A folder holding `files`, mounted read-only (a bind mount); a reason string when that is not possible. */
function readOnlyFolder(files) {
  if (process.getuid?.() !== 0) return { skip: 'needs root to mount' };
  const source = mkdtempSync(join(tmpdir(), 'huiyi-ro-src-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(source, name), data);
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-ro-'));
  let problem = mount(['--bind', source, dir]);
  if (problem) return { skip: `bind mount failed: ${problem}` };
  mounts.push(dir);
  problem = mount(['-o', 'remount,bind,ro', dir]);
  if (problem) return { skip: `read-only remount failed: ${problem}` };
  return { dir, source };
}
/** A 64 KB tmpfs holding `files`, then filled with a filler file until `free` bytes are left. */
function fullDisk(files, free) {
  if (process.getuid?.() !== 0) return { skip: 'needs root to mount' };
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-full-'));
  const problem = mount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  if (problem) return { skip: `tmpfs mount failed: ${problem}` };
  mounts.push(dir);
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const page = Buffer.alloc(4096, 120);
  let size = 0;
  try {
    for (;;) size += writeSync(fd, page);
  } catch (error) {
    assert.equal(error.code, 'ENOSPC');
  } finally {
    closeSync(fd);
  }
  if (free) truncateSync(filler, size - free);
  return { dir };
}

after(() => {
  for (const dir of mounts.reverse()) if (spawnSync('umount', [dir]).status === 0) rmSync(dir, { recursive: true, force: true });
});

describe('huiyi fix on a read-only file system', () => {
  let place;
  before(() => {
    place = readOnlyFolder({ 'a.txt': DAMAGED, 'b.txt': DAMAGED });
  });

  for (const jobs of ['1', '2']) {
    test(`each file's failure is one line, the run goes on, exit status 1 (--jobs ${jobs})`, (t) => {
      if (place.skip) return t.skip(place.skip);
      const r = huiyi(['fix', '-q', '--jobs', jobs, join(place.dir, 'a.txt'), join(place.dir, 'b.txt')]);
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.deepEqual(lines, ['a.txt', 'b.txt'].map((n) => `huiyi: ${join(place.dir, n)}: cannot write the repaired file (read-only file system); left as it is`));
      noStackTrace(r.stderr);
      assert.deepEqual(readFileSync(join(place.dir, 'a.txt')), DAMAGED);
    });
  }

  test('--backup: the backup cannot be written either, said in one line', (t) => {
    if (place.skip) return t.skip(place.skip);
    const r = huiyi(['fix', '-q', '--backup', join(place.dir, 'a.txt')]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `huiyi: ${join(place.dir, 'a.txt')}: cannot write the backup (read-only file system); left as it is\n`);
    assert.deepEqual(readdirSync(place.source).sort(), ['a.txt', 'b.txt']);
  });
});

describe('huiyi fix on a full disk', () => {
  test('--backup on a full disk: one line, exit 1, the file and the folder as they were', (t) => {
    const disk = fullDisk({ 'a.txt': DAMAGED }, 0);
    if (disk.skip) return t.skip(disk.skip);
    const r = huiyi(['fix', '-q', '--backup', join(disk.dir, 'a.txt')]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, `huiyi: ${join(disk.dir, 'a.txt')}: cannot write the backup (no space left on the device); left as it is\n`);
    assert.deepEqual(readFileSync(join(disk.dir, 'a.txt')), DAMAGED);
    assert.deepEqual(readdirSync(disk.dir).sort(), ['a.txt', 'filler']);
  });

  test('a repaired file that only partly fits: reported, the original kept whole, no temporary file left', (t) => {
    // One page free: the first write of the longer repaired text succeeds in part, the next fails.
    const disk = fullDisk({ 'a.txt': LONG }, 4096);
    if (disk.skip) return t.skip(disk.skip);
    const r = huiyi(['fix', '-q', join(disk.dir, 'a.txt')]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, `huiyi: ${join(disk.dir, 'a.txt')}: cannot write the repaired file (no space left on the device); left as it is\n`);
    assert.deepEqual(readFileSync(join(disk.dir, 'a.txt')), LONG);
    assert.deepEqual(temps(disk.dir), []);
  });
});

describe('huiyi fix: temporary files and backups', () => {
  const deadPid = () => {
    const r = spawnSync(process.execPath, ['-e', '']);
    return r.pid;
  };

  test('stale temporary files of ours beside the files fixed are removed; nothing else is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huiyi-temps-'));
    writeFileSync(join(dir, 'a.txt'), DAMAGED);
    writeFileSync(join(dir, 'other.txt'), DAMAGED);
    const dead = deadPid();
    const hour = Date.now() / 1000 - 3600;
    const planted = {
      dead: `.a.txt.huiyi-${dead}-0123abcd.tmp`, // a killed run's
      legacy: `.a.txt.huiyi-${dead}-1764000000000.tmp`, // the older naming (Date.now())
      old: `.a.txt.huiyi-${process.pid}-89abcdef.tmp`, // a live pid, but an hour old
      fresh: `.a.txt.huiyi-${process.pid}-fedcba98.tmp`, // a live process's, being written
      otherFile: `.other.txt.huiyi-${dead}-0123abcd.tmp`, // not beside a file being fixed
      notOurs: `.a.txt.huiyi-${dead}-0123abcd.tmp.keep`,
      alsoNotOurs: `a.txt.huiyi-${dead}-0123abcd.tmp`,
    };
    for (const name of Object.values(planted)) writeFileSync(join(dir, name), 'partial');
    utimesSync(join(dir, planted.old), hour, hour);
    mkdirSync(join(dir, `.a.txt.huiyi-${dead}-00000000.tmp`)); // a folder: not a file of ours
    const r = huiyi(['fix', '-q', join(dir, 'a.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const left = readdirSync(dir);
    for (const key of ['dead', 'legacy', 'old']) {
      assert.ok(!left.includes(planted[key]), `${key} is removed`);
      assert.match(r.stderr, new RegExp(`removed ${join(dir, planted[key]).replace(/[.]/g, '\\.')}, a temporary file left by an interrupted run`));
    }
    for (const key of ['fresh', 'otherFile', 'notOurs', 'alsoNotOurs']) assert.ok(left.includes(planted[key]), `${key} is kept`);
    assert.ok(left.includes(`.a.txt.huiyi-${dead}-00000000.tmp`));
    assert.match(r.stderr, /fixed .*a\.txt/);
  });

  test('--dry-run writes and removes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huiyi-temps-'));
    writeFileSync(join(dir, 'a.txt'), DAMAGED);
    const stale = `.a.txt.huiyi-${deadPid()}-0123abcd.tmp`;
    writeFileSync(join(dir, stale), 'partial');
    const r = huiyi(['fix', '--dry-run', join(dir, 'a.txt')]);
    assert.match(r.stdout, /^--- a\//);
    assert.deepEqual(readdirSync(dir).sort(), [stale, 'a.txt'].sort());
  });

  test('--backup never overwrites: FILE.bak, then FILE.bak.1, FILE.bak.2, and says which', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huiyi-bak-'));
    const file = join(dir, 'a.txt');
    const versions = [];
    for (let run = 0; run < 3; run++) {
      // Each run starts from a different damaged text, so each backup holds what that run found.
      const text = Buffer.concat([DAMAGED, Buffer.from(`\n第${run}稿\n`)]);
      writeFileSync(file, text);
      versions.push(text);
      const r = huiyi(['fix', '-q', '--backup', file]);
      assert.equal(r.code, 0, r.stderr);
      const name = run === 0 ? `${file}.bak` : `${file}.bak.${run}`;
      assert.match(r.stderr, new RegExp(`the original is kept as ${name.replace(/[.]/g, '\\.')}\\)`));
    }
    assert.deepEqual(readFileSync(`${file}.bak`), versions[0]);
    assert.deepEqual(readFileSync(`${file}.bak.1`), versions[1]);
    assert.deepEqual(readFileSync(`${file}.bak.2`), versions[2]);
    assert.deepEqual(temps(dir), []);
  });

  test('--backup: a link planted at FILE.bak is left alone, not written through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huiyi-bak-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, DAMAGED);
    const target = join(dir, 'precious');
    writeFileSync(target, 'keep me');
    symlinkSync(target, `${file}.bak`);
    const r = huiyi(['fix', '-q', '--backup', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(target, 'utf8'), 'keep me');
    assert.deepEqual(readFileSync(`${file}.bak.1`), DAMAGED);
  });
});
