// Digest headlines with a bullet (◉ ▪ ❖), 月初 leads, leads whose date is a range with one 日 (6月19—20日), whose clause is the meeting and its verb
// (…常务会议召开), a 首席记者 credit and the rare surname 俸 after a title. Every sentence is
// invented for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc } from './helpers.mjs';

const model = (text) => core.buildReportModel(doc(text, { languageId: 'meeting-report' }));
const PUBLISHED = '发布时间：2024-05-22 10:00　来源：某某县人民政府\n';

test('a range whose first day drops 日 before a dash is the meeting date, from its first day', () => {
  for (const dash of ['—', '–', '～', '~', '－', '-', '——', '至']) {
    const text = `${PUBLISHED}　　5月20${dash}21日，某某县召开防汛抗旱工作会议，部署主汛期各项工作。`;
    const [m] = model(text).meetings;
    assert.equal(m?.date?.text, `5月20${dash}21日`, dash);
    assert.equal(m?.date?.iso, '2024-05-20', dash);
  }
  // A dash after a day with no second day is no range: the date is the day before it.
  const text = `${PUBLISHED}　　5月20日—某某县召开防汛抗旱工作会议。`;
  assert.equal(model(text).meetings[0]?.date?.text, '5月20日');
});

test('a clause that is a meeting and the verb it was held by names the meeting without the verb', () => {
  const cases = [
    ['　　5月20日上午，某某县政府第9次常务会议召开。县长刘向东主持会议。', '某某县政府第9次常务会议'],
    ['　　5月20日上午，某某县第二次民族团结进步表彰大会隆重举行。县长刘向东主持会议。', '某某县第二次民族团结进步表彰大会'],
  ];
  for (const [text, name] of cases) assert.equal(model(PUBLISHED + text).meetings[0]?.name, name);
});

test('首席记者 opens a credit; 俸 after a title is a surname', () => {
  const text = `${PUBLISHED}　　本报讯（首席记者　林知秋）5月20日上午，某某县召开防汛抗旱工作会议。县委常委、副县长俸明川主持会议。`;
  const m = model(text);
  assert.deepEqual(m.credits.map((c) => [c.name, c.role]), [['林知秋', '首席记者']]);
  assert.deepEqual(m.officials.map((o) => o.name), ['俸明川']);
});

test('a digest headline is named without its bullet (◉, ▪, ❖ …); 月初 bounds its date by the publication day', () => {
  for (const mark of ['◉', '▪', '❖', '◈', '▸']) {
    const text = `${PUBLISHED}${mark}县政府召开防汛抗旱工作会议\n　　5月20日，县政府召开防汛抗旱工作会议，部署主汛期工作。县长刘向东主持会议。\n${mark}县政协召开主席会议\n　　月初，县政协召开主席会议，研究重点协商议题。县政协主席周海平主持会议。`;
    const found = model(text).meetings.map((m) => [m.name, m.date?.text, m.date?.iso ?? null, m.date?.notAfter ?? null]);
    assert.deepEqual(found, [
      ['县政府召开防汛抗旱工作会议', '5月20日', '2024-05-20', null],
      ['县政协召开主席会议', '月初', null, '2024-05-22'],
    ], mark);
  }
});

test('a surname character that ends 学习 opens no name: 学习习近平总书记 is 习近平, 总书记', () => {
  const text = `${PUBLISHED}　　5月20日上午，县委召开常委会会议，传达学习习近平总书记重要讲话精神。县委书记刘向东主持会议。`;
  const pairs = model(text).officials.map((o) => [o.name, o.titles.map((t) => t.normalized ?? t.text)]);
  assert.deepEqual(pairs.find(([n]) => n === '习近平'), ['习近平', ['总书记']]);
});
