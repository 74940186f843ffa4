// `huiyi fix --to-simplified` repairs first, then converts: what the repairs could not decode
// (lost bytes and the GBK leftovers around them) is left byte for byte, for a person to repair.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { huiyi, seedCopy } from './cli-helpers.mjs';

const MEETING = '会议在区四楼会议室召开';
const gbk = (s) => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');

test('fix --to-simplified leaves unrepairable mojibake byte for byte, decodes the rest, converts the text around it', () => {
  const dir = seedCopy();
  const file = join(dir, '004_160ae6e0879352b3.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  const leftover = '浼氳��鍚�'; // 会议后 read as GBK, with bytes lost
  lines.splice(2, 0, `區委書記${leftover}出席會議並講話。`, `${gbk(MEETING)}。`);
  writeFileSync(file, lines.join('\n'));

  const r = huiyi(['fix', '--to-simplified', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /fixed .*004_160ae6e0879352b3\.txt \(\d+ repairs?, \d+ characters to simplified, \d+ damaged spans? left for repair \(not converted\)\)/);
  const after = readFileSync(file, 'utf8').split('\n');
  assert.equal(after[2], `区委书记${leftover}出席会议并讲话。`, 'the leftover as it was, its neighbours converted');
  assert.equal(after[3], `${MEETING}。`, 'the repairable mojibake decoded');
  assert.ok(!after.join('\n').includes('會議'));
});

test('fix --to-simplified --dry-run says how many damaged spans it leaves', () => {
  const dir = seedCopy();
  const file = join(dir, '004_160ae6e0879352b3.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.splice(2, 0, '區委書記浼氳��鍚�出席會議並講話。');
  writeFileSync(file, lines.join('\n'));
  const r = huiyi(['fix', '--to-simplified', '--dry-run', file]);
  assert.match(r.stdout, /^\+区委书记浼氳��鍚�出席会议并讲话。$/m);
  assert.match(r.stderr, /004_160ae6e0879352b3\.txt: \d+ damaged spans? left for repair \(not converted\)/);
});

test('fix --skip mojibake.utf8-as-gbk --to-simplified: the skipped mojibake is neither decoded nor converted', () => {
  const dir = seedCopy();
  const file = join(dir, '004_160ae6e0879352b3.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  const moj = `${gbk(MEETING)}。`; // 浼氳鍦ㄥ尯鍥涙ゼ浼氳瀹ゅ彫寮€。
  lines.splice(2, 0, moj);
  writeFileSync(file, lines.join('\n'));
  const r = huiyi(['fix', '--skip', 'mojibake.utf8-as-gbk', '--to-simplified', file]);
  assert.equal(r.code, 0, r.stderr);
  const after = readFileSync(file, 'utf8').split('\n');
  assert.equal(after[2], moj);
  assert.ok(!after.join('\n').includes('會議'));
});
