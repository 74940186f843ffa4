// The report model on the seeds and on in-memory documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seedDoc } from './helpers.mjs';

const model = (d) => core.buildReportModel(d);

test('seed 000 holds four meetings, the first without a headline', () => {
  const m = model(seedDoc('000'));
  assert.equal(m.meetings.length, 4);
  assert.equal(m.meetings[0].headline, undefined);
  assert.equal(m.meetings[0].name, '八公山区招商引资、重点项目建设调度会');
  assert.equal(m.meetings[0].place.text, '区四楼会议室');
  assert.deepEqual(m.meetings.map((x) => x.date.text), ['10月13日晚', '10月21日上午', '10月8日下午', '10月21日下午']);
  assert.deepEqual(m.meetings.map((x) => x.chairs.map((c) => c.text)), [['胡汪兴'], ['汤洁'], ['汤洁'], ['陈彦臣']]);
});

test('chairs carry their title chains as written', () => {
  const m = model(seedDoc('000'));
  assert.deepEqual(m.meetings[0].chairs[0].titles.map((t) => t.text), ['区委常委', '常务副区长']);
  assert.deepEqual(m.meetings[3].chairs[0].titles.map((t) => t.text), ['区委副书记', '区双拥工作领导小组常务副组长']);
});

test('attendees: collective titles carry across a list (区领导芮弢、陈红…)', () => {
  const m = model(seedDoc('000'));
  const third = m.meetings[2].attendees;
  const names = third.map((a) => a.text);
  assert.deepEqual(names, ['朱杰', '陈彦臣', '芮弢', '陈红', '胡汪兴', '徐杰', '张景新', '陈福建', '管迎悦', '马健', '程晋淼']);
  assert.deepEqual(third[0].titles.map((t) => t.text), ['区委副书记', '区长']);
  assert.deepEqual(third[3].titles.map((t) => t.text), ['区领导']);
});

test('seed 003: ISO date from the publication line, header and footer chrome', () => {
  const m = model(seedDoc('003'));
  assert.equal(m.published, '2021-01-14');
  assert.equal(m.meetings[0].date.iso, '2021-01-11');
  assert.deepEqual(m.chrome.map((c) => c.kind), ['header', 'footer']);
  assert.equal(m.chrome[1].lines[0].text.slice(0, 4), '上一条:');
  assert.equal(m.chrome[1].lines.at(-1).text.startsWith('Copyright'), true);
});

test('a meeting in December published in January is dated the year before', () => {
  const text = '发布时间：2021-01-03\n\n12月30日，区委常委会召开会议。区委书记张三主持会议。\n会议强调，要抓好落实。';
  const m = model(doc(text));
  assert.equal(m.meetings[0].date.iso, '2020-12-30');
});

test('traditional text with damage parses like clean simplified text', () => {
  const m = model(seedDoc('001'));
  assert.equal(m.meetings.length, 1);
  assert.equal(m.meetings[0].chairs[0].text, '王俊嶺');
  assert.equal(m.meetings[0].chairs[0].normalized, '王俊岭');
  const statements = m.meetings[0].agendaItems[0].statements.map((s) => s.marker.text);
  assert.deepEqual(statements, ['王俊嶺強調', '王俊嶺強調', '王俊嶺要求']);
});

test('every span of the model points into the raw text', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const d = seedDoc(prefix);
    const text = d.getText();
    const m = model(d);
    for (const meeting of m.meetings) {
      for (const person of [...meeting.chairs, ...meeting.attendees]) {
        const raw = text.slice(person.start, person.end);
        assert.equal(raw.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''), person.text, `${prefix}: ${person.text}`);
      }
      if (meeting.date) assert.equal(text.slice(meeting.date.start, meeting.date.end), meeting.date.text);
    }
  }
});

test('English or non-report text is not a report; meeting-report documents always are', () => {
  assert.equal(model(doc('The quick brown fox jumps over the lazy dog.\nAnother line?')).isReport, false);
  assert.equal(model(doc('床前明月光，疑是地上霜。举头望明月，低头思故乡。这是一首古诗，流传千年，人人会背。')).isReport, false);
  assert.equal(model(doc('Notes', { languageId: 'meeting-report' })).isReport, true);
});

test('the model is computed once per (uri, version)', () => {
  let builds = 0;
  const cache = new core.DocumentCache(2);
  const get = (d) => cache.get(d.uri, d.version, () => (builds++, core.buildReportModel(d)));
  const d1 = seedDoc('000');
  assert.equal(get(d1), get(d1));
  assert.equal(builds, 1);
  get(seedDoc('000', { version: 2 }));
  assert.equal(builds, 2);
  get(seedDoc('001'));
  get(seedDoc('002'));
  assert.equal(cache.size, 2);
});

test('the per-document cache keeps the most recently used uris, each for one version, key and source object', () => {
  const cache = new core.DocumentCache(2);
  let computed = 0;
  const value = (uri, version, key, of) => cache.get(uri, version, () => `${uri}@${version}/${key}#${++computed}`, key, of);
  const a = value('a', 1, 'x');
  assert.equal(value('a', 1, 'x'), a);
  assert.notEqual(value('a', 1, 'y'), a, 'another settings key computes again');
  const source = {};
  const withSource = value('a', 1, 'y', source);
  assert.equal(value('a', 1, 'y', source), withSource);
  assert.notEqual(value('a', 1, 'y', {}), withSource, 'another source object computes again');
  value('b', 1, 'x');
  assert.equal(cache.peek('b', 1, 'x'), 'b@1/x#5');
  value('a', 1, 'y');
  value('c', 1, 'x'); // drops b, the least recently used
  assert.equal(cache.peek('b', 1, 'x'), undefined);
  assert.equal(cache.size, 2);
  assert.equal(cache.peek('c', 2, 'x'), undefined, 'another version is not the kept one');
});
