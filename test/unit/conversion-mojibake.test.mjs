// The conversion never touches mojibake (the spans of mojibake.* findings, and the GBK leftovers
// around lost bytes): converting first must not stop a repair, so convert-then-fix-all gives the
// same text as fix-all-then-convert, for every damage family mixed into traditional text.
// Traditional text is made from the seeds with opencc-js (cn → t); UTF-8-as-GBK mojibake with
// iconv-lite from the seeds' real UTF-8 bytes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { core, doc, ROOT } from './helpers.mjs';

const { convertToSimplified, applyEdits, scriptProfile, traditionalFindings, DEFAULT_CONVERSION_SETTINGS: T } = core.conversion;
const S = core.DEFAULT_SETTINGS;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const gbk = (s) => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
const latin1 = (s) => Buffer.from(s, 'utf8').toString('latin1');

let n = 0;
/** A fresh document (its own uri) and its model: the core's view of a text. */
function analysed(text) {
  const document = doc(text, { uri: `file:///mojibake-${n++}.txt` });
  return { document, model: core.buildReportModel(document) };
}
const protectionOf = (text) => {
  const { document, model } = analysed(text);
  return core.documentProtection(document, model, S.damage);
};
const conversionOf = (text) => convertToSimplified(text, T, protectionOf(text));
const convert = (text) => applyEdits(text, conversionOf(text).edits);
const fixAll = (text) => {
  const { document, model } = analysed(text);
  return core.applyEdits(text, core.fixAllRepairs(document, model, S.damage));
};

