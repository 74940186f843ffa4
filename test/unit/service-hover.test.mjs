// Hover through the language service: an official's card, with the workspace's other files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRADITIONAL_REPORT, core, doc, positionOf, seedDoc, textAt, workspaceOf } from './service-helpers.mjs';

const service = core.createLanguageService();
const seed000 = seedDoc('000');
const traditional = doc(TRADITIONAL_REPORT, { uri: 'file:///ws/traditional.txt' });

test('seed 000: 汤洁\'s card shows 区委书记, this meeting\'s roles, first and last seen', () => {
  const hover = service.hover(seed000, positionOf(seed000, '汤洁'));
  const md = hover.contents.value;
  assert.match(md, /\*\*汤洁\*\*/);
  assert.match(md, /区委书记/);
  assert.match(md, /attendee, speaker/);
  assert.match(md, /First seen/);
  assert.equal(textAt(seed000, hover.range), '汤洁');
});

test('with the workspace: the card counts the meetings of every file and links the traditional one', () => {
  const workspace = workspaceOf(service, [seed000, traditional]);
  const md = service.hover(seed000, positionOf(seed000, '汤洁'), workspace).contents.value;
  assert.match(md, /4 meetings in 2 files/);
  assert.match(md, /traditional\.txt/);
});

test('in the traditional file, 湯潔 is 汤洁 as written', () => {
  const md = service.hover(traditional, positionOf(traditional, '湯潔')).contents.value;
  assert.match(md, /\*\*汤洁\*\*/);
  assert.match(md, /湯潔/);
});

test('hover on text that is no official shows nothing', () => {
  assert.equal(service.hover(seed000, positionOf(seed000, '招商引资')), undefined);
  assert.equal(service.hover(doc('Shopping list:\n- milk\n'), { line: 0, character: 2 }), undefined);
});

test('settings: a name in huiyi.officials.ignore has no card', () => {
  const ignoring = core.resolveSettings({ officials: { ignore: ['汤洁'] } });
  assert.equal(service.hover(seed000, positionOf(seed000, '汤洁'), undefined, ignoring), undefined);
  assert.ok(service.hover(seed000, positionOf(seed000, '汤洁')));
});
