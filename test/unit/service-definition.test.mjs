// Go to definition through the language service: the mention with the fullest title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, positionOf, seedDoc, textAt } from './service-helpers.mjs';

const service = core.createLanguageService();
const seed000 = seedDoc('000');

test('seed 000: from a bare 朱杰, definition jumps to 区委副书记、区长、区双拥工作领导小组组长朱杰', () => {
  const location = service.definition(seed000, positionOf(seed000, '朱杰在讲话中'));
  assert.equal(location.uri, seed000.uri);
  assert.deepEqual(location.range.start, positionOf(seed000, '朱杰出席会议并讲话'));
  assert.equal(textAt(seed000, location.range), '朱杰');
});

test('definition of a name already at its fullest mention is that mention', () => {
  const at = positionOf(seed000, '朱杰出席会议并讲话');
  assert.deepEqual(service.definition(seed000, at).range.start, at);
});

test('no definition off an official, or in a text that is no report', () => {
  assert.equal(service.definition(seed000, positionOf(seed000, '招商引资')), undefined);
  assert.equal(service.definition(doc('Shopping list:\n- milk\n'), { line: 0, character: 1 }), undefined);
});
