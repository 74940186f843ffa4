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

test('a workspace with a revision: the card is reused while it stays, and counts again once it moves', () => {
  const own = core.createLanguageService();
  const one = workspaceOf(own, [seed000]);
  const both = workspaceOf(own, [seed000, traditional]);
  let asked = 0;
  const workspace = { revision: 1, appearances: (name) => (asked++, one.appearances(name)), locations: one.locations };
  const card = () => own.hover(seed000, positionOf(seed000, '汤洁'), workspace).contents.value;
  assert.match(card(), /Appearances: 3 meetings in 1 file\n/);
  assert.match(card(), /Appearances: 3 meetings in 1 file\n/);
  assert.equal(asked, 1, 'the same card at the same revision is not counted twice');
  // Another file now names 汤洁: the index's revision moves, and the card counts it.
  workspace.appearances = (name) => (asked++, both.appearances(name));
  workspace.revision = 2;
  assert.match(card(), /Appearances: 4 meetings in 2 files\n/);
  assert.equal(asked, 2);
  // Without a revision nothing is kept: every hover asks.
  const plain = { appearances: (name) => (asked++, both.appearances(name)), locations: both.locations };
  own.hover(seed000, positionOf(seed000, '汤洁'), plain);
  own.hover(seed000, positionOf(seed000, '汤洁'), plain);
  assert.equal(asked, 4);
});
