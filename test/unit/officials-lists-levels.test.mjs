// Classes 8 and 9: one title over a list of names (each name gets it), and titles above the
// county — national, provincial, autonomous-region and prefecture ones, and chains across levels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, officialsOf, report } from './officials-helpers.mjs';

function check(sentence, expected) {
  for (const [form, text] of forms(report(sentence))) assert.deepEqual(officialsOf(text), expected, `${form}: ${sentence}`);
}

test('one title over a list: each name gets it, rare surnames included', () => {
  check('区委常委邬红、仉海、亓东、眭兰出席会议。', ['邬红', '仉海', '亓东', '眭兰'].map((n) => [n, ['区委常委']]));
});

test('a collective title over a list of twelve names, ending with 等', () => {
  const names = ['孙立军', '禚海涛', '郜丽', '逯建国', '昝红霞', '阚志明', '厍文', '蒯晓东', '公孙静', '巴特尔', '次仁旺堆', '周平'];
  check(`区领导${names.join('、')}等出席会议。`, names.map((n) => [n, ['区领导']]));
});

test('national and provincial titles', () => {
  check('国务院副总理孙建业出席会议，省长周立新、副省长郑海波参加。', [['孙建业', ['国务院副总理']], ['周立新', ['省长']], ['郑海波', ['副省长']]]);
  check('省委常委、秘书长冯世平主持会议。', [['冯世平', ['省委常委', '秘书长']]]);
  check('全国人大常委会副委员长钱正宇出席会议。', [['钱正宇', ['全国人大常委会副委员长']]]);
});

test('autonomous-region and prefecture titles', () => {
  check('自治区人大常委会副主任马国强讲话，自治州州长杨林出席。', [['马国强', ['自治区人大常委会副主任']], ['杨林', ['自治州州长']]]);
  check('行署专员周志远出席会议，盟委书记白音讲话。', [['周志远', ['行署专员']], ['白音', ['盟委书记']]]);
  check('会议由州委书记何建华主持。', [['何建华', ['州委书记']]]);
});

test('a chain across levels gives each title (地委委员、市委书记)', () => {
  check('地委委员、市委书记郑建平主持会议。', [['郑建平', ['地委委员', '市委书记']]]);
  check('会议由地委委员、行署专员周志远主持。', [['周志远', ['地委委员', '行署专员']]]);
});
