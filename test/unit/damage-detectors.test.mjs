// Each damage detector on small in-memory texts: exact ranges, exact repairs, and no finding on
// the look-alikes a clean report is full of.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { core, damagedTexts, doc, seedDoc } from './helpers.mjs';

const OPTIONS = { indent: 'fullwidth' };
/** Findings of `text` as [code, raw text of the range, repair text]. */
function found(text, { model, options = OPTIONS } = {}) {
  return core.detectDamage({ text, model, options }).map((f) => [f.code, text.slice(f.start, f.end), f.repair?.newText]);
}
const codes = (text) => found(text).map((f) => f[0]);
const fixAll = (text) => core.applyEdits(text, core.fixAll(text, core.detectDamage({ text, options: OPTIONS }).filter((f) => core.CODE_FACTS[f.code].fixAll), (t) => core.detectDamage({ text: t, options: OPTIONS }).filter((f) => core.CODE_FACTS[f.code].fixAll)));

test('question marks: a lost indent becomes "　　" (or is removed); a lost character is flagged only', () => {
  assert.deepEqual(found('????8月26日，會議召開。\r\n????會議指出。'), [
    ['mojibake.question-marks', '????', '　　'],
    ['mojibake.question-marks', '????', '　　'],
  ]);
  assert.deepEqual(found('??会议召开。', { options: { indent: 'remove' } }), [['mojibake.question-marks', '??', '']]);
  assert.deepEqual(found('会议强调，要坚?贯彻落实。'), [['mojibake.question-marks', '?', undefined]]);
  assert.deepEqual(found('個人表?yè)P(yáng)大會'), [['mojibake.question-marks', '?yè)P(yáng)', undefined]]);
});

test('question marks: a question typed with "?" is not a lost character', () => {
  assert.deepEqual(codes('这是什么?我们来看。'), ['cleanup.halfwidth-punctuation']);
  assert.deepEqual(codes('你好吗?我很好。'), ['cleanup.halfwidth-punctuation']);
  assert.deepEqual(codes('What is PPP? It is a partnership.'), []);
  assert.deepEqual(codes('？？'), []);
});

test('replacement characters and the 锟斤拷 / 烫烫烫 / 屯屯屯 families are flagged, never repaired', () => {
  const lost = iconv.decode(iconv.encode('\ufffd\ufffd', 'utf8'), 'gbk');
  assert.equal(lost, '锟斤拷');
  assert.deepEqual(found(`会议${lost}召开，区委书记\ufffd\ufffd主持。烫烫烫烫`), [
    ['mojibake.replacement-char', '锟斤拷', undefined],
    ['mojibake.replacement-char', '\ufffd\ufffd', undefined],
    ['mojibake.replacement-char', '烫烫烫烫', undefined],
  ]);
  assert.deepEqual(codes('热烫烫的汤'), []);
});

test('pinyin annotations are removed when they are scraper damage', () => {
  const text = '經(jīng)開區(qū)召開第241次黨工委會(huì)議。';
  assert.deepEqual(found(text), [
    ['mojibake.pinyin-annotation', '(jīng)', ''],
    ['mojibake.pinyin-annotation', '(qū)', ''],
    ['mojibake.pinyin-annotation', '(huì)', ''],
  ]);
  assert.equal(fixAll(text), '經開區召開第241次黨工委會議。');
});

test('pinyin annotated twice (會(huì)(huì)): both annotations are damage, and one repair removes both', () => {
  const text = '經(jīng)開區(qū)召開黨工委會(huì)(huì)議(yì)。';
  assert.deepEqual(found(text).filter(([, written]) => written === '(huì)').length, 2);
  assert.equal(fixAll(text), '經開區召開黨工委會議。');
});

test('pinyin annotations read from the report model give the findings a text without a model gives', () => {
  const text = '會議報道\n經(jīng)開區(qū)召開第241次黨工委會(huì)議(yì)。\n會議由區(qū)委書記主持。\n';
  const model = core.buildReportModel(doc(text, { languageId: 'meeting-report' }));
  assert.deepEqual(model.pinyin.map((a) => text.slice(a.start, a.end)), ['(jīng)', '(qū)', '(huì)', '(yì)', '(qū)']);
  assert.deepEqual(found(text, { model }), found(text));
  assert.equal(found(text, { model }).length, 5);
});

test('pinyin: legitimate parentheses and glossaries are left alone', () => {
  assert.deepEqual(codes('推广政府和社会资本合作(PPP)模式，通过(ISO 9001)认证。'), []);
  assert.deepEqual(codes('这个字读作说(shuō)，不读(shuì)。还有行(háng)。'), []); // glosses of simplified characters
  assert.deepEqual(codes('一個註(zhù)釋(shì)'), []); // two annotations prove nothing
  assert.deepEqual(codes('經(jīng)\n濟(jì)\n發(fā)\n展(zhǎn)\n'), []); // a glossary: annotation is the point
});

