// The officials list (the Officials view, huiyi/officials) through the language service, over
// the summaries the workspace index keeps of each file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRADITIONAL_REPORT, core, doc, seedDoc } from './service-helpers.mjs';

const service = core.createLanguageService();
const documents = [seedDoc('000'), seedDoc('001'), doc(TRADITIONAL_REPORT, { uri: 'file:///ws/traditional.txt' })];
const summaries = documents.map((d) => service.summarize(d)).filter(Boolean);

test('汤洁 first: 4 meetings over two files, both spellings, 区委书记', () => {
  const [first] = service.officials(summaries);
  assert.equal(first.name, '汤洁');
  assert.equal(first.meetingCount, 4);
  assert.deepEqual([...first.spellings].sort(), ['汤洁', '湯潔']);
  assert.ok(first.titles.includes('区委书记'));
  assert.deepEqual(new Set(first.meetings.map((m) => m.uri)), new Set([documents[0].uri, documents[2].uri]));
});

test('most meetings first; each meeting names its date and this official\'s roles', () => {
  const all = service.officials(summaries);
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].meetingCount >= all[i].meetingCount);
  const hu = all.find((o) => o.name === '胡汪兴');
  assert.ok(hu.meetings.some((m) => m.date === '10月13日晚' && m.roles.includes('chair')));
});

test('a query filters by name or by spelling as written; a limit cuts the list', () => {
  assert.deepEqual(service.officials(summaries, { query: '王俊岭' }).map((o) => [o.name, o.spellings]), [['王俊岭', ['王俊嶺']]]);
  assert.deepEqual(service.officials(summaries, { query: ' 湯潔 ' }).map((o) => o.name), ['汤洁']);
  assert.equal(service.officials(summaries, { limit: 3 }).length, 3);
  assert.deepEqual(service.officials([]), []);
});

test('settings: an ignored name is not in the list', () => {
  const ignoring = core.createLanguageService();
  const settings = core.resolveSettings({ officials: { ignore: ['汤洁'] } });
  const list = ignoring.officials(documents.map((d) => ignoring.summarize(d, settings)).filter(Boolean));
  assert.equal(list.find((o) => o.name === '汤洁'), undefined);
  assert.ok(list.find((o) => o.name === '王俊岭'));
});
