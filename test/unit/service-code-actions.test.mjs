// Damage code actions through the language service: a quickfix per finding, "all in this file",
// source.fixAll.huiyi, the fix-all repairs, and the version guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, core, doc, editsOf, seedDoc } from './service-helpers.mjs';

const service = core.createLanguageService();
const ANNOTATION = /(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g;
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

test('seed 002, ungrouped: a quickfix removes one pinyin annotation; "all in this file" removes every one', () => {
  const document = seedDoc('002');
  const pinyin = service.diagnostics(document, core.resolveSettings({ diagnostics: { groupPerParagraph: 0 } })).filter((d) => d.code === 'mojibake.pinyin-annotation');
  assert.equal(pinyin.length, 307);
  const actions = service.damageCodeActions(document, { range: pinyin[0].range, diagnostics: [pinyin[0]], only: ['quickfix'] });
  const one = actions.find((a) => a.title === 'Remove the pinyin annotation');
  assert.equal(one.kind, 'quickfix');
  assert.deepEqual(one.diagnostics, [pinyin[0]]);
  assert.ok(apply(document, editsOf(one.edit)).startsWith('日前,區政府區(qū)長'));
  const all = actions.find((a) => a.title.startsWith('Remove the pinyin annotation: all 307'));
  assert.equal(apply(document, editsOf(all.edit)), document.getText().replace(ANNOTATION, ''));
});

test('seed 002: under a paragraph\'s group, the preferred quick fix removes that paragraph\'s annotations and nothing else', () => {
  const document = seedDoc('002');
  const lines = document.getText().split('\n');
  const group = service.diagnostics(document).filter((d) => d.code === 'mojibake.pinyin-annotation')[2];
  assert.equal(group.range.start.line, 2);
  const actions = service.damageCodeActions(document, { range: group.range, diagnostics: [group], only: ['quickfix'] });
  const preferred = actions.filter((a) => a.isPreferred);
  assert.deepEqual(preferred.map((a) => a.title), ['Remove the pinyin annotation: all 79 in this paragraph']);
  assert.deepEqual(apply(document, editsOf(preferred[0].edit)).split('\n'), lines.map((l, i) => (i === 2 ? l.replace(ANNOTATION, '') : l)));
  assert.ok(actions.some((a) => a.title === 'Remove the pinyin annotation: all 307 in this file'));
});

test('seed 002: the cursor on a later annotation of a grouped paragraph gets its own repair, preferred over the paragraph conversion', () => {
  const document = seedDoc('002');
  const text = document.getText();
  const lineStart = text.indexOf('\n', text.indexOf('\n') + 1) + 1; // paragraph 2
  const fifth = [...text.slice(lineStart).matchAll(ANNOTATION)][4];
  const at = document.positionAt(lineStart + fifth.index + 1);
  const range = { start: at, end: at };
  // What VS Code sends there: the diagnostics touching the cursor, which are only the paragraph's script finding.
  const here = service.diagnostics(document).filter((d) => document.offsetAt(d.range.start) <= lineStart + fifth.index + 1 && document.offsetAt(d.range.end) >= lineStart + fifth.index + 1);
  assert.deepEqual(here.map((d) => d.code), ['script.traditional']);
  const damage = service.damageCodeActions(document, { range, diagnostics: here });
  const conversion = service.conversionCodeActions(document, { range, diagnostics: here });
  const preferred = [...damage, ...conversion].filter((a) => a.isPreferred);
  assert.deepEqual(preferred.map((a) => a.title), ['Remove the pinyin annotation']);
  assert.equal(apply(document, editsOf(preferred[0].edit)), text.slice(0, lineStart + fifth.index) + text.slice(lineStart + fifth.index + fifth[0].length));
  assert.ok(damage.some((a) => a.title.startsWith('Fix all damage in this file')));
  // Ungrouped, the annotation has its own diagnostic, and nothing is offered by place.
  const ungrouped = core.resolveSettings({ diagnostics: { groupPerParagraph: 0 } });
  assert.deepEqual(service.damageCodeActions(document, { range, diagnostics: here }, ungrouped), []);
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
