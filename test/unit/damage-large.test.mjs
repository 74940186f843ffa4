// 1 MB of each damage family: every detector, the editor's diagnostics and fix-all finish without
// throwing (no recursion or argument list as long as the input) and find the damage. Mojibake is
// made from real Chinese text with iconv-lite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { core, doc, seed } from './helpers.mjs';

const MB = 1 << 20;
const OPTIONS = { indent: 'fullwidth' };
/** `unit` repeated to 1 MB of UTF-8. */
const mb = (unit) => unit.repeat(Math.ceil(MB / Buffer.byteLength(unit)));
const utf8As = (text, codec) => iconv.decode(iconv.encode(text, 'utf8'), codec);

const report = seed('000').text;
// Han only, in pieces of 20 characters whose UTF-8 read as GBK has no U+FFFD and decodes back
// exactly: one run of mojibake that fix-all must turn back into this text.
const han = (report.replace(/[^\u4e00-\u9fff]/g, '').match(/.{20}/g) ?? [])
  .filter((piece) => iconv.decode(iconv.encode(utf8As(piece, 'gbk'), 'gbk'), 'utf8') === piece && !utf8As(piece, 'gbk').includes('\ufffd'))
  .join('');
const phrase = report.match(/[\u4e00-\u9fff]{8,}/)[0];

/** `clean` mojibaked with `damage` and repeated to 1 MB, its code, and the clean text repeated as often. */
function mojibake(clean, damage, code) {
  const unit = damage(clean);
  const n = Math.ceil(MB / Buffer.byteLength(unit));
  return [unit.repeat(n), code, clean.repeat(n)];
}

/** name → [text, the code its damage is found as, the text fix-all must give back (when exact)]. */
const FAMILIES = {
  'UTF-8 read as GBK, one run of 350k characters': mojibake(han, (s) => utf8As(s, 'gbk'), 'mojibake.utf8-as-gbk'),
  'UTF-8 read as GBK, a whole report': [mb(utf8As(report, 'gbk')), 'mojibake.utf8-as-gbk'],
  'UTF-8 read as Latin-1, one run': mojibake(han, (s) => utf8As(s, 'latin1'), 'mojibake.utf8-as-latin1'),
  'UTF-8 read as cp1252, a whole report': [mb(utf8As(report, 'win1252')), 'mojibake.utf8-as-latin1'],
  'UTF-8 read as Latin-1 twice': mojibake(han, (s) => utf8As(utf8As(s, 'latin1'), 'latin1'), 'mojibake.utf8-as-latin1'),
  'pinyin annotations': [mb(seed('001').text), 'mojibake.pinyin-annotation'],
  'question marks': [mb('????会议召开。会议强调，要坚?贯彻落实。\n'), 'mojibake.question-marks'],
  'U+FFFD and 锟斤拷': [mb(`会议${utf8As('\ufffd\ufffd', 'gbk')}召开，区委书记\ufffd\ufffd主持。烫烫烫\n`), 'mojibake.replacement-char'],
  'HTML entities and tags': [mb('&ldquo;十四五&rdquo;<br/>规划&#12288;<p>会议</p><!-- x -->召开&nbsp;。\n'), 'cleanup.html'],
  'HTML: one run of &nbsp;': ['会议' + mb('&nbsp;') + '召开\n', 'cleanup.html'],
  'control characters': [mb('会议\u200b召开\u0007。\ufeff区委\ue000书记\u0093讲话\u0094\u0085\n'), 'cleanup.control-chars'],
  'control characters: one run': ['会议' + mb('\u0007') + '召开\n', 'cleanup.control-chars'],
  'whitespace': [mb('  会议召开。   \n\u00a0\u00a0区委书记主持。 \n'), 'cleanup.whitespace'],
  'whitespace: one line of spaces': ['会议召开。' + mb(' ') + '\n', 'cleanup.whitespace'],
  'half-width punctuation': [mb('会议指出,要坚持;要落实:好!区委(试行)办法\n'), 'cleanup.halfwidth-punctuation'],
  'web-page chrome': [mb('您现在的位置：首页 > 新闻中心 > 区县动态\n发布时间：2021-03-12  来源：区融媒体中心\n　　3月2日上午，区委常委会召开会议。\n上一条：我区召开安全生产工作会议\n下一条：区政协召开主席会议\n版权所有：某某区人民政府  ICP备12345678号\n'), 'cleanup.boilerplate'],
};

const S = core.DEFAULT_SETTINGS;

for (const [name, [text, code, exact]] of Object.entries(FAMILIES)) {
  test(`1 MB: ${name}`, () => {
    assert.ok(Buffer.byteLength(text) >= MB);
    const d = doc(text, { languageId: 'meeting-report' });
    const model = core.buildReportModel(d);
    for (const detector of core.DETECTORS) {
      const found = detector.detect({ text, model, options: OPTIONS });
      if (detector.code === code) assert.ok(found.length > 0, `${code} finds the damage`);
    }
    // The editor's path: diagnostics, then source.fixAll on the model they were computed on.
    const service = core.createLanguageService();
    const diagnostics = service.diagnostics(d, S);
    assert.ok(diagnostics.some((x) => x.code === code), `a ${code} diagnostic is published`);
    const repairs = core.fixAllRepairs(d, service.analyse(d, S).model, S.damage);
    if (!core.CODE_FACTS[code].fixAll) return;
    const fixed = core.applyEdits(text, repairs);
    assert.notEqual(fixed, text, 'fix-all repairs it');
    if (exact) assert.ok(fixed === exact, 'fix-all gives the Chinese back exactly');
    if (code.startsWith('mojibake.utf8') && !exact) assert.ok(fixed.includes(phrase), 'the repair reads as the report');
  });
}
