// Emacs, in batch mode, with the config the README includes (editors/emacs/huiyi.el) and eglot
// (Debian 12: Emacs 28 with elpa-eglot 1.9), against dist/server.js: emacs-check.el asks eglot,
// flymake and imenu for what a user sees and writes it as JSON.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliCodes, cliFixed, missing, ROOT, seedPath, SERVER, tempDir } from './helpers.mjs';

function emacs(file, { fix = false } = {}) {
  const out = join(tempDir('emacs'), 'out.json');
  // --batch reads no init file but activates the installed packages (elpa-eglot), as a user's Emacs does.
  const args = ['--batch', '--eval', `(setq huiyi-server "${SERVER}")`, '-l', join(ROOT, 'editors/emacs/huiyi.el'), '-l', join(ROOT, 'test/editors/emacs-check.el')];
  const r = spawnSync('emacs', args, { env: { ...process.env, HUIYI_OUT: out, HUIYI_FILE: file, HUIYI_FIX: fix ? '1' : '0' }, encoding: 'utf8', timeout: 90_000 });
  assert.equal(r.status, 0, `emacs: ${r.stderr}${r.error ?? ''}`);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(result.errors, []);
  return { ...result, text: fix ? readFileSync(out + '.txt', 'utf8') : undefined };
}

const codes = (r) => r.diagnostics.map((d) => d.code).sort();

describe('Emacs with eglot: editors/emacs/huiyi.el', { skip: missing('emacs') }, () => {
  test('a .txt report opens in text-mode and works as it is: imenu (4 meetings), flymake, hover on 汤洁', () => {
    const r = emacs(seedPath('000'));
    assert.equal(r.mode, 'text-mode');
    assert.equal(r.managed, true);
    assert.equal(r.languageId, 'plaintext');
    const events = r.imenu.find((g) => g.group === 'Event');
    assert.equal(events?.names.length, 4, JSON.stringify(r.imenu));
    assert.deepEqual(codes(r), cliCodes(seedPath('000'), { grouped: true }), 'flymake lists the findings huiyi check reports');
    assert.match(r.hover, /汤洁/);
    assert.match(r.hover, /区委书记/);
  });

  test('a .huiyi file opens in meeting-report-mode, sent as meeting-report', () => {
    const file = join(tempDir('emacs-huiyi'), 'seed.huiyi');
    copyFileSync(seedPath('000'), file);
    const r = emacs(file);
    assert.equal(r.mode, 'meeting-report-mode');
    assert.equal(r.languageId, 'meeting-report');
    assert.equal(r.imenu.find((g) => g.group === 'Event')?.names.length, 4);
  });

  test('seed 001: its pinyin findings, and M-x eglot-code-actions source.fixAll.huiyi edits the buffer as huiyi fix writes it', () => {
    const r = emacs(seedPath('001'), { fix: true });
    assert.deepEqual(codes(r), cliCodes(seedPath('001'), { grouped: true }), "huiyi check's findings, a paragraph's dense ones as one");
    assert.equal(codes(r).filter((c) => c === 'mojibake.pinyin-annotation').length, 6);
    assert.equal(r.changed, true);
    assert.equal(r.text, cliFixed(seedPath('001')));
  });
});
