// Class 11: a name ends where the name ends; ordinary words are never names; a name inside a
// book title or a fixed political term is not a mention, the genre's stock phrases are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, modelOf, officialsOf, report } from './officials-helpers.mjs';

function check(sentence, expected) {
  for (const [form, text] of forms(report(sentence))) assert.deepEqual(officialsOf(text), expected, `${form}: ${sentence}`);
}

test('a name ends where the name ends (王磊所说, 王敏负责, 林建華)', () => {
  check('县长王磊所说的几件事，要逐一办好。', [['王磊', ['县长']]]);
  check('县委常委王敏负责全县安全生产工作。', [['王敏', ['县委常委']]]);
  // Nor is a traditional given name cut short (林建華 is not 林建).
  for (const [form, text] of forms(report('市委书记林建华主持会议。'))) {
    const [o] = modelOf(text).officials;
    assert.equal(o.name, '林建华', form);
    assert.equal(o.spellings[0].length, 3, form);
  }
});

test('ordinary words are never names (班子成员, 同志们, 高度重视, 各位)', () => {
  check('区委常委班子成员出席会议。', []);
  check('县长高度重视，各位同志们要抓好落实。', []);
  check('各位同志，根据县委部署，要抓好落实。', []);
});

test('a name inside a book title or a fixed term is not a mention; stock phrases are', () => {
  check('会议学习了《习近平谈治国理政》第四卷。', []);
  check('会议强调，要深入学习习近平新时代中国特色社会主义思想。', []);
  for (const [form, text] of forms(report('会议强调，要紧密团结在以习近平同志为核心的党中央周围，认真学习《习近平谈治国理政》，贯彻习近平总书记重要讲话精神。'))) {
    const [xi, ...others] = modelOf(text).officials;
    assert.equal(others.length, 0, form);
    assert.equal(xi.name, '习近平', form);
    // Two mentions: the stock phrase and 习近平总书记; none in the book title.
    assert.equal(xi.mentions.length, 2, form);
    assert.deepEqual(xi.titles.map((t) => t.normalized), ['总书记'], form);
  }
});
