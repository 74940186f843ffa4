// The Corpus Overview's figures (service.corpusOverview, issue 17): meetings per month and kind of
// body, the bodies, the officials' titled marks and damage per family, on the seeds and on a
// generated corpus; filters by body, time span and script; the count-once hook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, doc, ROOT } from './helpers.mjs';
import { benchCorpus } from '../duplicates/make-corpus.mjs';

const service = core.createLanguageService();
const seedDocs = readdirSync(join(ROOT, 'seeds')).sort().map((f) => doc(readFileSync(join(ROOT, 'seeds', f), 'utf8'), { uri: `file:///seeds/${f}` }));
const seeds = seedDocs.map((d) => service.summarize(d));
const family = (code) => code.split('.')[0];

test('seeds: 8 meetings, one dated (January 2021, a party committee), seven without a year', () => {
  const o = service.corpusOverview(seeds);
  assert.equal(o.reports, 5);
  assert.equal(o.meetings, 8);
  assert.equal(o.undated, 7);
  assert.deepEqual(o.months.map((m) => [m.month, m.kind, m.count]), [['2021-01', 'party', 1]]);
  assert.match(o.months[0].at.uri, /003_/);
  assert.deepEqual(o.choices, { bodies: o.choices.bodies, first: '2021-01-11', last: '2021-01-11' });
});

test('seeds: the bodies table, with kinds, dates and chairs', () => {
  const o = service.corpusOverview(seeds);
  const rows = Object.fromEntries(o.bodies.map((b) => [b.body, [b.kind, b.count, b.first, b.last, b.chair]]));
  assert.equal(o.bodies.length, 8);
  assert.deepEqual(rows['贾汪区委常委会'], ['party', 1, '2021-01-11', '2021-01-11', '杨明']);
  assert.deepEqual(rows['区政府常务会议'], ['government', 1, '', '', '高金全']);
  assert.deepEqual(rows['区委理论学习中心组学习会'], ['study', 1, '', '', '汤洁']);
  assert.deepEqual(rows['经开区党工委会议'], ['party', 1, '', '', '王俊岭']);
  assert.equal(o.bodies.reduce((n, b) => n + b.count, 0), 8);
});

test('seeds: 汤洁 has a mark per meeting, titled 区委书记, at her first mention there', () => {
  const o = service.corpusOverview(seeds);
  const tang = o.officials.find((x) => x.name === '汤洁');
  assert.ok(tang, o.officials.map((x) => x.name).join());
  assert.equal(tang.meetings, 3);
  assert.deepEqual(tang.titles, ['区委书记']);
  assert.deepEqual(tang.marks.map((m) => [m.date, m.writtenMonth, m.title]).sort(), [['10月13日晚', 10, '区委书记'], ['10月21日上午', 10, '区委书记'], ['10月8日下午', 10, '区委书记']]);
  const text = seedDocs[0].getText();
  for (const m of tang.marks) {
    assert.match(m.at.uri, /000_/);
    const d = seedDocs[0];
    assert.equal(text.slice(d.offsetAt(m.at.range.start), d.offsetAt(m.at.range.end)), '汤洁');
  }
  // The most frequent first: nobody below has more meetings than someone above.
  for (let i = 1; i < o.officials.length; i++) assert.ok(o.officials[i - 1].meetings >= o.officials[i].meetings);
});

test('seeds: damage per family is what the diagnostics show, and the files with most come first', () => {
  const o = service.corpusOverview(seeds);
  const shown = {};
  const perFile = [];
  for (const d of seedDocs) {
    let n = 0;
    // Every finding, as the diagnostics give them with grouping per paragraph off.
    for (const g of service.diagnostics(d, core.resolveSettings({ diagnostics: { groupPerParagraph: 0 } }))) {
      if (!core.isDamageCode(g.code)) continue;
      shown[family(g.code)] = (shown[family(g.code)] ?? 0) + 1;
      n++;
    }
    if (n) perFile.push([d.uri, n]);
  }
  assert.deepEqual(Object.fromEntries(o.damage.map((f) => [f.family, f.count])), shown);
  assert.deepEqual(Object.keys(shown).sort(), ['cleanup', 'mojibake']);
  assert.equal(o.damage.find((f) => f.family === 'mojibake').files, 2);
  assert.deepEqual(o.files.map((f) => [f.uri, f.findings]), perFile.sort((a, b) => b[1] - a[1]));
});

