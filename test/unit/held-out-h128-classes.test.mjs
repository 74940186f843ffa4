// Shapes the held-out reports h112–h143 found missed, each invented for this test: publication lines
// that give the year (a bare date with its weekday, an e-paper's dotted date with an edition, a date
// then X融媒体中心编, an office's name then a date), a 信息公开 page's index metadata (索引号, 发布机构,
// 成文日期) under a 【会议纪要】 column, list items dated before their headline, 丨 between a credit's
// role and its name, 召集并主持, 睢 after a title, Yi names with 的 or 支 in a 县领导 list, a 副 title after
// a full name (邵一鸣副县长通报), and 答 opening a credited name.
// Each in simplified, traditional and with pinyin annotations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, modelOf, officialsOf, report } from './officials-helpers.mjs';

const text = (x) => (typeof x === 'string' ? x : x?.normalized ?? x?.text);
const meetingsOf = (t) => modelOf(t).meetings.map((m) => ({ name: m.name, date: m.date?.text ?? null, iso: m.date?.iso ?? null }));
function check(sentence, expected) {
  for (const [form, t] of forms(report(sentence))) assert.deepEqual(officialsOf(t), expected, `${form}: ${sentence}`);
}

const chairsOf = (t) => modelOf(t).meetings.map((m) => m.chairs.map((c) => c.normalized));

function checkMeetings(page, expected) {
  for (const [form, t] of forms(page)) {
    const got = meetingsOf(t).map((m) => ({ ...m, name: text(m.name), date: m.date && m.date.replace(/\(\w+\)/g, '') }));
    assert.deepEqual(got.map((m) => m.iso), expected.map((m) => m.iso), `${form}: ${page.split('\n')[0]}`);
    if (form === 'simplified') assert.deepEqual(got, expected, page.split('\n')[0]);
  }
}

const LEAD = '　　昨天上午，县政府召开秋冬季安全生产工作会议，部署重点行业排查整治。副县长李文华主持会议。\n';
const MEETING = { name: '县政府召开秋冬季安全生产工作会议', date: '昨天上午' };

test('a publication line gives the year: a bare date with its weekday', () => {
  checkMeetings(`2026年9月8日 星期二\n县政府召开秋冬季安全生产工作会议\n${LEAD}`, [{ ...MEETING, iso: '2026-09-07' }]);
  checkMeetings(`2026-09-08（星期二）\n县政府召开秋冬季安全生产工作会议\n${LEAD}`, [{ ...MEETING, iso: '2026-09-07' }]);
});

test('a publication line gives the year: an e-paper line with a dotted date and an edition', () => {
  checkMeetings(`樟川日报　2026.11.20　星期五　A02·要闻\n县政府召开秋冬季安全生产工作会议\n${LEAD}`, [{ ...MEETING, iso: '2026-11-19' }]);
  checkMeetings(`樟川晚报　2026.3.2　周一　B05·综合\n县政府召开秋冬季安全生产工作会议\n${LEAD}`, [{ ...MEETING, iso: '2026-03-01' }]);
});

test('a publication line gives the year: a date, then the medium that compiled the page, or an office then a date', () => {
  const items = '▶县政府召开秋冬季安全生产工作会议\n' + LEAD;
  checkMeetings(`樟川县要闻速览（第46期）\n2026年12月1日　星期二　　樟川县融媒体中心编\n${items}`, [{ ...MEETING, iso: '2026-11-30' }]);
  checkMeetings(`樟川县政务周报（第23期）\n樟川县人民政府办公室　2026年6月15日\n${items}`, [{ ...MEETING, iso: '2026-06-14' }]);
  // Without a publication line the year stays unknown.
  checkMeetings(`县政府召开秋冬季安全生产工作会议\n${LEAD}`, [{ ...MEETING, iso: null }]);
});

