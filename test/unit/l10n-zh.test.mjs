// With the Simplified Chinese bundle selected, the server's damage and script messages and its
// code action titles come out in Chinese. useLocale changes the process's message bundle, so these
// tests live in their own file (node --test runs each file in its own process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, damagedTexts, doc, seed, seedDoc } from './helpers.mjs';

core.useLocale('zh-cn');

const CJK = /[\u4e00-\u9fff]/;
/** Three English words in a row: what every English message has and no Chinese one does. */
const ENGLISH = /\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b/;

function assertChinese(messages) {
  assert.ok(messages.length > 0);
  for (const m of messages) {
    assert.match(m, CJK, m);
    assert.doesNotMatch(m, ENGLISH, m);
  }
}

test('seed 001: every diagnostic (lost indents, pinyin, half-width commas, traditional script) is in Chinese', () => {
  const diagnostics = core.createLanguageService().diagnostics(seedDoc('001'), core.DEFAULT_SETTINGS);
  const codes = new Set(diagnostics.map((d) => d.code));
  for (const code of ['mojibake.question-marks', 'mojibake.pinyin-annotation', 'script.traditional']) assert.ok(codes.has(code), code);
  assertChinese(diagnostics.map((d) => d.message));
  const indent = diagnostics.find((d) => d.code === 'mojibake.question-marks' && d.message.startsWith('段首'));
  assert.equal(indent?.message, '段首的“????”是丢失的全角缩进（每个“??”原是一个“　”）；修复将恢复 2 个全角空格（　）。');
  assert.ok(!diagnostics.some((d) => /the fix|Traditional script/.test(d.message)));
});

test('every damage code has a Chinese message', () => {
  const texts = [...damagedTexts(), seed('001').text, seed('002').text];
  const messages = new Map();
  for (const text of texts) {
    const model = core.buildReportModel(doc(text));
    for (const f of core.detectDamage({ text, model, options: { indent: 'fullwidth' } })) messages.set(f.message, f.code);
    for (const f of core.detectDamage({ text, model, options: { indent: 'remove' } })) messages.set(f.message, f.code);
  }
  assert.deepEqual([...core.DAMAGE_CODES].filter((c) => ![...messages.values()].includes(c)), []);
  assertChinese([...messages.keys()]);
});

test('the summary over huiyi.maxNumberOfProblems and the code action titles are in Chinese', () => {
  const document = seedDoc('002');
  const model = core.buildReportModel(document);
  const settings = { ...core.DEFAULT_SETTINGS.damage, maxNumberOfProblems: 5 };
  const diagnostics = core.damageDiagnostics(document, model, settings);
  const summary = diagnostics.find((d) => d.code === 'file.too-many-problems');
  assert.match(summary.message, /^本文件另有 \d+ 个问题未显示（huiyi\.maxNumberOfProblems 为 5）/);
  const request = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics, only: ['quickfix', 'source.fixAll'] };
  const titles = core.damageCodeActions(document, model, settings, request).map((a) => a.title);
  assert.ok(titles.some((t) => t.startsWith('修复本文件的全部损坏（')), titles.join('\n'));
  // A paragraph's dense findings: one diagnostic, its count and its quick fix in Chinese.
  const group = diagnostics.find((d) => d.data?.group);
  assert.match(group.message, /^本段有 \d+ 处拼音注音。第一处：采集程序在/);
  assert.ok(titles.some((t) => /^删除拼音注音：本段全部 \d+ 处$/.test(t)), titles.join('\n'));
  assertChinese(titles);
});

test('the code lens on a meeting with copies, and the merged count on the hover card, are in Chinese', async () => {
  const { seedCopies } = await import('../duplicates/seed-copies.mjs');
  const { workspaceWithCopies, positionOf } = await import('./service-helpers.mjs');
  const service = core.createLanguageService();
  const seed000 = seedDoc('000');
  const copies = seedCopies(seed000.getText());
  const workspace = workspaceWithCopies(service, [seed000, doc(copies.mirror, { uri: 'file:///ws/mirror.txt' }), doc(copies.truncated, { uri: 'file:///ws/truncated.txt' })]);
  assert.deepEqual(service.copyLenses(seed000, workspace).map((l) => l.command.title), [
    '另见于其他 2 个文件：1 份繁体镜像、1 份副本',
    '另见于其他 2 个文件：1 份繁体镜像、1 份副本',
    '另见于其他 2 个文件：1 份繁体镜像、1 份截断的副本',
    '另见于其他 1 个文件：1 份繁体镜像',
  ]);
  const md = service.hover(seed000, positionOf(seed000, '汤洁'), workspace).contents.value;
  assert.ok(md.includes('1 个文件中的 3 次会议 (已合并 6 份副本)'), md);
  assert.ok(md.includes('(另有 2 份副本)'), md);
});
