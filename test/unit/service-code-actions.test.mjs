// Damage code actions through the language service: a quickfix per finding, "all in this file",
// source.fixAll.huiyi, the fix-all repairs, and the version guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, core, doc, editsOf, seedDoc } from './service-helpers.mjs';

const service = core.createLanguageService();
const ANNOTATION = /(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g;
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

test('seed 002: a quickfix removes one pinyin annotation; "all in this file" removes every one', () => {
  const document = seedDoc('002');
  const pinyin = service.diagnostics(document).filter((d) => d.code === 'mojibake.pinyin-annotation');
  assert.equal(pinyin.length, 307);
  const actions = service.damageCodeActions(document, { range: pinyin[0].range, diagnostics: [pinyin[0]], only: ['quickfix'] });
  const one = actions.find((a) => a.title === 'Remove the pinyin annotation');
  assert.equal(one.kind, 'quickfix');
  assert.deepEqual(one.diagnostics, [pinyin[0]]);
  assert.ok(apply(document, editsOf(one.edit)).startsWith('日前,區政府區(qū)長'));
  const all = actions.find((a) => a.title.startsWith('Remove the pinyin annotation: all 307'));
  assert.equal(apply(document, editsOf(all.edit)), document.getText().replace(ANNOTATION, ''));
});

test('seed 001: source.fixAll.huiyi restores the indents and removes the annotations, and nothing else', () => {
  const document = seedDoc('001');
  const [fixAll] = service.damageCodeActions(document, { range: ZERO, diagnostics: [], only: ['source.fixAll'] });
  assert.equal(fixAll.kind, 'source.fixAll.huiyi');
  assert.match(fixAll.title, /^Fix all damage in this file \(\d+ edits\)$/);
  assert.equal(fixAll.edit.documentChanges[0].textDocument.version, 1);
  const expected = document.getText().replace(/^\?\?\?\?/gm, '　　').replace(ANNOTATION, '');
  assert.equal(apply(document, editsOf(fixAll.edit)), expected);
});

test('fixAll: the same repairs as the action; applying them twice is applying them once', () => {
  const document = seedDoc('001');
  const repairs = service.fixAll(document);
  const fixed = core.applyEdits(document.getText(), repairs);
  assert.equal(fixed, document.getText().replace(/^\?\?\?\?/gm, '　　').replace(ANNOTATION, ''));
  assert.deepEqual(service.fixAll(doc(fixed, { uri: document.uri, version: 2 })), []);
});

test('fixAll leaves the opt-in repairs (half-width punctuation) to `also`', () => {
  const document = seedDoc('002');
  const plain = core.applyEdits(document.getText(), service.fixAll(document));
  const also = core.applyEdits(document.getText(), service.fixAll(document, ['cleanup.halfwidth-punctuation']));
  assert.ok(plain.startsWith('日前,'));
  assert.ok(also.startsWith('日前，'));
});

test('without only, no fix-all; a diagnostic of an older version gets no action', () => {
  const v1 = seedDoc('002');
  const [first] = service.diagnostics(v1).filter((d) => d.code === 'mojibake.pinyin-annotation');
  assert.ok(service.damageCodeActions(v1, { range: first.range, diagnostics: [first] }).every((a) => a.kind === 'quickfix'));
  const v2 = doc(v1.getText(), { uri: v1.uri, version: 2 });
  assert.deepEqual(service.damageCodeActions(v2, { range: first.range, diagnostics: [first], only: ['quickfix'] }), []);
});

test('seed 000: fix-all normalises the indents; the fixed text is offered no fix-all', () => {
  const document = seedDoc('000');
  const [fixAll] = service.damageCodeActions(document, { range: ZERO, diagnostics: [], only: ['source.fixAll'] });
  const fixed = apply(document, editsOf(fixAll.edit));
  assert.ok(!/^ +/m.test(fixed) && !/ $/m.test(fixed), 'no ASCII indent, no trailing space');
  assert.equal(fixed.replace(/[^\S\n]/g, ''), document.getText().replace(/[^\S\n]/g, ''), 'only whitespace changed');
  assert.deepEqual(service.damageCodeActions(doc(fixed, { uri: document.uri, version: 2 }), { range: ZERO, diagnostics: [], only: ['source.fixAll'] }), []);
});
