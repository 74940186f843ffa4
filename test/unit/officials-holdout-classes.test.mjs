// Officials in sentence shapes a held-out set found missed: a title chain that opens with a place
// name (雁回镇党委书记), a title after 还有/有 over a list, a title before 有： and a list on the
// other side of the colon, and a chair verb in the clause after "，并在<place>". Each in
// simplified, traditional (opencc-js) and with pinyin annotations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, modelOf, officialsOf, report } from './officials-helpers.mjs';

function check(sentence, expected) {
  for (const [form, text] of forms(report(sentence))) assert.deepEqual(officialsOf(text), expected, `${form}: ${sentence}`);
}

function chairsOf(sentence, text = report(sentence)) {
  return forms(text).map(([form, text]) => [form, modelOf(text).meetings.map((m) => m.chairs.map((c) => c.normalized))]);
}

test('a title chain that opens with a place and its town or township', () => {
  check('青禾镇党委书记笪文涛主持召开专题会议。', [['笪文涛', ['青禾镇党委书记']]]);
  check('会议由柳湾乡党委书记隗春生主持，柳湾乡乡长乜红梅出席。', [['隗春生', ['柳湾乡党委书记']], ['乜红梅', ['柳湾乡乡长']]]);
  check('听取了石门镇镇长佴建华、白沙镇党委副书记钭丽萍的汇报。', [['佴建华', ['石门镇镇长']], ['钭丽萍', ['白沙镇党委副书记']]]);
});

test('a chair after a place-and-town title chain is the chair of the meeting', () => {
  for (const [form, chairs] of chairsOf('', '青禾镇召开党委会议\n5月8日，青禾镇党委书记蔺晓峰主持召开党委会议。\n会议强调，要抓好落实。\n')) assert.deepEqual(chairs, [['蔺晓峰']], form);
});

test('a title after 还有 or 有 gives each name of its list the title', () => {
  check('出席会议的还有县委常委冷月华、蒯志明、钮新宇，副县长欧阳静。', [['冷月华', ['县委常委']], ['蒯志明', ['县委常委']], ['钮新宇', ['县委常委']], ['欧阳静', ['副县长']]]);
  check('参加会议的有市委常委郗建业、呙文静。', [['郗建业', ['市委常委']], ['呙文静', ['市委常委']]]);
});

test('a collective title, 有 and a colon: each name of the list after it gets the title', () => {
  check('主席台就座的市领导有：邝明远、龚丽华、覃永强、庹小梅。', ['邝明远', '龚丽华', '覃永强', '庹小梅'].map((n) => [n, ['市领导']]));
  check('出席会议的县委常委：钮志刚、阚晓燕。', [['钮志刚', ['县委常委']], ['阚晓燕', ['县委常委']]]);
});

test('words before a colon that are no title give no list', () => {
  check('会议议程有：审议工作报告、讨论有关事项。', []);
});

test('the chair verb after "，并在<place>" belongs to the subject of the sentence', () => {
  for (const [form, chairs] of chairsOf('省长司马长风在青川地区调研，并在地区行署主持召开座谈会。')) assert.deepEqual(chairs, [['司马长风']], form);
  for (const [form, chairs] of chairsOf('县长田家豪调研重点项目，并主持召开座谈会。')) assert.deepEqual(chairs, [['田家豪']], form);
  // Another subject after the comma keeps the chair.
  for (const [form, chairs] of chairsOf('县长田家豪在城关镇调研，副县长胡晓主持座谈会。')) assert.deepEqual(chairs, [['胡晓']], form);
});

test('Tibetan and Mongolian names no surname list holds, after a chain of titles', () => {
  check('县委常委、统战部部长德庆卓嘎通报了创建工作进展情况。', [['德庆卓嘎', ['县委常委', '统战部部长']]]);
  check('旗委常委、副旗长牧仁巴雅尔，旗委常委、宣传部部长旭日娜出席会议。', [['牧仁巴雅尔', ['旗委常委', '副旗长']], ['旭日娜', ['旗委常委', '宣传部部长']]]);
});

test('right after a title, a given name may open with a function word (李为民, 赵和平)', () => {
  check('副县长李为民、王有才，县委常委赵和平出席会议。', [['李为民', ['副县长']], ['王有才', ['副县长']], ['赵和平', ['县委常委']]]);
  // 和 after a whole name still joins two people, and 和 before a title stays out of the name.
  check('县委书记周和出席会议。', [['周和', ['县委书记']]]);
  check('县委书记王小明和县长李大成出席会议。', [['王小明', ['县委书记']], ['李大成', ['县长']]]);
});

test('a character lost right before or after a name (U+FFFD) does not cut it from its title, its verb or its list', () => {
  check('县委常委次仁曲珍\uFFFD、洛桑扎西，副县长买尔旦・吐尔逊\uFFFD出席会议。', [['次仁曲珍', ['县委常委']], ['洛桑扎西', ['县委常委']], ['买尔旦・吐尔逊', ['副县长']]]);
  for (const [form, chairs] of chairsOf('县委副书记、县长古丽米拉·阿不都热依木\uFFFD主持会议。')) assert.deepEqual(chairs, [['古丽米拉·阿不都热依木']], form);
  for (const [form, chairs] of chairsOf('县长鲍明川\uFFFD\uFFFD主持会议。')) assert.deepEqual(chairs, [['鲍明川']], form);
  // Lost between the title and the name: the name starts past it.
  check('县政府党组成员、副县长\uFFFD欧冠霖、沈若竹出席会议。', ['欧冠霖', '沈若竹'].map((n) => [n, ['县政府党组成员', '副县长']]));
  for (const [form, chairs] of chairsOf('镇党委副书记、镇长\uFFFD谈小雨主持会议。')) assert.deepEqual(chairs, [['谈小雨']], form);
});
