// Turning codes off may skip their detectors (the command line turns off what is below its
// --min-severity), but never changes which findings are shown: a finding only hides findings of
// codes after its own, so only detectors whose code and every later code are off are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seed } from './helpers.mjs';

const { DAMAGE_CODES, DEFAULT_DAMAGE_SETTINGS } = core;

function reference(text, model, severity) {
  // Every detector, then the codes that are off filtered out.
  return core.detectDamage({ text, model, options: { indent: DEFAULT_DAMAGE_SETTINGS.questionMarkIndent === 'remove' ? '' : '　　' } }).filter((f) => severity[f.code] !== 'off');
}

const summary = (findings) => findings.map((f) => `${f.code}@${f.start}-${f.end}`);

test('with any codes off, the findings shown are those of all detectors, filtered', () => {
  const texts = ['000', '001', '002', '003', '004'].map((p) => seed(p).text);
  // Chrome around a style problem, and a half-width comma between Chinese characters.
  texts.push('首页 > 新闻中心 \n版权所有 ICP备12345号\n区委常委会召开会议,研究部署工作。会议指出,要坚持问题导向。  \n');
  const offs = [[], ['cleanup.halfwidth-punctuation'], ['cleanup.boilerplate'], ['cleanup.whitespace', 'cleanup.halfwidth-punctuation'], ['cleanup.boilerplate', 'cleanup.whitespace', 'cleanup.halfwidth-punctuation'], ['mojibake.pinyin-annotation'], DAMAGE_CODES.slice(1)];
  for (const off of offs) {
    const severity = { ...DEFAULT_DAMAGE_SETTINGS.severity };
    for (const c of off) severity[c] = 'off';
    const settings = { ...DEFAULT_DAMAGE_SETTINGS, severity };
    texts.forEach((text, i) => {
      const d = doc(text, { uri: `file:///t${i}-${off.length}.txt` });
      const model = core.buildReportModel(d);
      assert.deepEqual(summary(core.enabledFindings(d, model, settings)), summary(reference(text, model, severity)), `text ${i}, off: ${off.join(' ') || 'none'}`);
    });
  }
  // The case the command line relies on: the hints off, and the text does have some.
  const last = texts[texts.length - 1];
  assert.ok(core.detectDamage({ text: last, model: core.buildReportModel(doc(last)), options: { indent: '　　' } }).some((f) => f.code === 'cleanup.halfwidth-punctuation'));
});
