// Issue 2 §4: seed 000's outline has its four meetings, each a symbol of kind Event.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

// Expected on the seeds (issue 2, section 4), in document order.
const SEED_000 = [
  { date: '10月13日晚', chair: '胡汪兴', name: '八公山区招商引资、重点项目建设调度会' },
  { date: '10月21日上午', chair: '汤洁' },
  { date: '10月8日下午', chair: '汤洁' },
  { date: '10月21日下午', chair: '陈彦臣' },
];

describe('outline', () => {
  after(h.closeAllEditors);

  it('seed 000 has four meetings of kind Event with their dates and chairs', async () => {
    const { document } = await h.openSeed('000');
    const symbols = await h.documentSymbols(document.uri);
    const meetings = symbols.filter((s) => s.kind === vscode.SymbolKind.Event);
    assert.equal(meetings.length, 4, `meetings: ${JSON.stringify(symbols.map((s) => [s.name, vscode.SymbolKind[s.kind]]))}`);
    SEED_000.forEach((expected, i) => {
      const meeting = meetings[i];
      assert.ok(meeting.name.trim().length > 0, `meeting ${i + 1} has a name`);
      if (expected.name) assert.equal(meeting.name, expected.name);
      assert.ok(meeting.detail.includes(expected.date), `meeting ${i + 1} detail ${JSON.stringify(meeting.detail)} holds ${expected.date}`);
      assert.ok(meeting.detail.includes(expected.chair), `meeting ${i + 1} detail ${JSON.stringify(meeting.detail)} holds ${expected.chair}`);
      // Symbols never claim more than their text.
      assert.ok(meeting.range.contains(meeting.selectionRange), `meeting ${i + 1} selection range inside its range`);
      assert.ok(meeting.range.end.line < document.lineCount, `meeting ${i + 1} range inside the document`);
    });
    assert.ok(meetings.every((m) => m.children.length > 0), 'every meeting has children (agenda items, statements)');
  });
});
