// Publication dates as other page kinds write them (an e-paper's field line, a broadcast's 播出时间,
// a WeChat header ending 发表于X, a list page's item dates), dates relative to the publication
// month (本月16日, 上月28日), and names before a verb that could be read into them. Every sentence is
// invented for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc } from './helpers.mjs';

const model = (text) => core.buildReportModel(doc(text, { languageId: 'meeting-report' }));
const meetings = (text) =>
  model(text).meetings.map((m) => ({ name: m.name, date: m.date?.text ?? null, iso: m.date?.iso ?? null, notAfter: m.date?.notAfter ?? null }));
const officials = (text) => model(text).officials.map((o) => o.name).sort();

test('an e-paper line of fields between | gives the publication date', () => {
  const text = '栎港日报 | 2023年6月9日 星期五 | 版次：A04 | 版名：要闻\n栎港市召开防汛工作会议\n　　本报讯　6月8日下午，栎港市召开防汛工作会议，部署主汛期各项工作。副市长钟一凡主持会议。';
  assert.deepEqual(meetings(text), [{ name: '栎港市召开防汛工作会议', date: '6月8日下午', iso: '2023-06-08', notAfter: null }]);
  const evening = '桐川晚报｜2022年3月2日 周三｜第B02版：综合\n桐川区召开春季植树工作会议\n　　3月1日，桐川区召开春季植树工作会议，安排全区义务植树工作。';
  assert.equal(meetings(evening)[0].iso, '2022-03-01');
});

test('a broadcast transcript: 播出时间 is the publication line, a 【导语】 cue stands before the lead', () => {
  const text = '播出时间：2023-09-12 19:05　栏目：某某新闻\n某某区召开秋粮收购工作会议\n　　【导语】今天上午，某某区召开秋粮收购工作会议，部署秋粮收购工作。\n　　【正文】会议由副区长许明远主持。';
  assert.deepEqual(meetings(text), [{ name: '某某区召开秋粮收购工作会议', date: '今天上午', iso: '2023-09-12', notAfter: null }]);
});

test('a WeChat header that ends 发表于X or IP属地 gives the publication date (近期 → notAfter)', () => {
  for (const tail of ['发表于江西', 'IP属地：江西']) {
    const text = `某某县召开营商环境座谈会\n某某发布　2023年05月16日 20:10　${tail}\n▲点击上方蓝字关注我们\n　　近期，某某县召开营商环境座谈会，听取企业意见建议。`;
    assert.deepEqual(meetings(text), [{ name: '某某县召开营商环境座谈会', date: '近期', iso: null, notAfter: '2023-05-16' }], tail);
  }
});

test("a list page's item headline ending in its date: the date dates its lead and is not in the name", () => {
  const text = '当前位置：首页 > 政务动态\n县政府召开第五次常务会议　　2023-04-14\n　　4月13日（周四）上午，县长白一川主持召开县政府第五次常务会议，研究有关工作。……[详细]\n县政协召开主席会议　[2023-04-11]\n　　4月10日，县政协主席石可为主持召开主席会议，协商有关事项。……[详细]';
  assert.deepEqual(meetings(text), [
    { name: '县政府召开第五次常务会议', date: '4月13日（周四）上午', iso: '2023-04-13', notAfter: null },
    { name: '县政协召开主席会议', date: '4月10日', iso: '2023-04-10', notAfter: null },
  ]);
});

test('本月16日 and 上月28日 are days of the publication month and the month before (across a year)', () => {
  const text = '某某县召开经济运行分析会\n2023-07-24 08:30　来源：某某县融媒体中心\n　　本报讯　本月16日，某某县召开经济运行分析会，分析上半年经济运行情况。\n　　又讯　上月28日下午，县委召开巡察工作动员会，部署新一轮巡察工作。';
  assert.deepEqual(meetings(text).map((m) => [m.date, m.iso]), [['本月16日', '2023-07-16'], ['上月28日下午', '2023-06-28']]);
  const january = '发布时间：2024-01-05 10:00\n某某镇召开年终工作总结会议\n　　上月29日，某某镇召开年终工作总结会议，回顾全年工作。';
  assert.equal(meetings(january)[0].iso, '2023-12-29');
});

test('names before 认为 or 主讲, a transliterated name before 主持召开, the surname 扶', () => {
  assert.deepEqual(officials('3月5日，县政府召开常务会议。县委书记林川认为，要抓好落实。副县长方舟主讲了政策要点。'), ['方舟', '林川']);
  assert.deepEqual(officials('3月5日，州委书记额尔德木主持召开州委常委会会议。'), ['额尔德木']);
  assert.deepEqual(officials('3月5日，县委书记扶正明出席会议并讲话。'), ['扶正明']);
});

test('受…委托�持: a commission whose verb lost its first character still names the chair', () => {
  const m = model('某某镇召开安全生产会议\n　　3月5日，某某镇召开安全生产会议。会议由副镇长钱立新受镇长孙明远委托\uFFFD持。');
  assert.deepEqual(m.meetings[0].chairs.map((c) => c.text), ['钱立新']);
});
