// Fix-all on the seeds and on random damaged texts: exact results, nothing outside the findings
// touched, line endings and BOM kept, and applying it twice gives the text of applying it once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core, doc, seedDoc } from './helpers.mjs';

const S = core.DEFAULT_DAMAGE_SETTINGS;
function fixAllOf(text, settings = S) {
  const d = doc(text, { languageId: 'meeting-report' });
  return core.applyEdits(text, core.fixAllRepairs(d, core.buildReportModel(d), settings));
}

test('seed 001: fix-all restores the indents, removes every annotation, and changes nothing else', () => {
  const text = seedDoc('001').getText();
  const expected = text.replace(/^\?\?\?\?/gm, '　　').replace(/(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g, '');
  assert.equal(fixAllOf(text), expected);
  // The residue of a character whose bytes were lost stays (flagged, not guessed).
  assert.ok(expected.includes('表?yè)P(yáng)大會'));
});

test('seed 001 with huiyi.repair.questionMarkIndent = "remove"', () => {
  const text = seedDoc('001').getText();
  const settings = core.resolveDamageSettings({ repair: { questionMarkIndent: 'remove' } });
  assert.ok(fixAllOf(text, settings).startsWith('8月26日,經開區召開第241次黨工委會議。'));
});

test('seed 002: fix-all removes all 307 annotations', () => {
  const text = seedDoc('002').getText();
  const fixed = fixAllOf(text);
  assert.equal(text.length - fixed.length, [...text.matchAll(/(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g)].reduce((n, m) => n + m[0].length, 0));
  assert.doesNotMatch(fixed, /\([a-zü\u00e0-\u01dc]+\)/);
});

test('CRLF and BOM: fix-all keeps both', () => {
  const text = '\ufeff????會(huì)議傳(chuán)達(dá)學(xué)習(xí)。  \r\n????區(qū)委書記主持。\r\n';
  assert.equal(fixAllOf(text), '\ufeff　　會議傳達學習。\r\n　　區委書記主持。\r\n');
});

test('a disabled code is neither reported nor fixed', () => {
  const text = seedDoc('001').getText();
  const settings = core.resolveDamageSettings({ diagnostics: { severity: { 'mojibake.pinyin-annotation': 'off' } } });
  const fixed = fixAllOf(text, settings);
  assert.ok(fixed.includes('經(jīng)開區(qū)'));
  assert.ok(fixed.startsWith('　　8月26日'));
});

// Random texts from pieces that clean reports and damaged ones are made of.
const PIECES = [
  '会议', '召开', '經(jīng)', '區(qū)', '會(huì)', '議', '????', '??', '?', ' ', '  ', '\u00a0', '\u3000', '，', ',', '(', ')', '(PPP)',
  '\n', '\r\n', '\t', '&nbsp;', '&ldquo;', '<br>', '\u200b', '\ufeff', '\ue000', 'ä¸­å›½', '鍖哄煙缁忔祹', '\ufffd', '锟斤拷',
  'What? ', 'é', 'Ã', '表?yè)P(yáng)', '　　', '。', '8月26日',
];
const damagedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

test('property: fix-all twice equals fix-all once', () => {
  fc.assert(
    fc.property(damagedText, (text) => {
      const once = fixAllOf(text);
      assert.equal(fixAllOf(once), once);
    }),
    { numRuns: 400 },
  );
});

test('property: repairs stay inside findings and keep line endings and the BOM', () => {
  fc.assert(
    fc.property(damagedText, fc.boolean(), (body, bom) => {
      const text = (bom ? '\ufeff' : '') + body;
      const d = doc(text, { languageId: 'meeting-report' });
      const model = core.buildReportModel(d);
      const repairs = core.fixAllRepairs(d, model, S);
      for (let k = 1; k < repairs.length; k++) assert.ok(repairs[k - 1].end <= repairs[k].start, 'edits do not overlap');
      const fixed = core.applyEdits(text, repairs);
      if (bom) assert.equal(fixed[0], '\ufeff');
      const endings = (s) => s.match(/\r\n|\r|\n/g)?.join('') ?? '';
      assert.equal(endings(fixed), endings(text));
    }),
    { numRuns: 300 },
  );
});

test('property: random Unicode never crashes the detectors', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const found = core.detectDamage({ text, options: { indent: 'fullwidth' } });
      for (const f of found) assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length);
    }),
    { numRuns: 300 },
  );
});
