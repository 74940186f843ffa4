// References through the language service: this file's mentions, then the workspace's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRADITIONAL_REPORT, core, doc, positionOf, seedDoc, textAt, workspaceOf } from './service-helpers.mjs';

const service = core.createLanguageService();
const seed000 = seedDoc('000');
const traditional = doc(TRADITIONAL_REPORT, { uri: 'file:///ws/traditional.txt' });

test('seed 000 alone: the 11 mentions of 汤洁, each reading 汤洁', () => {
  const refs = service.references(seed000, positionOf(seed000, '汤洁'));
  assert.equal(refs.length, 11);
  assert.ok(refs.every((r) => r.uri === seed000.uri && textAt(seed000, r.range) === '汤洁'));
});

test('with the workspace: the traditional file\'s 湯潔 too, after this file\'s own', () => {
  const workspace = workspaceOf(service, [seed000, traditional]);
  const refs = service.references(seed000, positionOf(seed000, '汤洁', 3), workspace);
  assert.equal(refs.filter((r) => r.uri === seed000.uri).length, 11);
  const elsewhere = refs.filter((r) => r.uri === traditional.uri);
  assert.deepEqual(elsewhere.map((r) => textAt(traditional, r.range)), ['湯潔', '湯潔']);
  assert.ok(refs.findIndex((r) => r.uri === traditional.uri) >= 11, 'own mentions first');
});

test('this file\'s mentions come from its current text, not from a stale workspace entry', () => {
  const workspace = workspaceOf(service, [seed000, traditional]);
  const edited = doc(seed000.getText().split('\n').slice(0, 3).join('\n'), { uri: seed000.uri, version: 2 });
  const refs = service.references(edited, positionOf(edited, '汤洁'), workspace);
  assert.equal(refs.filter((r) => r.uri === seed000.uri).length, 2);
  assert.equal(refs.filter((r) => r.uri === traditional.uri).length, 2);
});

test('no references off an official', () => {
  assert.deepEqual(service.references(seed000, positionOf(seed000, '招商引资')), []);
});
