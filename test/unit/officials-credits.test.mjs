// Class 10: credits — reporters, correspondents, editors, reviewers, photographers, sources —
// are people but not officials: the model lists them with their role, apart from the officials
// and the meetings' participants, and their hover card says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc } from './helpers.mjs';
import { forms, modelOf } from './officials-helpers.mjs';

const REPORT = [
  '县委召开常委会会议',
  '（记者 韩雪 曲波）',
  '3月5日，县委召开常委会会议。县委书记王立新主持会议并讲话，县长钱卫东出席。',
  '会议强调，要抓好落实。',
  '■本报记者 赵晓燕 通讯员 阚明',
  '文/图 孟凡',
  '县融媒体中心记者 蒋丽',
  '来源：县融媒体中心',
  '责任编辑：孙海',
  '初审：何平 复审：钱进 终审：霍东',
  '',
].join('\n');

const CREDITS = [
  ['韩雪', '记者'],
  ['曲波', '记者'],
  ['赵晓燕', '本报记者'],
  ['阚明', '通讯员'],
  ['孟凡', '文/图'],
  ['蒋丽', '记者'],
  ['孙海', '责任编辑'],
  ['何平', '初审'],
  ['钱进', '复审'],
  ['霍东', '终审'],
];

test('credits are listed with their role, in both scripts and with pinyin annotations, and are neither officials nor participants', () => {
  for (const [form, text] of forms(REPORT)) {
    const model = modelOf(text);
    assert.deepEqual(model.credits.map((c) => [c.name, c.role]), CREDITS, form);
    // Each credit's span is the name as written.
    for (const c of model.credits) assert.equal(text.slice(c.start, c.end), c.text, form);
    assert.deepEqual(model.officials.map((o) => o.name), ['王立新', '钱卫东'], form);
    const people = model.meetings.flatMap((m) => [...m.chairs, ...m.attendees, ...m.speakers, ...m.presenters].map((p) => p.normalized));
    assert.deepEqual([...new Set(people)].sort(), ['王立新', '钱卫东'].sort(), form);
  }
});

test('a source line names a person only when its whole value is a name', () => {
  const text = REPORT.replace('来源：县融媒体中心', '来源：周八');
  assert.deepEqual(modelOf(text).credits.find((c) => c.role === '来源')?.name, '周八');
  assert.equal(modelOf(REPORT).credits.some((c) => c.role === '来源'), false);
});

test('the hover card on a credited name says it is a credit (English and Chinese)', () => {
  const d = doc(REPORT, { uri: 'file:///credits/hover.txt' });
  const model = core.buildReportModel(d);
  const at = REPORT.indexOf('赵晓燕') + 1;
  const card = core.creditHover(d, model, at);
  assert.match(card.contents.value, /\*\*赵晓燕\*\*/);
  assert.match(card.contents.value, /Credit: 本报记者/);
  assert.equal(REPORT.slice(d.offsetAt(card.range.start), d.offsetAt(card.range.end)), '赵晓燕');
  core.useLocale('zh-cn');
  try {
    assert.match(core.creditHover(d, model, REPORT.indexOf('韩雪')).contents.value, /署名：记者/);
  } finally {
    core.useLocale('en');
  }
  // An official's name has no credit card (it has the official's).
  assert.equal(core.creditHover(d, model, REPORT.indexOf('王立新')), undefined);
});

test('a role with a colon and then a space, or a bar, is read to its name (责任编辑： 张三 once never ended)', () => {
  const text = ['县政府召开常务会议', '3月5日，县政府召开常务会议。县长钱卫东主持会议。', '责任编辑： 孙海', '文字 | 晏书宁', '一审｜石可欣', '二审：管立诚', ''].join('\n');
  const model = modelOf(text);
  assert.deepEqual(model.credits.map((c) => [c.name, c.role]), [['孙海', '责任编辑'], ['晏书宁', '文字'], ['石可欣', '一审'], ['管立诚', '二审']]);
  assert.deepEqual(model.officials.map((o) => o.name), ['钱卫东']);
});
