// Officials extraction measured against hand-written gold annotations (test/fixtures/officials-gold):
// precision and recall of names and of (name, title) pairs, with and without nodejieba.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, doc, ROOT, seedDoc } from './helpers.mjs';

const GOLD = join(ROOT, 'test/fixtures/officials-gold');

function golds() {
  return readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort().map((f) => ({ id: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(GOLD, f), 'utf8')) }));
}

/** Precision and recall over the whole gold set (models from `service`); `errors` lists what differs, per file. */
export function score(service = core.createLanguageService()) {
  const count = { names: { tp: 0, fp: 0, fn: 0 }, pairs: { tp: 0, fp: 0, fn: 0 } };
  const errors = [];
  for (const g of golds()) {
    const model = service.buildModel(doc(readFileSync(join(ROOT, g.file), 'utf8'), { uri: `file:///gold/${g.id}.txt` }));
    const got = new Map(model.officials.map((o) => [o.name, o.titles.map((t) => t.normalized)]));
    const want = new Map(g.officials.map((o) => [o.name, o.titles]));
    const pairs = (m) => new Set([...m].flatMap(([n, ts]) => ts.map((t) => `${n}|${t}`)));
    const compare = (gotSet, wantSet, c) => {
      for (const x of gotSet) if (wantSet.has(x)) c.tp++; else (c.fp++, errors.push(`${g.id}: extra ${x}`));
      for (const x of wantSet) if (!gotSet.has(x)) (c.fn++, errors.push(`${g.id}: missed ${x}`));
    };
    compare(new Set(got.keys()), new Set(want.keys()), count.names);
    compare(pairs(got), pairs(want), count.pairs);
  }
  const pr = (c) => ({ precision: c.tp / (c.tp + c.fp), recall: c.tp / (c.tp + c.fn) });
  return { names: pr(count.names), pairs: pr(count.pairs), errors, files: golds().length };
}

test('the gold set covers the five seeds and at least ten written reports', () => {
  const ids = golds().map((g) => g.id);
  assert.equal(ids.filter((id) => id.startsWith('seed-')).length, 5);
  assert.ok(ids.filter((id) => !id.startsWith('seed-')).length >= 10);
});

for (const segmenter of ['vocabulary alone', 'nodejieba']) {
  test(`names and (name, title) pairs: precision and recall ≥ 0.95 (${segmenter})`, () => {
    const s = score(core.createLanguageService({ segmenter: segmenter === 'nodejieba' ? core.loadJiebaSegmenter() : undefined }));
    const report = `names P=${s.names.precision.toFixed(3)} R=${s.names.recall.toFixed(3)}; pairs P=${s.pairs.precision.toFixed(3)} R=${s.pairs.recall.toFixed(3)}\n${s.errors.join('\n')}`;
    for (const v of [s.names.precision, s.names.recall, s.pairs.precision, s.pairs.recall]) assert.ok(v >= 0.95, report);
  });
}

test('seed 000 yields exactly the officials of the issue, titles as written', () => {
  const model = core.buildReportModel(seedDoc('000'));
  const table = model.officials.map((o) => [o.name, o.titles.map((t) => t.text)]);
  const leaders = ['徐杰', '蔡升', '芮弢', '陈红', '张景新', '管迎悦', '马健', '程晋淼'].map((n) => [n, ['区领导']]);
  const expected = new Map([
    ['汤洁', ['区委书记']],
    ['胡汪兴', ['区委常委', '常务副区长']],
    ['陈彦臣', ['区委副书记', '区双拥工作领导小组常务副组长']],
    ['朱杰', ['区委副书记', '区长', '区双拥工作领导小组组长']],
    ['李冰', ['区委常委', '区人武部政委', '区双拥工作领导小组副组长']],
    ['陈福建', ['区领导', '区政府副区长', '区双拥工作领导小组副组长']],
    ...leaders,
    ['任泽锋', []],
    ['习近平', ['总书记']],
  ]);
  assert.deepEqual(new Map(table), expected);
  assert.equal(table.length, expected.size);
});

test('traditional and simplified spellings are one official (王俊嶺 = 王俊岭), titles as written', () => {
  const model = core.buildReportModel(seedDoc('001'));
  const wang = model.officials.find((o) => o.name === '王俊岭');
  assert.deepEqual(wang.spellings, ['王俊嶺']);
  assert.deepEqual(wang.titles.map((t) => [t.text, t.normalized]), [['黨工委書記', '党工委书记']]);
  assert.equal(wang.mentions.length, 4);
  const mixed = core.buildReportModel(doc('5月1日，区委召开会议。区委书记王俊嶺主持会议。\n王俊岭强调，要抓落实。'));
  assert.deepEqual(mixed.officials.map((o) => [o.name, o.spellings, o.mentions.length]), [['王俊岭', ['王俊嶺', '王俊岭'], 2]]);
});

test('roles per meeting: chair, speaker, attendee, presenter', () => {
  const m = core.buildReportModel(seedDoc('000')).meetings;
  const names = (list) => list.map((p) => p.text);
  assert.deepEqual(names(m[0].chairs), ['胡汪兴']);
  assert.deepEqual(names(m[0].attendees), ['汤洁', '陈彦臣', '徐杰', '蔡升']);
  assert.deepEqual(names(m[0].speakers), ['汤洁']);
  assert.deepEqual(names(m[2].presenters), ['陈红']);
  assert.deepEqual(names(m[3].speakers), ['朱杰', '陈彦臣']);
  assert.deepEqual(names(m[3].attendees), ['朱杰', '李冰', '陈福建']);
});

test('a name ends where a following word begins, whatever its length (朱杰出席 · 程晋淼参加 · 江成与会)', () => {
  const text = '6月1日，县委召开会议。县委书记朱杰出席会议。县长程晋淼参加会议。县委党组书记江成与会。';
  const names = core.buildReportModel(doc(text)).officials.map((o) => o.name);
  assert.deepEqual(names, ['朱杰', '程晋淼', '江成']);
});

test('settings add names and titles and ignore false ones, in the service configured with them only', () => {
  const text = '6月1日，县委召开会议。县委首席顾问龙傲天出席会议。\n会议听取了甘露的汇报。';
  const officials = (extras) => core.officialsContext(extras);
  const names = (cx, uri) => core.buildReportModel(doc(text, { uri }), cx).officials.map((o) => o.name);
  assert.deepEqual(names(officials({}), 'file:///s1.txt'), []);
  const added = officials({ titles: ['首席顾问'], names: ['甘露'], ignore: [] });
  assert.deepEqual(names(added, 'file:///s2.txt'), ['龙傲天', '甘露']);
  assert.deepEqual(names(officials({ titles: ['首席顾问'], names: ['甘露'], ignore: ['龙傲天'] }), 'file:///s3.txt'), ['甘露']);
  // Two services, two vocabularies: neither changes what the other finds.
  const plain = core.createLanguageService();
  const configured = core.createLanguageService();
  configured.configure(core.resolveSettings({ officials: { titles: ['首席顾问'], names: ['甘露'] } }));
  const d = doc(text, { uri: 'file:///s4.txt', languageId: 'meeting-report' });
  assert.deepEqual(configured.analyse(d).model.officials.map((o) => o.name), ['龙傲天', '甘露']);
  assert.deepEqual(plain.analyse(d).model.officials.map((o) => o.name), []);
  assert.deepEqual(configured.analyse(d).model.officials.map((o) => o.name), ['龙傲天', '甘露']);
  assert.deepEqual(names(added, 'file:///s5.txt'), ['龙傲天', '甘露']);
});
