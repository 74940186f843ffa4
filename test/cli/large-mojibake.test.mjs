// A report with 1 MB of UTF-8 read as GBK (one run of mojibake made from a real report with iconv-lite):
// `check` reports it with its documented exit code and `fix` writes the Chinese back, neither with
// a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { huiyi, ROOT } from './cli-helpers.mjs';

const report = readFileSync(join(ROOT, 'seeds/000_afaa12a064718efa.txt'), 'utf8');
const utf8AsGbk = (s) => iconv.decode(iconv.encode(s, 'utf8'), 'gbk');
// Han in pieces of 20 whose mojibake decodes back exactly: the whole file is one run of mojibake.
const han = report
  .replace(/[^\u4e00-\u9fff]/g, '')
  .match(/.{20}/g)
  .filter((p) => iconv.decode(iconv.encode(utf8AsGbk(p), 'gbk'), 'utf8') === p && !utf8AsGbk(p).includes('\ufffd'))
  .join('');
const n = Math.ceil((1 << 20) / Buffer.byteLength(utf8AsGbk(han)));
// A clean report whose last paragraph is the mojibake.
const head = '区委常委会召开会议\n　　3月2日上午，区委常委会召开会议，传达学习全国两会精神。区委书记李明主持会议并讲话。\n　　会议指出，要深入学习贯彻全国两会精神。\n　　';
const STACK = /RangeError|Maximum call stack|^\s+at /m;

test('huiyi check / fix on 1 MB of UTF-8 read as GBK: exit 1 with findings, then the Chinese back, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-large-'));
  try {
    const file = join(dir, 'mojibake.txt');
    writeFileSync(file, head + utf8AsGbk(han).repeat(n) + '\n');
    const check = huiyi(['check', '--format', 'json', file]);
    assert.doesNotMatch(check.stderr, STACK);
    assert.equal(check.code, 1, check.stderr);
    const findings = JSON.parse(check.stdout).files[0].findings;
    assert.ok(findings.length > 0 && findings.every((f) => f.code === 'mojibake.utf8-as-gbk'), JSON.stringify(findings.slice(0, 3)));
    const fix = huiyi(['fix', file]);
    assert.doesNotMatch(fix.stderr, STACK);
    assert.equal(fix.code, 0, fix.stderr);
    assert.ok(readFileSync(file, 'utf8') === head + han.repeat(n) + '\n', 'the file holds the Chinese again');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
