// Issue 18 item 3 on the command line: `huiyi check` says which encoding a GBK or Big5 file is in, and
// `huiyi fix --from-encoding gb18030|big5|auto` writes it as UTF-8, atomically, keeping the original.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { huiyi } from './cli-helpers.mjs';

const iconv = createRequire(import.meta.url)('iconv-lite');
// Reports with no damage for the fix to repair: after re-encoding, the text is exactly theirs.
const SIMPLIFIED = '区委召开会议\n3月5日上午，区委常委会召开会议。区委书记汤洁主持会议并讲话，要求各部门认真学习贯彻会议精神，抓好工作落实。区长朱杰出席会议。\n汤洁强调，要抓好落实，推动经济社会发展。\n';
const TRADITIONAL = '區委召開會議\n3月5日上午，區委常委會召開會議。區委書記湯潔主持會議并講話，要求各部門認真學習貫徹會議精神，抓好工作落實。區長朱傑出席會議。\n湯潔強調，要抓好落實，推動經濟社會發展。\n';

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-enc-'));
  writeFileSync(join(dir, 'gbk.txt'), iconv.encode(SIMPLIFIED, 'gb18030'));
  writeFileSync(join(dir, 'big5.txt'), iconv.encode(TRADITIONAL, 'big5'));
  return dir;
}

test('check names the encoding of a GBK and of a Big5 file, and the command that re-encodes it', () => {
  const dir = folder();
  try {
    const r = huiyi(['check', '-q', '--format', 'json', join(dir, 'gbk.txt'), join(dir, 'big5.txt')]);
    const files = JSON.parse(r.stdout).files;
    const message = (name) => files.find((f) => f.id.endsWith(name)).findings.find((f) => f.code === 'mojibake.wrong-encoding').message;
    assert.match(message('gbk.txt'), /The file on disk is intact/);
    assert.match(message('gbk.txt'), /The file on disk is in GB18030 \(read from its bytes\): huiyi fix --from-encoding gb18030 re-encodes it to UTF-8, keeping a backup\./);
    assert.match(message('big5.txt'), /The file on disk is in Big5 \(read from its bytes\): huiyi fix --from-encoding big5/);
    assert.equal(files.find((f) => f.id.endsWith('gbk.txt')).meetings, 0, 'no garbage meetings');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fix --from-encoding auto writes both files as UTF-8, keeps the originals, and a second run changes nothing', () => {
  const dir = folder();
  try {
    const gbk = readFileSync(join(dir, 'gbk.txt'));
    const big5 = readFileSync(join(dir, 'big5.txt'));
    const r = huiyi(['fix', '-q', '--from-encoding', 'auto', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /fixed .*gbk\.txt \(re-encoded from GB18030 to UTF-8, 0 repairs; the original is kept as .*gbk\.txt\.bak\)/);
    assert.match(r.stderr, /fixed .*big5\.txt \(re-encoded from Big5 to UTF-8/);
    assert.equal(readFileSync(join(dir, 'gbk.txt'), 'utf8'), SIMPLIFIED);
    assert.equal(readFileSync(join(dir, 'big5.txt'), 'utf8'), TRADITIONAL);
    assert.deepEqual(readFileSync(join(dir, 'gbk.txt.bak')), gbk);
    assert.deepEqual(readFileSync(join(dir, 'big5.txt.bak')), big5);
    const again = huiyi(['fix', '-q', '--from-encoding', 'gb18030', join(dir, 'gbk.txt'), join(dir, 'big5.txt')]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stderr, '');
    assert.equal(readFileSync(join(dir, 'big5.txt'), 'utf8'), TRADITIONAL, 'UTF-8 is never decoded as GB18030');
    assert.deepEqual(readdirSync(dir).sort(), ['big5.txt', 'big5.txt.bak', 'gbk.txt', 'gbk.txt.bak']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fix --from-encoding takes gb18030, big5 or auto only', () => {
  const r = huiyi(['fix', '--from-encoding', 'latin1', 'seeds']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--from-encoding must be gb18030, big5 or auto/);
});
