// Workspace symbols through the language service: meetings by name, date and chair, in either script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, seedDoc } from './service-helpers.mjs';

const service = core.createLanguageService();
const seeds = ['000', '001', '002', '003', '004'].map((s) => seedDoc(s));
const entries = seeds.flatMap((d) => service.summarize(d)?.meetings.map((m) => m.entry) ?? []);
const find = (query) => service.workspaceSymbols(entries, query);

test('by chair: 汤洁 chairs two meetings, both in seed 000', () => {
  const found = find('汤洁');
  assert.equal(found.length, 2);
  assert.ok(found.every((s) => s.location.uri.endsWith('000_afaa12a064718efa.txt')));
});

test('by ISO date: 2021-01-11 is seed 003\'s standing committee meeting', () => {
  // The name carries what people search by (VS Code filters symbols by their name): date, ISO date, name, chair.
  assert.deepEqual(find('2021-01-11').map((s) => s.name), ['1月11日下午 (2021-01-11) 杨明主持召开中共贾汪区委常委会(扩大)会议 · 杨明']);
});

test('by name: part of a meeting\'s name finds it', () => {
  const found = find('双拥');
  assert.ok(found.some((s) => s.name.includes('双拥工作领导小组') && s.location.uri.endsWith('000_afaa12a064718efa.txt')));
});

test('either script: 王俊岭 (simplified) finds seed 001\'s 王俊嶺', () => {
  const found = find('王俊岭');
  assert.equal(found.length, 1);
  assert.match(found[0].location.uri, /001_/);
  assert.deepEqual(find('王俊嶺').map((s) => s.location.uri), found.map((s) => s.location.uri));
});

test('a query nothing matches finds nothing', () => {
  assert.deepEqual(find('不存在的会议名称'), []);
});
