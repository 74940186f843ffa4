// Traditional→simplified conversion on in-memory text: exact edits, protected phrases,
// compatibility ideographs, pinyin, line endings and BOM, idempotence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { core, seed } from './helpers.mjs';

const { convertToSimplified, applyEdits, scriptProfile, DEFAULT_CONVERSION_SETTINGS: T } = core.conversion;
const convert = (text, settings = T) => applyEdits(text, convertToSimplified(text, settings).edits);
const jsT2s = OpenCC.Converter({ from: 't', to: 'cn' });

test('seed 004: the machine conversion leftovers 后備, 這里 and 干部 come out as OpenCC gives them', () => {
  const { text } = seed('004');
  const out = convert(text);
  assert.ok(out.includes('后备力量'));
  assert.ok(!out.includes('後') && !out.includes('備') && !out.includes('這'));
  assert.ok(out.includes('干部'));
  assert.equal(out, jsT2s(text));
});

test('only changed characters are edited: 這里 gives one edit, on 這', () => {
  const text = '這里是幹部';
  const { edits } = convertToSimplified(text, T);
  assert.deepEqual(edits.map(({ start, end, newText }) => ({ start, end, newText })), [
    { start: 0, end: 1, newText: '这' },
    { start: 3, end: 4, newText: '干' },
  ]);
});

test('protected phrases: 乾安縣 becomes 乾安县, 乾隆 and 乾坤 stay, 乾淨 still becomes 干净', () => {
  assert.equal(convert('乾安縣 乾隆年間 乾坤 乾淨 乾清宮'), '乾安县 乾隆年间 乾坤 干净 乾清宫');
  assert.equal(convertToSimplified('乾安县', T).edits.length, 0);
});

test('a user-added protected phrase is honoured', () => {
  assert.equal(convert('乾城縣'), '干城县');
  assert.equal(convert('乾城縣', { ...T, protectedPhrases: ['乾城'] }), '乾城县');
});

test('著 and 着 follow OpenCC', () => {
  const text = '顯著 著名 看著 著作';
  assert.equal(convert(text), jsT2s(text));
});

test('compatibility ideographs are unified first, then converted', () => {
  // U+F900 豈 → U+8C48 豈 → 岂; U+F9B5 (例) → 例; U+FA0E 﨎 is a unified ideograph and stays.
  assert.equal(convert('\uF900\uF9B5\uFA0E'), '岂例\uFA0E');
});

test('pinyin annotations are removed first: 經(jīng)開區(qū) becomes 经开区', () => {
  assert.equal(convert('經(jīng)開區(qū)召開會議'), '经开区召开会议');
  const { edits } = convertToSimplified('经(jīng)开区', T);
  assert.equal(edits.length, 1);
  assert.equal(edits[0].script, false);
});

test('a report\'s conversion by the language service (annotations from its model) gives the edits a plain conversion gives', () => {
  const text = '會議報道\n經(jīng)開區(qū)召開第241次黨工委會(huì)議(yì)。\n会(huì)议由區(qū)委書記主持。\n';
  const document = { uri: 'file:///p.txt', version: 1, languageId: 'meeting-report', getText: () => text };
  const service = core.createLanguageService();
  const fromService = service.conversion(document);
  assert.deepEqual(fromService.edits, convertToSimplified(text, T).edits);
  assert.equal(applyEdits(text, fromService.edits), '会议报道\n经开区召开第241次党工委会议。\n会议由区委书记主持。\n');
  assert.equal(service.documentScript(document).charactersChanged, scriptProfile(text, T).charactersChanged);
});

test('CRLF and the BOM are kept; nothing outside CJK is touched', () => {
  const text = '\uFEFF會議 ABC 123,\r\n發展觀。\r\n';
  const out = convert(text);
  assert.equal(out, '\uFEFF会议 ABC 123,\r\n发展观。\r\n');
  for (const e of convertToSimplified(text, T).edits) assert.match(text.slice(e.start, e.end), /^[\u4e00-\u9fff]+$/u);
});

test('converting simplified text, or converting twice, changes nothing', () => {
  for (const prefix of ['000', '003']) assert.equal(convertToSimplified(seed(prefix).text, T).edits.length, 0);
  const once = convert(seed('004').text);
  assert.equal(convertToSimplified(once, T).edits.length, 0);
});

test('variants: tw reads Taiwan forms (裡/綫 variants) before converting', () => {
  assert.equal(convert('臺灣的軟體', { ...T, variant: 'twp' }), '台湾的软件');
  assert.equal(convert('臺灣的軟體', T), '台湾的软体');
});

test('script profile: seed 004 is traditional, 000 simplified, both together mixed', () => {
  const profile = (text) => scriptProfile(text, T).script;
  assert.equal(profile(seed('004').text), 'traditional');
  assert.equal(profile(seed('000').text), 'simplified');
  assert.equal(profile(seed('000').text + '\n' + seed('004').text), 'mixed');
});

test('property: edits applied equal OpenCC (opencc-js) on the same text, touch only Han, and are idempotent', () => {
  const alphabet = [...'會議這裡後備幹部乾安縣乾隆發展觀著名看著臺灣經開區的了一是 a1,。\r\n\uFEFF\uF900\uD840\uDC00'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
      const text = chars.join('');
      const { edits } = convertToSimplified(text, { ...T, protectedPhrases: [] });
      const out = applyEdits(text, edits);
      for (const e of edits) assert.ok(!/[\r\n\uFEFF a-z0-9,。]/.test(text.slice(e.start, e.end)), JSON.stringify(e));
      assert.equal(convertToSimplified(out, T).edits.length, 0);
      // Apart from protected phrases, the same as opencc-js's own converter (after unifying compatibility ideographs).
      if (!text.includes('乾')) assert.equal(out, jsT2s(text.replace(/\uF900/g, '\u8C48')));
    }),
    { numRuns: 300 },
  );
});
