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

// Issue 18 §7: the view's titles in simplified, its filter and its sort.
const withTraditional = [...documents, seedDoc('003'), seedDoc('004')].map((d) => service.summarize(d)).filter(Boolean);

test('titles in simplified, each once; the traditional spellings kept as written', () => {
  const tang = service.officials(withTraditional).find((o) => o.name === '汤洁');
  assert.deepEqual(tang.titles, ['区委书记']);
  assert.deepEqual(tang.titlesAsWritten, { 区委书记: ['區委書記'] });
  const xi = service.officials(withTraditional).find((o) => o.name === '习近平');
  assert.deepEqual(xi.titles, ['总书记']);
  assert.deepEqual(xi.titlesAsWritten, { 总书记: ['總書記'] });
  assert.ok(service.officials(withTraditional).every((o) => o.titles.every((t) => !/[區會書記總長黨]/.test(t))));
});

test('the filter matches a name, a spelling or a title, in either script, before the limit', () => {
  assert.deepEqual(service.officials(withTraditional, { query: '党工委' }).map((o) => o.name), ['王俊岭']);
  assert.deepEqual(service.officials(withTraditional, { query: '黨工委' }).map((o) => o.name), ['王俊岭']);
  const deputies = service.officials(withTraditional, { query: '副区长' });
  assert.ok(deputies.length >= 2 && deputies.every((o) => o.titles.some((t) => t.includes('副区长'))), deputies.map((o) => o.name).join());
  // The one official with 人武部 in a title is found however far down the list he is.
  assert.deepEqual(service.officials(withTraditional, { query: '人武部', limit: 1 }).map((o) => o.name), ['李冰']);
});

test('sort by meetings (default), by name in pinyin order, by last seen (dated years first)', () => {
  const byMeetings = service.officials(withTraditional);
  assert.deepEqual(service.officials(withTraditional, { sort: 'meetings' }), byMeetings);
  const byName = service.officials(withTraditional, { sort: 'name' }).map((o) => o.name);
  assert.deepEqual(byName, [...byName].sort(new Intl.Collator('zh-Hans-CN').compare));
  assert.ok(byName.indexOf('蔡升') < byName.indexOf('汤洁') && byName.indexOf('汤洁') < byName.indexOf('朱杰'), byName.join());
  const byLastSeen = service.officials(withTraditional, { sort: 'lastSeen' });
  // Seed 003's meeting is dated 2021-01-11: its officials first; then month and day (10月21日 before 10月13日).
  assert.equal(byLastSeen[0].lastSeen, '2021-01-11');
  const keys = byLastSeen.map((o) => o.lastSeen);
  assert.deepEqual(keys, [...keys].sort((a, b) => (/^\d/.test(b) - /^\d/.test(a)) || (a < b ? 1 : a > b ? -1 : 0)));
  assert.equal(byLastSeen.find((o) => o.name === '汤洁').lastSeen, '--10-21');
});
