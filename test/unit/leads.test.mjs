// Leads as scraped news pages write them: a source or byline before the date, the date after the
// subject, dates relative to the publication line, several reports on one page, and lines that must
// never name a meeting. Every sentence is invented for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { core, doc } from './helpers.mjs';

const require = createRequire(import.meta.url);
const { Converter } = require('opencc-js');
const toTraditional = Converter({ from: 'cn', to: 't' });

const meetingsOf = (text) =>
  core.buildReportModel(doc(text, { languageId: 'meeting-report' })).meetings.map((m) => ({
    name: m.name,
    date: m.date?.text ?? null,
    iso: m.date?.iso ?? null,
    notAfter: m.date?.notAfter ?? null,
    damaged: m.damagedDate?.text ?? null,
  }));

const cases = [
  ['本报讯 + date', '本报讯 3月5日，县长张一平主持召开县政府第9次常务会议。\n会议强调，要抓好落实。', { name: '县政府第9次常务会议', date: '3月5日' }],
  ['又讯 + date', '又讯 3月9日，县委常委会召开会议，县委书记李二明主持会议。', { name: '县委常委会会议', date: '3月9日' }],
  ['据《…》 + date + time of day', '据《某某日报》 3月5日下午，市委常委会召开会议。市委书记王五主持会议。', { name: '市委常委会会议', date: '3月5日下午' }],
  ['融媒体中心讯（记者 …）', '某某区融媒体中心讯（记者 张三 李四）3月5日，区委常委会召开会议，区委书记赵六主持。', { name: '区委常委会会议', date: '3月5日' }],
  ['记者从…获悉 + 日前 after the subject', '记者从区政府获悉，区政府日前召开第12次常务会议，区长钱七主持会议。', { name: '区政府第12次常务会议', date: '日前' }],
  ['date after the subject', '某某区政府3月5日召开全体会议，区长孙八主持会议。', { name: '某某区政府全体会议', date: '3月5日' }],
  ['会议于…在…召开', '发布时间：2024-03-08\n会议于3月5日在区政府召开。区长周九主持会议。', { date: '3月5日', iso: '2024-03-05' }],
  ['body 3月5日 召开会议', '区委常委会3月5日召开会议，研究部署有关工作。', { name: '区委常委会会议', date: '3月5日' }],
  ['今天上午 from a dated 来源 line', '2024-03-05 10:21 来源：某某县人民政府\n今天上午，县委常委会召开会议，县委书记吴十主持。', { name: '县委常委会会议', date: '今天上午', iso: '2024-03-05' }],
  ['昨天', '发布时间：2024-03-05\n昨天，县政府召开常务会议。', { date: '昨天', iso: '2024-03-04' }],
  ['本周一 (published on a Wednesday)', '发布时间：2024-03-06\n本周一，县政府召开常务会议。', { date: '本周一', iso: '2024-03-04' }],
  ['上周五', '发布时间：2024-03-06\n上周五，县政府召开常务会议。', { date: '上周五', iso: '2024-03-01' }],
  ['近日: on or before publication', '发布时间：2024-03-05\n近日，县政府召开常务会议。', { date: '近日', iso: null, notAfter: '2024-03-05' }],
  ['a day without its month is in the publication month', '发布时间：2024-03-08\n5日上午，县政府召开常务会议。', { date: '5日上午', iso: '2024-03-05' }],
  ['33日 lost its 月: flagged, never a date', '33日，县政府召开常务会议，县长郑一主持会议。', { name: '县政府常务会议', date: null, damaged: '33日' }],
  ['a byline line is not the headline', '●本台报道组\n3月5日，县人大常委会召开第十三届四十二次主任会议。', { name: '县人大常委会第十三届四十二次主任会议' }],
  ['a metadata line is not the headline', '日期：03-08\n3月8日，县政协召开十三届四十二次主席会议，会议由县政协副主席王五主持。', { name: '县政协十三届四十二次主席会议' }],
  ['a person convening somewhere does not name the meeting', '4月10日，国务院副总理陈国梁在江岭省主持召开春耕生产座谈会。', { name: '春耕生产座谈会' }],
  ['常委会会议 is named to its end', '3月21日，伊犁河县委召开常委会会议，传达学习全会精神。', { name: '伊犁河县委常委会会议' }],
  ['the body is not written twice', '3月7日，清河镇党委召开党委（扩大）会议。', { name: '清河镇党委（扩大）会议' }],
  ['X讯（记者 … 实习生 …）', '桐溪融媒讯（记者　吴小雨　实习生　钟一鸣）8月27日下午，县委巡察工作动员部署会召开。', { date: '8月27日下午' }],
  ['a newspaper edition line at the foot dates 昨天', '　　昨天下午，市政府召开防汛工作会议。\n　　会议强调，要压紧压实责任。\n\n某某日报　2024年6月4日　第01版', { date: '昨天下午', iso: '2024-06-03' }],
  ['a day alone after the subject, when the meeting verb follows it', '发布时间：2024-05-22\n　　全县民族团结进步创建工作推进会21日召开。县长吕一川主持会议。', { date: '21日', iso: '2024-05-21' }],
  ['a title over its subtitle: the title names the meeting', '青河区委常委会召开会议\n传达学习省委全会精神\n　　青河区委常委会6月3日召开会议，传达学习省委全会精神。', { name: '青河区委常委会召开会议', date: '6月3日' }],
  ['本台消息（记者 … 通讯员 …） + date', '本台消息（记者　甲一　通讯员　乙二）5月12日上午，某某县召开优化营商环境工作推进会。', { date: '5月12日上午' }],
  ['…电视台消息 + an ideographic space + date', '某某县广播电视台消息　10月22日，某某县召开森林防灭火工作会议。', { date: '10月22日' }],
  ['X县讯 + an ideographic space + date', '某某县讯　6月20日，某某县召开民族团结进步示范创建推进会。', { date: '6月20日' }],
  ['X镇讯：+ date', '某某镇讯：6月18日，某某镇召开人大代表联络站建设推进会。', { date: '6月18日' }],
  ['X讯 written right before its date', '某某旗讯9月26日，某某旗召开草原生态保护工作会议。', { date: '9月26日' }],
  ['本报讯 记者 A 通讯员 B + a space + date (no brackets, no 报道)', '本报讯 记者 甲一 通讯员 乙二 9月24日上午，某某镇召开乡村治理积分制推广现场会。', { date: '9月24日上午' }],
  ['a dateline dates a lead that has no date of its own', '发布时间：2024-03-06\n本报某地3月5日讯（记者 甲一）某某县安全生产工作会议在县行政中心召开。', { date: '3月5日', iso: '2024-03-05' }],
  ['a dateline with 电, no headline: the meeting is named past the prefix', '本报某地9月3日电（记者 甲一）某某州人民政府召开第十二次常务会议，研究有关工作。', { name: '某某州人民政府第十二次常务会议', date: '9月3日' }],
  ['a lead\'s own date wins over the dateline', '本报某地3月5日讯（记者 甲一）3月4日，某某县召开安全生产工作会议。', { date: '3月4日' }],
  ['a weekday in brackets belongs to a full date', '2024年3月5日（星期二）上午，县政府召开第9次常务会议。', { date: '2024年3月5日（星期二）上午', iso: '2024-03-05' }],
  ['a digest title with a place and a date range does not name its first item', '某某区一周政务速递（9月1日—9月7日）\n　　◇9月1日下午，区政府召开第27次常务会议。区长甲一主持会议。', { name: '区政府第27次常务会议', date: '9月1日下午' }],
  ['a digest item\'s list mark is not part of its name', '◎市政府召开第37次常务会议\n　　6月3日，市政府召开第37次常务会议。', { name: '市政府召开第37次常务会议' }],
];

