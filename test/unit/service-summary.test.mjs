// What the corpus index keeps of a report (service.summarize): each meeting's body, its kind and its
// chairs; each mention's title; the script; the damage counted per code. The corpus overview and the
// persisted index are built from these summaries, so they are what a user sees in their charts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seedDoc } from './service-helpers.mjs';

const service = core.createLanguageService();
const meetingsOf = (summary) => summary.meetings.map((m) => [m.body, m.kind, m.chairs.join('、')]);

test('seed 000: four meetings, each with its body, kind and chair', () => {
  const summary = service.summarize(seedDoc('000'));
  assert.deepEqual(meetingsOf(summary), [
    ['八公山区招商引资、重点项目建设调度会', 'other', '胡汪兴'],
    ['区委理论学习中心组学习会', 'study', '汤洁'],
    ['全区文明创建工作调度会', 'other', '汤洁'],
    ['八公山区双拥工作领导小组会', 'other', '陈彦臣'],
  ]);
  assert.equal(summary.script, 'simplified');
});

test('bodies of standing meetings lose their ordinals, verbs and (扩大), in either script', () => {
  assert.deepEqual(meetingsOf(service.summarize(seedDoc('003'))), [['贾汪区委常委会', 'party', '杨明']]);
  assert.deepEqual(meetingsOf(service.summarize(seedDoc('001'))), [['经开区党工委会议', 'party', '王俊岭']]);
  assert.deepEqual(meetingsOf(service.summarize(seedDoc('002'))), [['区政府常务会议', 'government', '高金全']]);
  assert.equal(service.summarize(seedDoc('001')).script, 'traditional');
});

test('kinds of body: people’s congress and CPPCC before the party words their names hold', () => {
  assert.equal(core.bodyKind(core.meetingBody('桐溪县十八届人大常委会举行第十六次会议')), 'congress');
  assert.equal(core.meetingBody('桐溪县十八届人大常委会举行第十六次会议'), '桐溪县人大常委会');
  assert.equal(core.bodyKind(core.meetingBody('市政协召开十一届十五次常委会议')), 'cppcc');
  assert.equal(core.meetingBody('雁回镇召开第9次党委会议'), '雁回镇党委会议');
  assert.equal(core.bodyKind('雁回镇党委会议'), 'party');
  assert.equal(core.bodyKind('全市防汛抗旱工作会议'), 'other');
});

test('each mention carries the title written next to it, so a title change can be dated', () => {
  const summary = service.summarize(seedDoc('000'));
  const tang = summary.officials.find((o) => o.name === '汤洁');
  const titled = [];
  for (let k = 0; k < tang.mentions.length / core.MENTION_FIELDS; k++) {
    const t = core.mentionTitle(tang.mentions, k);
    if (t >= 0) titled.push(tang.titles[t]);
  }
  assert.ok(titled.includes('区委书记'), titled.join(','));
});

test('damage is counted per code, every finding (as the diagnostics give them ungrouped)', () => {
  const document = seedDoc('001');
  const summary = service.summarize(document);
  const shown = {};
  for (const d of service.diagnostics(document, core.resolveSettings({ diagnostics: { groupPerParagraph: 0 } }))) if (core.isDamageCode(d.code)) shown[d.code] = (shown[d.code] ?? 0) + 1;
  assert.deepEqual(summary.findings, shown);
  assert.ok(summary.findings['mojibake.pinyin-annotation'] > 100);
  assert.deepEqual(service.summarize(doc('本报讯 3月5日，县委召开常委会会议，县委书记王明主持会议。')).findings, {});
});
