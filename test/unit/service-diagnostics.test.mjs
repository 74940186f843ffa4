// Diagnostics through the language service: damage findings, traditional script, settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seedDoc, textAt } from './service-helpers.mjs';

const service = core.createLanguageService();
const ANNOTATION = /(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g;
const ofCode = (diagnostics, code) => diagnostics.filter((d) => d.code === code);

const UNGROUPED = core.resolveSettings({ diagnostics: { groupPerParagraph: 0 } });

test('seed 001, ungrouped: every lost indent ("????") and every pinyin annotation is a warning with its text', () => {
  const document = seedDoc('001');
  const diagnostics = service.diagnostics(document, UNGROUPED);
  assert.deepEqual(ofCode(diagnostics, 'mojibake.question-marks').map((d) => textAt(document, d.range)), ['????', '????', '?yè)P(yáng)', '????', '????', '????', '????']);
  const pinyin = ofCode(diagnostics, 'mojibake.pinyin-annotation');
  assert.deepEqual(pinyin.map((d) => textAt(document, d.range)), [...document.getText().matchAll(ANNOTATION)].map((m) => m[0]));
  assert.equal(pinyin[0].source, 'huiyi');
  assert.equal(pinyin[0].severity, 2);
  assert.equal(pinyin[0].data.version, 1);
});

test('seed 004: one hint per traditional paragraph, none on the simplified seed 000', () => {
  const traditional = ofCode(service.diagnostics(seedDoc('004')), 'script.traditional');
  assert.equal(traditional.length, 31);
  assert.ok(traditional.every((d) => d.severity === 4));
  assert.match(traditional[0].message, /Traditional script/);
  assert.deepEqual(ofCode(service.diagnostics(seedDoc('000')), 'script.traditional'), []);
});

test('seeds 000 and 004 have no mojibake; a text that is no report has no diagnostics', () => {
  for (const seed of ['000', '004']) assert.deepEqual(service.diagnostics(seedDoc(seed)).filter((d) => /^mojibake\./.test(d.code)), []);
  assert.deepEqual(service.diagnostics(doc('Shopping list:\n- milk\n- eggs\n')), []);
});

test('settings: a code set to "off" is not reported', () => {
  const settings = core.resolveSettings({ diagnostics: { severity: { 'mojibake.pinyin-annotation': 'off' } } });
  const diagnostics = service.diagnostics(seedDoc('001'), settings);
  assert.equal(ofCode(diagnostics, 'mojibake.pinyin-annotation').length, 0);
  assert.ok(ofCode(diagnostics, 'mojibake.question-marks').length > 0);
});

test('seed 001: 187 pinyin annotations are 6 diagnostics, one per paragraph, with the count and the places', () => {
  const document = seedDoc('001');
  const lines = document.getText().split('\n');
  const diagnostics = service.diagnostics(document);
  const pinyin = ofCode(diagnostics, 'mojibake.pinyin-annotation');
  assert.deepEqual(pinyin.map((d) => d.range.start.line), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(pinyin.map((d) => d.data.group.count), lines.slice(0, 6).map((l) => [...l.matchAll(ANNOTATION)].length));
  assert.match(pinyin[2].message, /^53 pinyin annotations in this paragraph\. The first: Pinyin "\([^)]+\)" glued after/);
  assert.deepEqual(pinyin[2].relatedInformation.map((r) => textAt(document, r.location.range)), [...lines[2].matchAll(ANNOTATION)].slice(0, 5).map((m) => m[0]));
  // Paragraph 1's 2 question-mark findings stay two (below 3); the half-width marks of paragraphs 2–4 are grouped.
  assert.deepEqual(ofCode(diagnostics, 'mojibake.question-marks').map((d) => d.range.start.line), [0, 1, 1, 2, 3, 4, 5]);
  assert.equal(ofCode(diagnostics, 'cleanup.halfwidth-punctuation').filter((d) => d.data.group).length, 3);
  assert.equal(diagnostics.filter((d) => /^(mojibake|cleanup)\./.test(d.code)).length, 18);
});

test('settings: huiyi.diagnostics.groupPerParagraph sets from how many findings a paragraph\'s are one', () => {
  const document = seedDoc('001');
  const at = (n) => ofCode(service.diagnostics(document, core.resolveSettings({ diagnostics: { groupPerParagraph: n } })), 'mojibake.pinyin-annotation');
  // Paragraph 0 holds 3 annotations, paragraph 5 holds 8: from 4, paragraph 0's are three again.
  assert.equal(at(4).length, 3 + 5);
  assert.equal(at(9).length, 3 + 8 + 4);
  assert.equal(at(0).length, 187);
  assert.equal(at(1).length, 187, '1 groups nothing either');
});