for (const [what, text, want] of cases) {
  for (const [script, convert] of [['simplified', (s) => s], ['traditional', toTraditional]]) {
    test(`lead: ${what} (${script})`, () => {
      const meetings = meetingsOf(convert(text));
      assert.equal(meetings.length, 1, JSON.stringify(meetings));
      const got = meetings[0];
      for (const [key, value] of Object.entries(want)) {
        const expected = typeof value === 'string' && key !== 'iso' && key !== 'notAfter' ? convert(value) : value;
        assert.equal(got[key], expected, `${key}: ${JSON.stringify(got)}`);
      }
    });
  }
}

test('a digest page: one meeting per dated item, bracketed headlines name them, the column and the teaser box do not', () => {
  const text = [
    '一周要闻（3月11日—3月17日）',
    '',
    '【县委理论学习中心组开展专题学习】3月11日，县委理论学习中心组举行集体学习会，县委书记严志成主持并讲话。',
    '【县政府召开防汛工作会议】3月13日，县政府召开防汛工作会议，副县长邹雪青出席并讲话。',
    '又讯 3月15日，县委编委召开会议，研究机构编制有关事项。',
    '',
    '相关阅读',
    '县委常委会召开会议 传达学习全会精神',
    '县政府召开第10次常务会议',
  ].join('\n');
  const meetings = meetingsOf(text);
  assert.deepEqual(meetings.map((m) => [m.name, m.date]), [
    ['县委理论学习中心组开展专题学习', '3月11日'],
    ['县政府召开防汛工作会议', '3月13日'],
    ['县委编委会议', '3月15日'],
  ]);
  const model = core.buildReportModel(doc(text, { languageId: 'meeting-report' }));
  assert.ok(model.chrome.some((c) => c.kind === 'footer' && c.lines.some((l) => l.text === '相关阅读')), 'the teaser box is footer chrome');
});

test('a column name above the first item is chrome, not the first meeting\'s headline', () => {
  const meetings = meetingsOf('要闻简报\n3月5日，县政府召开第3次常务会议。\n3月6日，县委常委会召开会议。');
  assert.deepEqual(meetings.map((m) => m.name), ['县政府第3次常务会议', '县委常委会会议']);
});

test('当天 at the head of a paragraph continues the meeting before it', () => {
  const meetings = meetingsOf('3月5日，区政府召开党组会议。\n会议强调，要抓好落实。\n当天还召开了区政府常务会议，研究有关事项。');
  assert.equal(meetings.length, 1);
});

test('a page flattened onto one line still holds its meeting: a footer marker inside a long sentence opens no footer', () => {
  const text = '区委常委会召开会议 发布时间：2024-03-05 3月5日，区委常委会召开会议，区委书记周一鸣主持会议。会议强调，要抓好落实。'.repeat(1) + '版权所有：某某区人民政府 上一条：区政府召开常务会议'.padEnd(200, '。');
  const meetings = meetingsOf(text.replace(/\n/g, ''));
  assert.equal(meetings.length, 1, JSON.stringify(meetings));
});
