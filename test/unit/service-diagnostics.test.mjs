// Diagnostics through the language service: damage findings, traditional script, settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seedDoc, textAt } from './service-helpers.mjs';

const service = core.createLanguageService();
const ANNOTATION = /(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g;
const ofCode = (diagnostics, code) => diagnostics.filter((d) => d.code === code);

test('seed 001: every lost indent ("????") and every pinyin annotation is a warning with its text', () => {
  const document = seedDoc('001');
  const diagnostics = service.diagnostics(document);
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
