// The outline (document symbols) through the language service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seedDoc } from './service-helpers.mjs';

const EVENT = 24;
const service = core.createLanguageService();

test('seed 000: four meetings, each with its date, in text order', () => {
  const meetings = service.documentSymbols(seedDoc('000')).filter((s) => s.kind === EVENT);
  assert.equal(meetings.length, 4);
  const dates = ['10月13日晚', '10月21日上午', '10月8日下午', '10月21日下午'];
  meetings.forEach((m, i) => assert.ok(m.detail.includes(dates[i]), `${m.detail} shows ${dates[i]}`));
  assert.deepEqual(meetings.map((m) => m.range.start.line), [0, 7, 15, 24]);
});

test('seed 003: the web page header and footer are symbols of their own around the meeting', () => {
  const top = service.documentSymbols(seedDoc('003'));
  assert.deepEqual(top.map((s) => s.kind === EVENT), [false, true, false]);
  assert.deepEqual(top.map((s) => [s.range.start.line, s.range.end.line]), [[0, 1], [2, 27], [29, 35]]);
});

test('every child symbol lies inside its parent', () => {
  const before = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const inside = (inner, outer) => before(outer.start, inner.start) && before(inner.end, outer.end);
  const check = (symbols, parent) => {
    for (const s of symbols) {
      assert.ok(inside(s.selectionRange, s.range), s.name);
      if (parent) assert.ok(inside(s.range, parent.range), `${s.name} inside ${parent.name}`);
      check(s.children ?? [], s);
    }
  };
  for (const seed of ['000', '001', '002', '003', '004']) check(service.documentSymbols(seedDoc(seed)));
});

test('a text that is no meeting report has no outline', () => {
  assert.deepEqual(service.documentSymbols(doc('Shopping list:\n- milk\n- eggs\n')), []);
});

test('the outline follows the document as it changes (a new version is analysed again)', () => {
  const first = seedDoc('000');
  const text = first.getText();
  const cut = text.indexOf('区委理论学习中心组学习会议召开');
  const shorter = doc(text.slice(0, cut), { uri: first.uri, version: 2 });
  assert.equal(service.documentSymbols(first).filter((s) => s.kind === EVENT).length, 4);
  assert.equal(service.documentSymbols(shorter).filter((s) => s.kind === EVENT).length, 1);
});