test('UTF-8 read as Latin-1 or cp1252 is decoded back, once or twice mis-decoded', () => {
  const once = iconv.decode(iconv.encode('中国', 'utf8'), 'win1252');
  const twice = iconv.decode(iconv.encode(iconv.decode(iconv.encode('中国', 'utf8'), 'latin1'), 'utf8'), 'win1252');
  assert.equal(once, 'ä¸­å›½');
  assert.deepEqual(found(`会议在${once}召开`), [['mojibake.utf8-as-latin1', once, '中国']]);
  assert.deepEqual(found(`会议在${twice}召开`), [['mojibake.utf8-as-latin1', twice, '中国']]);
  assert.deepEqual(codes('Café, résumé, naïve, «ÉTÉ», © 2021 — “quoted” … ™'), []);
});

test('UTF-8 read as GBK is decoded back only when it round-trips', () => {
  const bad = iconv.decode(iconv.encode('区域经济发展', 'utf8'), 'gbk');
  assert.equal(bad, '鍖哄煙缁忔祹鍙戝睍');
  assert.deepEqual(found(`推动${bad}。`), [['mojibake.utf8-as-gbk', bad, '区域经济发展']]);
  assert.deepEqual(codes(seedDoc('000').getText()).filter((c) => c.startsWith('mojibake')), []);
});

test('a whole file in the wrong encoding gets one file-level finding', () => {
  const report = seedDoc('000').getText();
  const asUtf8 = iconv.encode(report, 'gbk').toString('utf8');
  const f = core.detectDamage({ text: asUtf8, options: OPTIONS });
  assert.deepEqual(f.map((x) => x.code), ['mojibake.wrong-encoding']);
  const asLatin1 = iconv.decode(iconv.encode(report, 'gbk'), 'latin1');
  assert.deepEqual(core.detectDamage({ text: asLatin1, options: OPTIONS }).map((x) => x.code), ['mojibake.wrong-encoding']);
  assert.match(f[0].message, /Reopen with Encoding/);
});

test('control, zero-width, private-use characters and a BOM inside the text are removed; the file BOM stays', () => {
  const text = '\ufeff会议\u200b召开\u0007。\ufeff区委\ue000书记';
  assert.deepEqual(found(text), [
    ['cleanup.control-chars', '\u200b', ''],
    ['cleanup.control-chars', '\u0007', ''],
    ['cleanup.control-chars', '\ufeff', ''],
    ['cleanup.control-chars', '\ue000', ''],
  ]);
  assert.equal(fixAll(text), '\ufeff会议召开。区委书记');
  assert.deepEqual(codes('👨\u200d👩'), []);
});

test('a C1 control that cp1252 reads as punctuation becomes that punctuation; U+001A is flagged, not deleted', () => {
  // cp1252 punctuation read as Latin-1: „ “ ” … ‘ ’ – — became U+0084 U+0093 U+0094 U+0085 U+0091 U+0092 U+0096 U+0097.
  const asLatin1 = (s) => iconv.decode(iconv.encode(s, 'win1252'), 'latin1');
  const original = '会议指出“要落实”…他说„gut“，‘好’ – 对—';
  const damaged = original.replace(/[„“”…‘’–—]/g, asLatin1);
  assert.equal(damaged, '会议指出\u0093要落实\u0094\u0085他说\u0084gut\u0093，\u0091好\u0092 \u0096 对\u0097');
  assert.deepEqual(found(damaged).map(([code, raw, fix]) => [code, raw.charCodeAt(0).toString(16), fix]), [
    ['cleanup.control-chars', '93', '“'],
    ['cleanup.control-chars', '94', '”'],
    ['cleanup.control-chars', '85', '…'],
    ['cleanup.control-chars', '84', '„'],
    ['cleanup.control-chars', '93', '“'],
    ['cleanup.control-chars', '91', '‘'],
    ['cleanup.control-chars', '92', '’'],
    ['cleanup.control-chars', '96', '–'],
    ['cleanup.control-chars', '97', '—'],
  ]);
  assert.equal(fixAll(damaged), original);
  assert.equal(fixAll(fixAll(damaged)), original);
  // Next to controls that are removed, and a C1 control cp1252 leaves undefined (U+0081): removed.
  assert.deepEqual(found('会议\u0007\u0093召开\u0094\u0081。'), [
    ['cleanup.control-chars', '\u0007', ''],
    ['cleanup.control-chars', '\u0093', '“'],
    ['cleanup.control-chars', '\u0094', '”'],
    ['cleanup.control-chars', '\u0081', ''],
  ]);
  // SUB stands for a character a converter could not write: flagged only, and fix-all keeps it.
  const lost = '会议由\u001a\u001a主持。Here a character \u001a was lost.';
  const f = core.detectDamage({ text: lost, options: OPTIONS }).filter((x) => x.code === 'cleanup.control-chars');
  assert.deepEqual(f.map((x) => [lost.slice(x.start, x.end), x.repair]), [['\u001a\u001a', undefined], ['\u001a', undefined]]);
  assert.match(f[0].message, /lost/);
  assert.equal(fixAll(lost), lost);
  assert.equal(fixAll('会议\u0007\u001a\u0007召开'), '会议\u001a召开');
});

