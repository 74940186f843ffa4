// Class 12: where a name and the words around it could be cut two ways — 和 ending a name or
// joining two, 负责 after a surname, a following word overlapping the name's end (调度, 提出),
// the longest title before a name — and roles that reach every chair of a list or pass a place.
// Every case is invented; each is checked simplified, traditional and with pinyin annotations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, modelOf, officialsOf, report } from './officials-helpers.mjs';

function check(sentence, expected) {
  for (const [form, text] of forms(report(sentence))) assert.deepEqual(officialsOf(text), expected, `${form}: ${sentence}`);
}

/** Chairs of the report's meeting (simplified names), in each form. */
function checkChairs(sentence, expected) {
  for (const [form, text] of forms(report(sentence))) {
    const chairs = modelOf(text).meetings.flatMap((m) => m.chairs.map((p) => p.normalized));
    assert.deepEqual(chairs, expected, `${form}: ${sentence}`);
  }
}

test('和 ends a name when a following word or punctuation comes after it (曹建和主持 · 布和出席)', () => {
  check('常务副县长曹建和主持会议，副县长白玉和、钱思远出席。', [
    ['曹建和', ['常务副县长']],
    ['白玉和', ['副县长']],
    ['钱思远', ['副县长']],
  ]);
  checkChairs('常务副县长曹建和主持会议。', ['曹建和']);
  check('旗委常委、副旗长布和出席会议并讲话。', [['布和', ['旗委常委', '副旗长']]]);
  check('曹建和同志强调，要抓好落实。', [['曹建和', []]]);
  // Before another name or a title, or people a verb describes, 和 still joins.
  check('县委书记钱思远和县长白玉峰出席会议。', [['钱思远', ['县委书记']], ['白玉峰', ['县长']]]);
  check('县长钱思远和出席会议的同志们合影，副县长白玉峰和同志们交流。', [['钱思远', ['县长']], ['白玉峰', ['副县长']]]);
});

test('负责 and generic nouns before 同志 are no names (部门负责同志 · 分管负责同志 · 有关负责同志)', () => {
  check('县直各部门负责同志、各乡镇分管负责同志和县委有关负责同志参加会议。', []);
  check('县委书记钱思远要求，相关部门同志要抓好落实。', [['钱思远', ['县委书记']]]);
});

test('a following word that overlaps the name’s end wins (秦岳调度 · 沙吾提出席)', () => {
  check('副县长秦岳调度防汛工作，副县长白玉峰调查了解灾情。', [['秦岳', ['副县长']], ['白玉峰', ['副县长']]]);
  check('县委常委、组织部部长阿依娜尔·买合提出席会议。', [['阿依娜尔·买合提', ['县委常委', '组织部部长']]]);
});

test('transliterated names keep their last characters (萨仁托娅 · 乌兰娅)', () => {
  check('旗长萨仁托娅主持会议，副旗长乌兰娅出席。', [['萨仁托娅', ['旗长']], ['乌兰娅', ['副旗长']]]);
  checkChairs('旗长萨仁托娅主持会议。', ['萨仁托娅']);
});

test('the name starts after the longest title (秘书长努尔别克 · 经开区党工委书记)', () => {
  check('州政府秘书长叶尔兰·努尔别克出席会议。', [['叶尔兰·努尔别克', ['州政府秘书长']]]);
  check('经开区党工委书记钱思远出席会议。', [['钱思远', ['经开区党工委书记']]]);
});

test('受 before a title is not part of it, and the one who entrusts is no chair', () => {
  check('受县长钱思远委托，副县长白玉峰主持会议。', [['钱思远', ['县长']], ['白玉峰', ['副县长']]]);
  checkChairs('受县长钱思远委托，副县长白玉峰主持会议。', ['白玉峰']);
});

test('every name of a list before 共同主持 chairs (A、B共同主持)', () => {
  checkChairs('县长钱思远、县政协主席卜文华共同主持会议。', ['钱思远', '卜文华']);
  checkChairs('会议由县委书记钱思远、县长白玉峰共同主持。', ['钱思远', '白玉峰']);
  // Names already known, listed alone before the verb.
  checkChairs('县委书记钱思远讲话，县长白玉峰出席。\n会议由钱思远、白玉峰主持。', ['钱思远', '白玉峰']);
});

test('a role verb after 在 and a place counts (在青岚市主持召开)', () => {
  checkChairs('省长钱思远在青岚市主持召开座谈会。', ['钱思远']);
  checkChairs('副省长钱思远在鹭洲主持会议。', ['钱思远']);
});

test('a word before a title that a title follows is no name (委员、武装部长)', () => {
  check('乡里召开武装工作会议，乡党委委员、武装部长钱卫东出席。', [['钱卫东', ['乡党委委员', '武装部长']]]);
});

test('a role verb after another verb and 并 counts (秦岳调度…并主持会议)', () => {
  checkChairs('副县长秦岳调度各乡镇防汛工作并主持会议。', ['秦岳']);
});
