// Document highlights through the language service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, positionOf, seedDoc, textAt } from './service-helpers.mjs';

const service = core.createLanguageService();
const seed000 = seedDoc('000');

test('seed 000: 陈红 is highlighted at each of its 2 mentions', () => {
  const highlights = service.highlights(seed000, positionOf(seed000, '陈红'));
  assert.equal(highlights.length, 2);
  assert.ok(highlights.every((h) => textAt(seed000, h.range) === '陈红' && h.kind === 1));
});

test('from any mention of 汤洁, the same 11 highlights', () => {
  const first = service.highlights(seed000, positionOf(seed000, '汤洁'));
  const last = service.highlights(seed000, positionOf(seed000, '汤洁', 10));
  assert.equal(first.length, 11);
  assert.deepEqual(last, first);
});

test('no highlights off an official', () => {
  assert.deepEqual(service.highlights(seed000, positionOf(seed000, '招商引资')), []);
});