test('HTML entities are decoded and tags removed', () => {
  assert.deepEqual(found('&ldquo;十四五&rdquo;<br/>规划&#12288;'), [
    ['cleanup.html', '&ldquo;', '“'],
    ['cleanup.html', '&rdquo;', '”'],
    ['cleanup.html', '<br/>', ''],
    ['cleanup.html', '&#12288;', '\u3000'],
  ]);
  assert.deepEqual(codes('当x<5且y>3时，A&B公司'), []);
});

test('half-width punctuation between CJK characters becomes full-width; Latin context is left alone', () => {
  assert.deepEqual(found('会议指出,要抓好落实;区委常委会(扩大)会议'), [
    ['cleanup.halfwidth-punctuation', ',', '，'],
    ['cleanup.halfwidth-punctuation', ';', '；'],
    ['cleanup.halfwidth-punctuation', '(', '（'],
    ['cleanup.halfwidth-punctuation', ')', '）'],
  ]);
  assert.deepEqual(codes('合作(PPP)模式，2021,2022年，时间:10:30'), []);
});

test('whitespace: ASCII or no-break-space indents become "　　", trailing spaces go; CRLF kept', () => {
  const text = '  会议召开。  \r\n\u00a0\u00a0区委书记主持。\r\n　　会议强调。';
  assert.deepEqual(found(text), [
    ['cleanup.whitespace', '  ', '　　'],
    ['cleanup.whitespace', '  ', ''],
    ['cleanup.whitespace', '\u00a0\u00a0', '　　'],
  ]);
  assert.equal(fixAll(text), '　　会议召开。\r\n　　区委书记主持。\r\n　　会议强调。');
});

test('boilerplate: the header and footer chrome of seed 003 are findings whose fix removes their lines', () => {
  const d = seedDoc('003');
  const model = core.buildReportModel(d);
  const text = d.getText();
  const chrome = core.detectDamage({ text, model, options: OPTIONS }).filter((f) => f.code === 'cleanup.boilerplate');
  assert.deepEqual(chrome.map((f) => text.slice(f.start, f.end).split('\n')[0]), [
    '打造网上国际投资促进平台 致力于中国投资促进事业',
    '发布时间:2021-01-14  来源:贾汪区融媒体中心  发布开发区:江苏徐州工业园区',
    '上一条:谯城区为4.9万余名贫困户代缴2021年城乡居民医保',
  ]);
  assert.ok(text.slice(chrome[2].start, chrome[2].end).endsWith('版权所有:投促中国'));
  const removed = core.applyEdits(text, [chrome[0].repair]);
  assert.ok(removed.startsWith('杨明主持召开中共贾汪区委常委会(扩大)会议\n'));
});

test('fix-all composes rounds: an &nbsp; indent ends as "　　" in one edit list', () => {
  const text = '&nbsp;&nbsp;会议召开。';
  assert.equal(fixAll(text), '　　会议召开。');
  assert.equal(fixAll(fixAll(text)), fixAll(text));
});

test('findings are plain data: a copy, JSON and a structured clone keep the message and the repair', () => {
  let seen = 0;
  for (const text of damagedTexts()) {
    for (const f of core.detectDamage({ text, options: { indent: 'fullwidth' } })) {
      seen++;
      assert.equal(typeof f.message, 'string', f.code);
      assert.deepEqual({ ...f }, f, f.code);
      assert.equal({ ...f }.message, f.message, f.code);
      assert.deepEqual({ ...f }.repair, f.repair, f.code);
      assert.deepEqual(JSON.parse(JSON.stringify(f)), { ...f }, f.code);
      assert.deepEqual(structuredClone(f), { ...f }, f.code);
    }
  }
  assert.ok(seen > 20);
});