test('seeds: filters by script, body and time span', () => {
  const traditional = service.corpusOverview(seeds, { filter: { script: 'traditional' } });
  assert.deepEqual([traditional.reports, traditional.meetings], [3, 3]);
  assert.ok(!traditional.officials.some((x) => x.name === '汤洁'));
  const body = service.corpusOverview(seeds, { filter: { body: '贾汪区委常委会' } });
  assert.deepEqual([body.reports, body.meetings, body.bodies.map((b) => b.body)], [1, 1, ['贾汪区委常委会']]);
  assert.deepEqual(body.officials.map((x) => x.name), ['杨明']);
  const span = service.corpusOverview(seeds, { filter: { from: '2021-01', to: '2021-12' } });
  assert.deepEqual([span.meetings, span.undated], [1, 0]);
  assert.equal(service.corpusOverview(seeds, { filter: { from: '2021-02' } }).meetings, 0);
  // The filter choices stay those of the whole corpus.
  assert.equal(span.choices.bodies.length, 8);
});

test('count once: meetings mapped to one key are counted once', () => {
  const key = (summary, i) => (summary.uri.includes('000_') ? 'same' : `${summary.uri}#${i}`);
  const o = service.corpusOverview(seeds, { meetingKey: key });
  assert.equal(o.meetings, 5);
  // 汤洁's three meetings of seed 000 are one now.
  assert.equal(o.officials.find((x) => x.name === '汤洁').meetings, 1);
});

test('a generated corpus: the figures add up to what the summaries hold', () => {
  const files = benchCorpus({ reports: 240 });
  const docs = files.map((f) => doc(f.text, { uri: `file:///c/${f.name}` }));
  const summaries = docs.map((d) => service.summarize(d)).filter(Boolean);
  const all = summaries.flatMap((s) => s.meetings);
  const o = service.corpusOverview(summaries);
  assert.equal(o.meetings, all.length);
  assert.ok(o.months.length > 3, `months: ${o.months.length}`);
  const perMonth = {};
  for (const m of all) if (/^\d{4}-\d{2}/.test(m.iso)) perMonth[`${m.iso.slice(0, 7)} ${m.kind}`] = (perMonth[`${m.iso.slice(0, 7)} ${m.kind}`] ?? 0) + 1;
  assert.deepEqual(Object.fromEntries(o.months.map((m) => [`${m.month} ${m.kind}`, m.count])), perMonth);
  assert.equal(o.undated, all.filter((m) => !/^\d{4}-\d{2}/.test(m.iso)).length);
  assert.equal(o.bodies.reduce((n, b) => n + b.count, 0), all.length);

  // Officials: the same meeting counts as the Officials view's.
  const listed = Object.fromEntries(service.officials(summaries).map((x) => [x.name, x.meetingCount]));
  for (const x of o.officials) assert.equal(x.meetings, listed[x.name], x.name);
  assert.equal(o.officials.length, 10);

  // Scripts partition the corpus; a year's span holds that year's meetings.
  const simplified = service.corpusOverview(summaries, { filter: { script: 'simplified' } });
  const traditional = service.corpusOverview(summaries, { filter: { script: 'traditional' } });
  assert.ok(traditional.meetings > 0);
  assert.equal(simplified.meetings + traditional.meetings, o.meetings);
  const year = o.months[0].month.slice(0, 4);
  const inYear = all.filter((m) => m.iso.startsWith(year)).length;
  assert.equal(service.corpusOverview(summaries, { filter: { from: `${year}-01`, to: `${year}-12` } }).meetings, inYear);

  // Damage: per family, the sum over the files.
  const total = {};
  for (const s of summaries) for (const [code, n] of Object.entries(s.findings)) total[family(code)] = (total[family(code)] ?? 0) + n;
  assert.deepEqual(Object.fromEntries(o.damage.map((f) => [f.family, f.count])), total);

  // Count once: with the generator's truth (a copy has its source's key), each source meeting once.
  const truth = new Map(files.map((f, i) => [docs[i].uri, f.keys]));
  const key = (s, i) => truth.get(s.uri)?.[i] ?? `${s.uri}#${i}`;
  const keys = new Set(summaries.flatMap((s) => s.meetings.map((_, i) => key(s, i))));
  assert.ok(keys.size < all.length);
  assert.equal(service.corpusOverview(summaries, { meetingKey: key }).meetings, keys.size);
});
