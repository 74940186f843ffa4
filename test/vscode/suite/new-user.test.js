// Issue 18 §1, §5, §6 in the real editor: Ctrl+T finds meetings by date, chair and either script
// (VS Code filters the provider's answer by each symbol's name); the Ctrl+. menu puts the repair
// first; the outline's shape and kinds.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

/** The query's characters in order in the name: what the Ctrl+T picker's fuzzy filter requires. */
function inOrder(query, name) {
  let at = 0;
  for (const ch of query.toLowerCase()) if ((at = name.toLowerCase().indexOf(ch, at) + 1) === 0) return false;
  return true;
}

describe('what a new user hits (issue 18)', () => {
  afterEach(h.closeAllEditors);

  it('Ctrl+T: meetings by date as written, ISO date, chair, and simplified or traditional spelling', async () => {
    for (const query of ['10月21日', '2021-01-11', '汤洁', '党工委', '黨工委', '王俊岭']) {
      const symbols = await h.waitFor(
        async () => {
          const all = (await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', query)) || [];
          const shown = all.filter((s) => inOrder(query, s.name));
          return shown.length ? shown : undefined;
        },
        { message: `a workspace symbol named with ${query}` },
      );
      assert.ok(symbols.every((s) => s.kind === vscode.SymbolKind.Event), query);
    }
  });

  it('Ctrl+. on a pinyin annotation in seed 001: the repair first and preferred, "Fix all damage in this file" offered', async () => {
    const { document } = await h.openSeed('001');
    await h.waitForDiagnostics(document.uri, (ds) => ds.some((d) => d.code && (d.code.value || d.code) === 'mojibake.pinyin-annotation'));
    const at = h.positionOf(document, '(jīng)');
    const actions = await h.codeActions(document.uri, undefined, new vscode.Range(at, at.translate(0, 1)));
    const titles = actions.map((a) => a.title);
    // (jīng) is the first of the paragraph's 3 annotations, which are one diagnostic: its repair removes the 3.
    assert.equal(titles[0], 'Remove the pinyin annotation: all 3 in this paragraph', titles.join(' | '));
    assert.equal(actions[0].isPreferred, true);
    assert.ok(titles.some((t) => t.startsWith('Convert this paragraph to simplified')), titles.join(' | '));
    const fixAll = actions.find((a) => a.title.startsWith('Fix all damage in this file'));
    assert.ok(fixAll && fixAll.kind && fixAll.kind.value === 'quickfix', titles.join(' | '));
  });

  it("outline: a person's statements beside the agenda item; 要… points; identical rows told apart", async () => {
    const { document } = await h.openSeed('000');
    const meetings = (await h.documentSymbols(document.uri)).filter((s) => s.kind === vscode.SymbolKind.Event);
    const kinds = meetings[1].children.map((c) => vscode.SymbolKind[c.kind]);
    assert.deepEqual(kinds, ['Namespace', 'String', 'String', 'String', 'String']);
    const statement = meetings[0].children.find((c) => c.name === '汤洁强调');
    assert.deepEqual(statement.children.map((p) => vscode.SymbolKind[p.kind]), ['Field', 'Field', 'Field']);

    const { document: d003 } = await h.openSeed('003');
    const [m003] = (await h.documentSymbols(d003.uri)).filter((s) => s.kind === vscode.SymbolKind.Event);
    const rows = m003.children.filter((c) => c.kind === vscode.SymbolKind.String);
    assert.equal(new Set(rows.map((r) => `${r.name} ${r.detail}`)).size, rows.length);
  });
});