test("a 信息公开 page's index metadata is chrome: the meeting is named by its lead and dated by 成文日期", () => {
  const page = '【会议纪要】\n索引号：11512345MB1C0203X/2026-00102　　发布机构：樟川县人民政府办公室　　成文日期：2026-10-13\n　　10月12日下午，县长孟庆林主持召开县政府2026年第18次常务会议，研究秋冬季安全生产工作。\n';
  checkMeetings(page, [{ name: '县政府2026年第18次常务会议', date: '10月12日下午', iso: '2026-10-12' }]);
});

test('a list item dated before its headline: the date is the item’s, not part of its name', () => {
  const page = '樟川镇工作动态\n2026.12.01　樟川镇召开冬春火灾防控工作会议\n　　昨天下午，樟川镇召开冬春火灾防控工作会议，部署森林防火工作。\n[2026-11-27] 樟川镇召开村级集体经济发展推进会\n　　11月26日，樟川镇召开村级集体经济发展推进会，听取各村汇报。\n';
  checkMeetings(page, [
    { name: '樟川镇召开冬春火灾防控工作会议', date: '昨天下午', iso: '2026-11-30' },
    { name: '樟川镇召开村级集体经济发展推进会', date: '11月26日', iso: '2026-11-26' },
  ]);
});

test('丨 between a credit’s role and its name', () => {
  const page = '县政府召开秋冬季安全生产工作会议\n' + LEAD + '文字丨蒋雨桐\n责编丨冯婉清\n审核丨邓海峰\n';
  for (const [form, t] of forms(page)) {
    assert.deepEqual(modelOf(t).credits.map((c) => [text(c.name), text(c.role)]), [['蒋雨桐', '文字'], ['冯婉清', '责编'], ['邓海峰', '审核']], form);
  }
});

test('召集并主持: the name ends before 召集 and its bearer chairs', () => {
  const page = '县政府召开供水保障工作调度会\n　　10月27日上午，县政府召开供水保障工作调度会。会议由县委常委、常务副县长许晨召集并主持。\n';
  for (const [form, t] of forms(page)) {
    assert.deepEqual(chairsOf(t), [['许晨']], form);
    assert.deepEqual(officialsOf(t), [['许晨', ['县委常委', '常务副县长']]], form);
  }
});

test('睢 after a title, Yi names with 的 or 支 and a Mongolian name in 日乐 in a list', () => {
  for (const [form, t] of forms(report('县委书记睢立群讲话。县政协副主席其木格日乐，县领导阿的拉且、吉克阿支、王国庆出席会议。'))) {
    assert.deepEqual(officialsOf(t), [
      ['睢立群', ['县委书记']],
      ['其木格日乐', ['县政协副主席']],
      ['阿的拉且', ['县领导']],
      ['吉克阿支', ['县领导']],
      ['王国庆', ['县领导']],
    ], form);
  }
  // 的 after a name still ends it (its 的 is the particle): 王明的讲话.
  for (const [form, t] of forms(report('县委书记王明的讲话很重要。'))) assert.deepEqual(officialsOf(t), [['王明', ['县委书记']]], form);
});

test('a 副 title after a full name (贺文涛副县长通报)', () => {
  check('会上，贺文涛副县长通报了苗木调运进度；县政协严立群副主席作说明。', [['贺文涛', ['副县长']], ['严立群', ['副主席']]]);
  // Not after a word that opens no name, nor after an organisation (县委副书记 is one title).
  check('会议由分管副县长主持，县委副书记讲话。', []);
});

test('答 opens a credited name, not a name after a title', () => {
  const page = '县政府召开秋冬季安全生产工作会议\n　　又讯（通讯员 答思远）11月1日下午，县政府召开秋冬季安全生产工作会议。副县长李文华主持会议。\n';
  for (const [form, t] of forms(page)) assert.deepEqual(modelOf(t).credits.map((c) => [text(c.name), text(c.role)]), [['答思远', '通讯员']], form);
  check('县长答复了代表的询问。', []);
});
