// The command line installs nodejieba lazily: it is loaded only when a name's boundary needs the
// segmenter, and names taught before then still count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { core } from './helpers.mjs';

const require = createRequire(import.meta.url);
const jiebaLoaded = () => Object.keys(require.cache).some((path) => path.includes('nodejieba'));

test('nodejieba loads at the first cut, not before, and keeps the names taught before it loaded', () => {
  const segmenter = core.lazyJiebaSegmenter();
  segmenter.insertWord('钱辉跃'); // untaught, nodejieba cuts it 钱辉/跃
  assert.equal(jiebaLoaded(), false, 'nodejieba loaded before it was needed');
  // Extracting the officials of a report whose names the vocabulary settles does not load it.
  const service = core.createLanguageService({ segmenter });
  const text = '区委书记汤洁主持召开区委常委会。区委副书记、区长朱杰出席会议。';
  const model = service.buildModel({ uri: 'file:///r.txt', version: 1, getText: () => text, positionAt: () => ({ line: 0, character: 0 }), offsetAt: () => 0 });
  assert.deepEqual(model.officials.map((o) => o.name).sort(), ['朱杰', '汤洁'].sort());
  assert.equal(jiebaLoaded(), false, 'nodejieba loaded for a report that did not need it');
  const words = segmenter.cut('钱辉跃主持会议');
  assert.equal(jiebaLoaded(), true);
  assert.equal(words[0], '钱辉跃', `the taught name was split: ${words.join('/')}`);
  assert.equal(words.join(''), '钱辉跃主持会议');
});
