// A `huiyi fix` killed mid-run (SIGKILL) leaves every file either as it was or fully repaired.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recombinedCorpus } from '../bench/stats.mjs';
import { huiyi, huiyiAsync } from './cli-helpers.mjs';

test('a killed fix leaves every file old or new, never half-written', async () => {
  const original = mkdtempSync(join(tmpdir(), 'huiyi-kill-'));
  const { reports } = recombinedCorpus(12 * 1024 * 1024, 7);
  reports.forEach((text, i) => writeFileSync(join(original, `r${String(i).padStart(5, '0')}.txt`), text));
  const names = readdirSync(original).sort();

  // What a complete run writes.
  const complete = mkdtempSync(join(tmpdir(), 'huiyi-kill-done-'));
  cpSync(original, complete, { recursive: true });
  assert.equal(huiyi(['fix', '-q', complete]).code, 0);

  // The same run, killed once a few files are written.
  const killed = mkdtempSync(join(tmpdir(), 'huiyi-kill-mid-'));
  cpSync(original, killed, { recursive: true });
  const child = huiyiAsync(['fix', '-q', '--jobs', '2', killed]);
  let fixedLines = 0;
  await new Promise((resolve) => {
    child.stderr.on('data', (chunk) => {
      fixedLines += String(chunk).split('huiyi: fixed').length - 1;
      if (fixedLines >= 40 && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', resolve);
  });
  assert.equal(child.signalCode, 'SIGKILL', 'the run was killed before it finished');

  let old = 0;
  let repaired = 0;
  for (const name of names) {
    const now = readFileSync(join(killed, name), 'utf8');
    const before = readFileSync(join(original, name), 'utf8');
    const after = readFileSync(join(complete, name), 'utf8');
    if (now === after) repaired++;
    else if (now === before) old++;
    else assert.fail(`${name} is neither the old nor the new text`);
  }
  assert.ok(repaired >= 40 && old > 0, `repaired ${repaired}, untouched ${old}`);
});
