// Neovim, headless, with the configs the README includes (editors/nvim/*.lua), against dist/server.js:
// the Lua script nvim-check.lua asks for what a user sees and writes it as JSON.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliCodes, cliFixed, missing, ROOT, seedPath, SERVER, tempDir } from './helpers.mjs';

const EVENT = 24;

function nvim(config, file, { fix = false, shim = false } = {}) {
  const out = join(tempDir('nvim'), 'out.json');
  const args = ['--headless', '-i', 'NONE', ...(shim ? ['--cmd', `luafile ${join(ROOT, 'test/editors/nvim-0.10-shim.lua')}`] : []), '-u', join(ROOT, config), '--cmd', `let g:huiyi_server='${SERVER}'`, '-c', `luafile ${join(ROOT, 'test/editors/nvim-check.lua')}`, file];
  const r = spawnSync('nvim', args, { env: { ...process.env, HUIYI_OUT: out, HUIYI_FIX: fix ? '1' : '0' }, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `nvim: ${r.stderr}${r.error ?? ''}`);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(result.errors, []);
  return { ...result, text: fix ? readFileSync(out + '.txt', 'utf8') : undefined };
}

function outlineDiagnosticsHover(r, file) {
  assert.equal(r.attached, true, 'the huiyi client attached');
  assert.deepEqual(r.symbols.map((s) => s.kind), [EVENT, EVENT, EVENT, EVENT], 'the four meetings of seed 000');
  assert.deepEqual(r.diagnostics.map((d) => d.code).sort(), cliCodes(file), 'the diagnostics are the findings huiyi check reports');
  assert.match(r.hover, /汤洁/);
  assert.match(r.hover, /区委书记/);
}

describe('Neovim 0.7–0.9: editors/nvim/huiyi-0.7.lua', { skip: missing('nvim') }, () => {
  test('a .txt report: outline (4 meetings), diagnostics, hover on 汤洁; sent as plaintext', () => {
    const r = nvim('editors/nvim/huiyi-0.7.lua', seedPath('000'));
    assert.equal(r.filetype, 'text');
    assert.equal(r.languageId, 'plaintext');
    outlineDiagnosticsHover(r, seedPath('000'));
  });

  test('a .huiyi file is a meeting-report', () => {
    const file = join(tempDir('nvim-huiyi'), 'seed.huiyi');
    copyFileSync(seedPath('000'), file);
    const r = nvim('editors/nvim/huiyi-0.7.lua', file);
    assert.equal(r.filetype, 'meeting-report');
    assert.equal(r.languageId, 'meeting-report');
    assert.equal(r.symbols.length, 4);
  });

  test('seed 001: its pinyin findings, and the fix-all code action applied in the buffer as huiyi fix writes it', () => {
    const r = nvim('editors/nvim/huiyi-0.7.lua', seedPath('001'), { fix: true });
    // The 187 annotations huiyi check reports, one diagnostic per paragraph (6).
    const pinyin = r.diagnostics.filter((d) => d.code === 'mojibake.pinyin-annotation');
    assert.equal(pinyin.length, cliCodes(seedPath('001'), { grouped: true }).filter((c) => c === 'mojibake.pinyin-annotation').length);
    assert.deepEqual(pinyin.map((d) => d.lnum), [0, 1, 2, 3, 4, 5]);
    assert.equal(pinyin.reduce((n, d) => n + Number(/^(\d+) pinyin annotations in this paragraph/.exec(d.message)[1]), 0), cliCodes(seedPath('001')).filter((c) => c === 'mojibake.pinyin-annotation').length);
    assert.deepEqual(r.actions.map((a) => a.kind), ['source.fixAll.huiyi']);
    assert.equal(r.changed, true);
    assert.equal(r.text, cliFixed(seedPath('001')));
  });
});

// No Debian package or npm package ships Neovim 0.10, so the 0.10+ snippet runs in 0.7 with the two
// APIs 0.7 lacks (vim.lsp.start, vim.fs.root) written after 0.10's documentation (nvim-0.10-shim.lua).
describe('Neovim 0.10+: editors/nvim/huiyi.lua, in 0.7 with a shim of vim.lsp.start and vim.fs.root', { skip: missing('nvim') }, () => {
  test('it fails plainly on 0.7 without the shim (why the README has two snippets)', () => {
    const r = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', join(ROOT, 'editors/nvim/huiyi.lua'), '-c', 'qa!', seedPath('000')], { encoding: 'utf8', timeout: 60_000 });
    assert.match(r.stderr + r.stdout, /attempt to index field 'fs' \(a nil value\)/);
  });

  test('a .huiyi file (vim.filetype.add) and a .txt report (plaintext): outline, diagnostics, hover', () => {
    const dir = tempDir('nvim-010');
    const file = join(dir, 'seed.huiyi');
    copyFileSync(seedPath('000'), file);
    const huiyiFile = nvim('editors/nvim/huiyi.lua', file, { shim: true });
    assert.equal(huiyiFile.filetype, 'meeting-report');
    assert.equal(huiyiFile.languageId, 'meeting-report');
    outlineDiagnosticsHover(huiyiFile, file);
    const txt = nvim('editors/nvim/huiyi.lua', seedPath('000'), { shim: true });
    assert.equal(txt.languageId, 'plaintext');
    outlineDiagnosticsHover(txt, seedPath('000'));
  });
});
