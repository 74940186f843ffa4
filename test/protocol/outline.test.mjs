// The outline of every seed, as a real LSP client over stdio receives it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { SEEDS, seedPath, startServer } from './lsp-client.mjs';

const EXPECTED = {
  '000': { dates: ['10月13日晚', '10月21日上午', '10月8日下午', '10月21日下午'], chairs: ['胡汪兴', '汤洁', '汤洁', '陈彦臣'] },
  '001': { dates: ['8月26日'], chairs: ['王俊嶺'] },
  '002': { dates: ['日前'], chairs: ['高金全'] },
  '003': { dates: ['1月11日下午 (2021-01-11)'], chairs: ['杨明'] },
  '004': { dates: ['8月14日'], chairs: ['丁立新'] },
};

describe('outline over LSP (dist/server.js --stdio)', () => {
  let server;
  const outlines = {};
  before(async () => {
    server = await startServer({ workspaceFolders: [pathToFileURL(SEEDS).href] });
    for (const seed of Object.keys(EXPECTED)) {
      const uri = await server.openFile(seedPath(seed));
      outlines[seed] = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    }
  });
  after(() => server.stop());

  for (const [seed, expected] of Object.entries(EXPECTED)) {
    test(`seed ${seed}: ${expected.dates.length} meeting(s) with their dates and chairs`, () => {
      const meetings = outlines[seed].filter((s) => s.kind === SymbolKind.Event);
      assert.equal(meetings.length, expected.dates.length);
      assert.deepEqual(
        meetings.map((m) => m.detail),
        expected.dates.map((d, i) => `${d} · chair: ${expected.chairs[i]}`),
      );
    });
  }

  test('seed 000: meetings are named by headline, or by the name in the opening sentence', () => {
    const names = outlines['000'].filter((s) => s.kind === SymbolKind.Event).map((m) => m.name);
    assert.deepEqual(names, [
      '八公山区招商引资、重点项目建设调度会',
      '区委理论学习中心组学习会议召开',
      '全区文明创建工作调度会召开',
      '八公山区召开双拥工作领导小组（扩大）会暨创建全省双拥模范城推进会',
    ]);
  });

  test('seed 003: header and footer chrome are top-level symbols that are not meetings', () => {
    const top = outlines['003'];
    assert.equal(top.length, 3);
    assert.notEqual(top[0].kind, SymbolKind.Event);
    assert.equal(top[0].name, 'web page header');
    assert.equal(top[1].kind, SymbolKind.Event);
    assert.notEqual(top[2].kind, SymbolKind.Event);
    assert.equal(top[2].name, 'web page footer');
    assert.equal(top[0].range.start.line, 0);
    assert.equal(top[2].range.start.line, 29);
  });

  test('seed 004: four agenda items, each with 指出/强调 statements and their 要… points', () => {
    const [meeting] = outlines['004'].filter((s) => s.kind === SymbolKind.Event);
    const items = meeting.children.filter((c) => c.kind === SymbolKind.Method);
    assert.equal(items.length, 4);
    for (const item of items) {
      const statements = item.children.filter((c) => c.kind === SymbolKind.String);
      assert.ok(statements.length >= 1, `${item.name} has statements`);
      assert.ok(statements.every((s) => /^會議(指出|強調)$/.test(s.name)), statements.map((s) => s.name).join());
    }
    const points = items[0].children.find((s) => s.name === '會議強調').children.map((p) => p.name);
    assert.deepEqual(points, ['要以更高站位強化黨管武裝', '要以更高要求提升應戰能力', '要以更強保障做好擁軍優屬', '要以更實舉措推進軍民融合發展']);
  });

  test('every child lies within its parent, and selection ranges lie within ranges', () => {
    const before = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    const inside = (inner, outer) => before(outer.start, inner.start) && before(inner.end, outer.end);
    const check = (symbols, parent) => {
      for (const s of symbols) {
        assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection inside range`);
        if (parent) assert.ok(inside(s.range, parent.range), `${s.name} inside ${parent.name}`);
        check(s.children ?? [], s);
      }
    };
    for (const outline of Object.values(outlines)) check(outline);
  });

  test('a client in Simplified Chinese gets the outline in Chinese', async () => {
    const zh = await startServer({ locale: 'zh-cn' });
    const uri = await zh.openFile(seedPath('003'));
    const top = await zh.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(top.map((s) => s.name.slice(0, 4)), ['网页页眉', '杨明主持', '网页页脚']);
    assert.equal(top[1].detail, '1月11日下午 (2021-01-11) · 杨明 主持');
    await zh.stop();
  });

  test('workspace symbols find meetings by name, date and chair, in either script', async () => {
    const find = async (query) => {
      for (let i = 0; i < 100; i++) {
        const result = await server.request('workspace/symbol', { query });
        if (result.length) return result;
        await new Promise((r) => setTimeout(r, 50));
      }
      return [];
    };
    const byChair = await find('汤洁');
    assert.equal(byChair.length, 2);
    assert.ok(byChair.every((s) => s.location.uri.endsWith('000_afaa12a064718efa.txt')));
    const byDate = await find('2021-01-11');
    assert.deepEqual(byDate.map((s) => s.name), ['杨明主持召开中共贾汪区委常委会(扩大)会议']);
    const simplified = await find('王俊岭');
    assert.equal(simplified.length, 1);
    assert.match(simplified[0].location.uri, /001_/);
  });
});