/** Sentences of the seeds that are simplified and undamaged (the seeds themselves hold damage). */
const sentences = readdirSync(join(ROOT, 'seeds'))
  .sort()
  .flatMap((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8').split(/(?<=[。；！？])/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 8 && s.length <= 60 && /[\u4e00-\u9fff]/.test(s))
  .filter((s) => core.detectDamage({ text: s, options: { indent: 'fullwidth' } }).length === 0 && convertToSimplified(s, T).edits.length === 0);

const MEETING = '会议在区四楼会议室召开';

test('UTF-8 read as GBK inside traditional text is left byte for byte (浼氳 not 浼氲), and fix-all still decodes it', () => {
  assert.ok(sentences.length >= 20, `${sentences.length} clean sentences in the seeds`);
  const moj = gbk(MEETING); // 浼氳鍦ㄥ尯鍥涙ゼ浼氳瀹ゅ彫寮€
  assert.ok(moj.includes('浼氳') && moj.includes('鍥'));
  const text = `十月十三日，八公山區招商引資調度會召開。\n${moj}。\n區委副書記陳彥臣出席會議。\n`;
  const conversion = conversionOf(text);
  assert.equal(conversion.protectedSpans, 1);
  const at = text.indexOf(moj);
  for (const e of conversion.edits) assert.ok(e.end <= at || e.start >= at + moj.length, `edit ${JSON.stringify(e)} inside the mojibake`);
  const converted = applyEdits(text, conversion.edits);
  assert.equal(converted, `十月十三日，八公山区招商引资调度会召开。\n${moj}。\n区委副书记陈彦臣出席会议。\n`);
  assert.equal(fixAll(converted), `十月十三日，八公山区招商引资调度会召开。\n${MEETING}。\n区委副书记陈彦臣出席会议。\n`);
});

test('lost bytes: 浼氳��鍚� (what is left of 会议后) is kept whole, the traditional text around it converted', () => {
  const text = '區委書記浼氳��鍚�出席會議並講話。\n';
  const out = convert(text);
  assert.equal(out, '区委书记浼氳��鍚�出席会议并讲话。\n');
  assert.equal(conversionOf(text).protectedSpans, 1);
});

test('script.traditional: a paragraph of mojibake gets no finding, and is no simplified paragraph either', () => {
  const moj = gbk('区委书记汤洁出席会议并讲话强调要紧紧围绕发展定位');
  const text = `區委理論學習中心組學習會議召開。\n${moj}\n區委書記湯潔主持會議並講話。\n`;
  const document = doc(text, { uri: 'file:///script-mojibake.txt' });
  const model = core.buildReportModel(document);
  const protection = core.documentProtection(document, model, S.damage);
  // Without the protection (as before), the mojibake line is a traditional paragraph to convert.
  assert.equal(scriptProfile(text, T).traditional.length, 3);
  const profile = scriptProfile(text, T, protection);
  assert.equal(profile.traditional.length, 2);
  assert.equal(profile.script, 'traditional');
  const findings = traditionalFindings(document, T, 'huiyi', protection);
  assert.deepEqual(findings.map((f) => f.range.start.line), [0, 2]);
  assert.ok(findings.every((f) => !/mixes scripts/.test(f.message)), findings[0].message);
  // Through the core's diagnostics (the editor's and the CLI's path).
  const diagnostics = core.createLanguageService().diagnostics(document, S).filter((d) => d.code === 'script.traditional');
  assert.ok(diagnostics.every((d) => d.range.start.line !== 1), JSON.stringify(diagnostics.map((d) => d.range)));
});

test('a mojibake line with simplified-looking characters does not make a traditional document "mixed"', () => {
  // Find seed sentences whose GBK reading holds two simplified-only characters (锛, 鍦 …).
  const moj = sentences.map(gbk).find((m) => scriptProfile(m, T).simplifiedParagraphs === 1 && scriptProfile(m, T).traditional.length === 0);
  assert.ok(moj, 'a GBK reading that counts as simplified');
  const text = `區委書記湯潔主持會議並講話。\n${moj}\n`;
  assert.equal(scriptProfile(text, T).script, 'mixed', 'as it was');
  assert.equal(scriptProfile(text, T, protectionOf(text)).script, 'traditional');
});

test('a file decoded with the wrong encoding (full of U+FFFD) is not converted at all', () => {
  const text = `會議${'\ufffd\ufffd'.repeat(12)}發展\ufffd觀\n${'區委\ufffd\ufffd'.repeat(8)}\n`;
  const conversion = conversionOf(text);
  assert.equal(conversion.edits.length, 0);
  assert.equal(conversion.protectedSpans, 1);
});

/** One piece of a generated document: a damage family applied to a seed sentence. */
const FAMILIES = {
  traditional: (s) => toTraditional(s),
  'utf8-as-gbk': (s) => gbk(s),
  'utf8-as-latin1': (s) => latin1(s),
  'utf8-as-latin1 twice': (s) => latin1(latin1(s)),
  'replacement-char': () => '\ufffd\ufffd',
  '锟斤拷': () => '锟斤拷锟斤拷',
  'pinyin-annotation': () => '經(jīng)開(kāi)區(qū)',
  'question-marks indent': () => '\n??',
  'question-marks lost': () => '會?議',
  html: () => '&nbsp;<br>',
  'control-chars': () => '\u200b\u0007',
};

function documentOf(pieces) {
  return pieces.map(({ family, i, nl }) => FAMILIES[family](sentences[i % sentences.length]) + (nl ? '\n' : '')).join('');
}

test('every family, mixed into traditional text: convert then fix-all = fix-all then convert', () => {
  for (const family of Object.keys(FAMILIES)) {
    const text = documentOf([
      { family: 'traditional', i: 3, nl: true },
      { family, i: 5, nl: false },
      { family: 'traditional', i: 7, nl: false },
      { family, i: 9, nl: true },
      { family: 'traditional', i: 11, nl: true },
    ]);
    assert.equal(fixAll(convert(text)), convert(fixAll(text)), family);
  }
});

test('property: random spans of every family: convert∘fix = fix∘convert; edits never touch protected spans; twice = once; BOM and CRLF kept', () => {
  const piece = fc.record({ family: fc.constantFrom(...Object.keys(FAMILIES)), i: fc.nat(1000), nl: fc.boolean() });
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.boolean(), fc.boolean(), (pieces, bom, crlf) => {
      let text = documentOf(pieces);
      if (crlf) text = text.replace(/\n/g, '\r\n');
      if (bom) text = '\ufeff' + text;
      const protection = protectionOf(text);
      const { edits } = convertToSimplified(text, T, protection);
      for (const e of edits) {
        for (const p of protection.spans) assert.ok(e.end <= p.start || e.start >= p.end, `edit ${JSON.stringify(e)} touches ${JSON.stringify(p)}`);
        assert.ok(!/[\r\n\ufeff]/.test(text.slice(e.start, e.end)), 'line endings and BOM untouched');
      }
      const once = applyEdits(text, edits);
      assert.equal(convert(once), once, 'converting twice = once');
      assert.equal(fixAll(once), convert(fixAll(text)));
    }),
    { numRuns: 200 },
  );
});
