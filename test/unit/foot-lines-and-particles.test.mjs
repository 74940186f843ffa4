// Publication lines as a source and a full date (at the head or the foot, in brackets or after a
// dash), a WeChat header ending in the region alone, 又讯 + 当天/当日, a sitting after a body's
// meeting (常委会第19次会议), given names with 以/为/之, 党 and 和 (苏和…), Yi names, and particles before
// a title (正如, 一如, 按照, 传达, 诚如). Every sentence is invented for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc } from './helpers.mjs';

const model = (text) => core.buildReportModel(doc(text, { languageId: 'meeting-report' }));
const meetings = (text) =>
  model(text).meetings.map((m) => ({ name: m.name, date: m.date?.text ?? null, iso: m.date?.iso ?? null }));
const pairs = (text) => model(text).officials.map((o) => [o.name, o.titles.map((t) => t.normalized ?? t.text)]);
const LEAD = '　　十月九日上午，某某县召开秋粮收购工作会议，部署秋粮收购工作。';

test('a source line ending in a medium and a full date is the publication line, at the head or the foot', () => {
  const lines = [
    ['head', '某某县融媒体中心　2023年10月10日', 'head'],
    ['head', '某某县人民政府门户网站　2023-10-10', 'head'],
    ['foot', '（某某县融媒体中心　2023年10月10日）', 'foot'],
    ['foot', '（2023年10月10日　某某日报）', 'foot'],
    ['foot', '——某某发布　2023年10月10日 20:15', 'foot'],
    ['foot', '【某某县融媒体中心　2023年10月10日】', 'foot'],
  ];
  for (const [where, line] of lines) {
    const text = where === 'head' ? `某某县召开秋粮收购工作会议\n${line}\n${LEAD}` : `某某县召开秋粮收购工作会议\n${LEAD}\n${line}`;
    assert.deepEqual(meetings(text), [{ name: '某某县召开秋粮收购工作会议', date: '十月九日上午', iso: '2023-10-09' }], line);
  }
});

test('a headless page under a portal line is named by its lead, with the sitting after the body\'s meeting', () => {
  const text = '某某县人民政府门户网站　2023-10-10\n　　某某县委于10月9日上午召开县委常委会第19次会议，研究有关事项。县委书记刘向东主持会议。';
  assert.deepEqual(meetings(text), [{ name: '某某县委常委会第19次会议', date: '10月9日上午', iso: '2023-10-09' }]);
});

test('a WeChat header ending in the region alone gives the publication date', () => {
  const text = '某某县召开秋粮收购工作会议\n原创　某某发布　2023年10月10日 07:30　甘肃\n　　昨天14:30，某某县召开秋粮收购工作会议，部署秋粮收购工作。';
  assert.deepEqual(meetings(text), [{ name: '某某县召开秋粮收购工作会议', date: '昨天14:30', iso: '2023-10-09' }]);
});

test('又讯 + 当天/当日 is the day of the item before; 当天 opening a sentence of the same report is no meeting', () => {
  const text = '发布时间：2023-10-11 08:00\n　　本报讯　10月9日上午，某某县召开秋粮收购工作会议，部署秋粮收购工作。\n　　当天下午，与会人员还察看了粮库。\n　　又讯　当日下午，县政府召开第十次常务会议，研究有关事项。\n　　又讯　当天，县委财经委员会召开第二次会议，审议有关事项。';
  assert.deepEqual(meetings(text), [
    { name: '某某县秋粮收购工作会议', date: '10月9日上午', iso: '2023-10-09' },
    { name: '县政府第十次常务会议', date: '当日下午', iso: '2023-10-09' },
    { name: '县委财经委员会第二次会议', date: '当天', iso: '2023-10-09' },
  ]);
});

test('given names with 以, 为 or 之 after a title, 党 as a surname, 和 one character into a transliterated name, Yi names', () => {
  const text = `${LEAD}县长刘有为主持会议，县委常委覃以诚、党一帆、兹莫拉哈出席。副县长苏和毕力格、蒙大为讲话，副县长闵静之主持分组讨论。副县长白玛和次仁旺姆参加会议。`;
  assert.deepEqual(pairs(text), [
    ['刘有为', ['县长']],
    ['覃以诚', ['县委常委']],
    ['党一帆', ['县委常委']],
    ['兹莫拉哈', ['县委常委']],
    ['苏和毕力格', ['副县长']],
    ['蒙大为', ['副县长']],
    ['闵静之', ['副县长']],
    ['白玛', ['副县长']],
    ['次仁旺姆', ['副县长']],
  ]);
  assert.deepEqual(model(text).meetings[0].chairs.map((c) => c.text), ['刘有为', '闵静之']);
});

test('a particle or verb before a title is no part of it and names no one (正如, 一如, 按照, 传达, 诚如)', () => {
  const text = `${LEAD}正如县委书记柯望舒所说，要抓紧抓实。按照市长宁致远要求，逐件建立台账。会议传达了省委书记欧阳明哲的讲话精神。诚如县长庞启明所讲，事再小也是大事。一如副县长郑秋实所说，要提前对接。`;
  assert.deepEqual(pairs(text), [
    ['柯望舒', ['县委书记']],
    ['宁致远', ['市长']],
    ['欧阳明哲', ['省委书记']],
    ['庞启明', ['县长']],
    ['郑秋实', ['副县长']],
  ]);
});
