// A language service owns its state: the vocabulary of its settings and the names its segmenter
// learns belong to it, not to the process (the CLI's workers and the index workers each make one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seedDoc } from './helpers.mjs';

/** A segmenter that cuts nothing (the vocabulary decides) and records what it is taught. */
function recording() {
  const taught = [];
  return { taught, cut: () => [], insertWord: (w) => void taught.push(w) };
}

test('each service teaches its own segmenter the names it finds, once each', () => {
  const a = recording();
  const b = recording();
  const first = core.createLanguageService({ segmenter: a });
  core.createLanguageService({ segmenter: b });
  const vocabularyWords = b.taught.length;
  assert.ok(vocabularyWords > 100, 'the vocabulary\'s titles and prefixes are taught');
  assert.ok(!b.taught.includes('汤洁'));
  first.analyse(seedDoc('000'));
  first.analyse(seedDoc('000', { version: 2 }));
  assert.equal(a.taught.filter((w) => w === '汤洁').length, 1);
  assert.equal(b.taught.length, vocabularyWords, 'the other service learned nothing');
});

test('a service configured with other officials settings leaves other services\' models alone', () => {
  const text = '6月1日，县委召开会议。县委首席顾问龙傲天出席会议。\n会议听取了甘露的汇报。';
  const report = (version) => doc(text, { languageId: 'meeting-report', version });
  const plain = core.createLanguageService();
  assert.deepEqual(plain.analyse(report(1)).model.officials.map((o) => o.name), []);
  const configured = core.createLanguageService();
  configured.configure(core.resolveSettings({ officials: { titles: ['首席顾问'], names: ['甘露'], ignore: [] } }));
  assert.deepEqual(configured.analyse(report(1)).model.officials.map((o) => o.name), ['龙傲天', '甘露']);
  // A model built outside any service does not see that service's settings…
  assert.deepEqual(core.buildReportModel(report(2)).officials.map((o) => o.name), []);
  // …nor does another service, and the configured one keeps them.
  assert.deepEqual(plain.analyse(report(3)).model.officials.map((o) => o.name), []);
  assert.deepEqual(configured.analyse(report(4)).model.officials.map((o) => o.name), ['龙傲天', '甘露']);
});
