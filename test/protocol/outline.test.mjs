// The outline of every seed, as a real LSP client over stdio receives it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { SEEDS, seedPath, seedText, startServer } from './lsp-client.mjs';

const KIND = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name]));

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
    test(`seed ${seed}: ${expected.dates.length} meeting${expected.dates.length === 1 ? '' : 's'} with their dates and chairs`, () => {
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

  const kindNames = (symbols) => symbols.map((s) => `${KIND[s.kind]} ${s.name}`);

  test('seed 004: four agenda items (Namespace), each with the meeting\'s 指出/强调 statements (String) and their 要… points (Field)', () => {
    const [meeting] = outlines['004'].filter((s) => s.kind === SymbolKind.Event);
    const items = meeting.children.filter((c) => c.kind === SymbolKind.Namespace);
    assert.equal(items.length, 4);
    assert.ok(!meeting.children.some((c) => c.kind === SymbolKind.Method), 'no agenda item reads as a "(method)"');
    for (const item of items) {
      const statements = item.children.filter((c) => c.kind === SymbolKind.String);
      assert.ok(statements.length >= 1, `${item.name} has statements`);
      assert.ok(statements.every((s) => /^會議(指出|強調)$/.test(s.name)), statements.map((s) => s.name).join());
    }
    const emphasis = items[0].children.find((s) => s.name === '會議強調');
    assert.deepEqual(emphasis.children.map((p) => `${KIND[p.kind]} ${p.name}`), ['Field 要以更高站位強化黨管武裝', 'Field 要以更高要求提升應戰能力', 'Field 要以更強保障做好擁軍優屬', 'Field 要以更實舉措推進軍民融合發展']);
  });

  test('seed 000: a person\'s statements (汤洁强调) are siblings of the agenda item under the meeting, not inside it', () => {
    const meetings = outlines['000'].filter((s) => s.kind === SymbolKind.Event);
    assert.deepEqual(kindNames(meetings[1].children), [
      'Namespace 会议学习了中办、国办《印发〈关于加强网络文明建设的意见〉的通知》，中共中央保密委…',
      'String 汤洁在讲话中指出',
      'String 汤洁强调',
      'String 汤洁指出',
      'String 汤洁强调',
    ]);
    assert.deepEqual(meetings[1].children[0].children, []);
    // The agenda item's range ends with its own paragraph, before the statements that follow it.
    assert.ok(meetings[1].children[0].range.end.line < meetings[1].children[1].range.start.line);
    assert.deepEqual(kindNames(meetings[0].children), ['Namespace 会议听取了全区1-9月份招商外出情况、招商引资指标完成情况，以及重点招商引资项目…', 'String 汤洁强调']);
    // Seed 001: 王俊嶺強調 ×2 and 王俊嶺要求 between the two agenda items.
    const [m1] = outlines['001'].filter((s) => s.kind === SymbolKind.Event);
    assert.deepEqual(m1.children.map((c) => KIND[c.kind]), ['Namespace', 'String', 'String', 'String', 'Namespace']);
  });

  test('seed 000: a statement\'s 要… sentences are its points, as 004\'s 要… paragraphs are', () => {
    const [first] = outlines['000'].filter((s) => s.kind === SymbolKind.Event);
    const statement = first.children.find((c) => c.name === '汤洁强调');
    assert.deepEqual(kindNames(statement.children), ['Field 要紧紧围绕我区发展定位和“十四五”发展目标', 'Field 要紧盯目标任务', 'Field 要牢固树立责任意识']);
    const text = seedText('000').split('\n');
    for (const p of statement.children) {
      const line = text[p.range.start.line];
      assert.ok(line.slice(p.range.start.character).startsWith(p.name), `${p.name} points at its sentence`);
      assert.ok(line.slice(p.range.start.character, p.range.end.character).endsWith('。'), `${p.name}: the whole sentence`);
    }
  });

  test('seed 003: the seven identical 会议指出/会议强调 rows are told apart by their first words', () => {
    const [meeting] = outlines['003'].filter((s) => s.kind === SymbolKind.Event);
    const statements = meeting.children.filter((c) => c.kind === SymbolKind.String);
    assert.equal(statements.length, 7);
    assert.deepEqual(statements.map((s) => `${s.name} ${s.detail}`), [
      '会议指出 当前国外新冠肺炎疫情加速蔓延',
      '会议强调 开战即决战,开局即冲刺,要力夺首季“开门…',
      '会议指出 要提高政治站位',
      '会议强调 “两会”是全区人民政治生活的一件大事、喜…',
      '会议指出 提交“两会”的各项工作报告',
      '会议指出 2021年是开启全面建设社会主义现代化国…',
      '会议强调 全区上下要认真落实中央、省市委决策部署',
    ]);
    assert.equal(new Set(statements.map((s) => s.detail)).size, 7);
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
    // VS Code filters the answer by each symbol's name alone (its characters in order, within the
    // first 128 or so, after a "$(symbol-event) " icon): the name must hold what was searched for.
    const inOrder = (query, name) => {
      let at = 0;
      for (const ch of query.toLowerCase()) if ((at = name.toLowerCase().indexOf(ch, at) + 1) === 0) return false;
      return true;
    };
    const searched = async (query) => {
      const result = await find(query);
      for (const s of result) {
        assert.ok(inOrder(query, s.name), `"${query}" in order in the name "${s.name}"`);
        assert.ok(s.name.length <= 110, `short name: ${s.name}`);
      }
      return result;
    };
    const byChair = await searched('汤洁');
    assert.equal(byChair.length, 2);
    assert.ok(byChair.every((s) => s.location.uri.endsWith('000_afaa12a064718efa.txt')));
    assert.deepEqual(byChair.map((s) => s.name), ['10月21日上午 区委理论学习中心组学习会议召开 · 汤洁', '10月8日下午 全区文明创建工作调度会召开 · 汤洁']);
    const byDate = await searched('10月21日');
    assert.deepEqual(byDate.map((s) => s.name), ['10月21日上午 区委理论学习中心组学习会议召开 · 汤洁', '10月21日下午 八公山区召开双拥工作领导小组（扩大）会暨创建全省双拥模范城推进会 · 陈彦臣']);
    const byIso = await searched('2021-01-11');
    assert.deepEqual(byIso.map((s) => s.name), ['1月11日下午 (2021-01-11) 杨明主持召开中共贾汪区委常委会(扩大)会议 · 杨明']);
    const simplified = await searched('王俊岭');
    assert.equal(simplified.length, 1);
    assert.match(simplified[0].location.uri, /001_/);
    assert.equal(simplified[0].name, '8月26日 經開區第241次黨工委會議 · 王俊嶺 (经开区第241次党工委会议 · 王俊岭)');
    assert.deepEqual((await searched('党工委')).map((s) => s.name), [simplified[0].name]);
    assert.deepEqual((await searched('黨工委')).map((s) => s.name), [simplified[0].name]);
    // The date and chair are in the container too, for a query of two words (name, then container).
    assert.match(byChair[0].containerName, /10月21日上午 · chair: 汤洁/);
  });
});
