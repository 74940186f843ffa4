// Class 7: names no common surname list holds — rare and compound surnames, transliterated names
// with a dot of any form, Tibetan and Mongolian names with no surname — right after a title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, modelOf, officialsOf, report } from './officials-helpers.mjs';

function check(sentence, expected) {
  for (const [form, text] of forms(report(sentence))) assert.deepEqual(officialsOf(text), expected, `${form}: ${sentence}`);
}

test('rare single surnames after a title (仉, 亓, 眭, 禚, 郜, 逯, 昝, 阚, 厍, 蒯)', () => {
  check('县委书记仉志远主持会议，副县长亓海东、眭一鸣出席会议。', [['仉志远', ['县委书记']], ['亓海东', ['副县长']], ['眭一鸣', ['副县长']]]);
  check('县委常委禚红梅、郜建平、逯文涛参加会议。', [['禚红梅', ['县委常委']], ['郜建平', ['县委常委']], ['逯文涛', ['县委常委']]]);
  check('副县长昝明亮讲话，县政协主席阚立群、县人大常委会主任厍志华、县委副书记蒯永强出席。', [
    ['昝明亮', ['副县长']],
    ['阚立群', ['县政协主席']],
    ['厍志华', ['县人大常委会主任']],
    ['蒯永强', ['县委副书记']],
  ]);
});

test('compound surnames after a title (令狐, 公孙, 夏侯, 尉迟, 宇文, 万俟, 闻人, 呼延, 赫连, 拓跋, 宗政)', () => {
  check('副县长赫连志强、拓跋雪、宗政明出席会议。', [['赫连志强', ['副县长']], ['拓跋雪', ['副县长']], ['宗政明', ['副县长']]]);
  check('县长令狐建军主持会议，副县长公孙丽、夏侯明远出席。', [['令狐建军', ['县长']], ['公孙丽', ['副县长']], ['夏侯明远', ['副县长']]]);
  check('县委常委尉迟晓峰、宇文静、万俟东升、闻人海、呼延志刚参加会议。', ['尉迟晓峰', '宇文静', '万俟东升', '闻人海', '呼延志刚'].map((n) => [n, ['县委常委']]));
});

test('transliterated names with a dot of any form (· ・ • ． ‧)', () => {
  for (const dot of ['·', '・', '•', '．', '‧']) {
    const a = `买买提${dot}吐尔逊`;
    const b = `阿布都热合曼${dot}艾山`;
    for (const [form, text] of forms(report(`县长${a}主持会议，副县长${b}出席会议并讲话。`))) {
      const got = officialsOf(text);
      assert.deepEqual(got.map(([, titles]) => titles), [['县长'], ['副县长']], `${form} ${dot}`);
      // The name as the model gives it is the whole name, dot and all.
      assert.deepEqual(got.map(([name]) => name.split(dot)), [['买买提', '吐尔逊'], ['阿布都热合曼', '艾山']], `${form} ${dot}`);
    }
  }
});

test('Tibetan and Mongolian names with no surname, right after a title', () => {
  check('县委副书记次仁旺堆主持会议，副县长德吉央宗出席。', [['次仁旺堆', ['县委副书记']], ['德吉央宗', ['副县长']]]);
  check('县长洛桑扎西强调，要抓好落实。', [['洛桑扎西', ['县长']]]);
  check('旗长巴特尔讲话，副旗长乌云其木格出席会议。', [['巴特尔', ['旗长']], ['乌云其木格', ['副旗长']]]);
});

test('a later bare mention of a name found after a title is a mention of that official', () => {
  for (const [form, text] of forms(report('县委书记仉志远主持会议。\n仉志远强调，要抓好落实。'))) {
    const [official, ...others] = modelOf(text).officials;
    assert.deepEqual([official.name, official.mentions.length, others.length], ['仉志远', 2, 0], form);
  }
});
