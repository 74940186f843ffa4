// A plain English .txt file gets no findings from Huiyi.
'use strict';
const assert = require('node:assert/strict');
const h = require('./helpers');

const ENGLISH = `Minutes of the garden club

The garden club met on Tuesday evening. The chair opened the meeting at seven.
Members discussed the spring planting schedule and agreed to order more tulip bulbs.
The treasurer reported that the club has enough money for new tools.
The meeting closed at half past eight.
`;

describe('plain English text', () => {
  after(h.closeAllEditors);

  it('gets no diagnostics from huiyi', async () => {
    const english = h.writeWorkspaceFile('english-notes.txt', ENGLISH);
    await h.open(english);
    // The server publishes nothing for files it does not serve, so there is no event to wait for on this
    // file. Open a fresh report after it: its diagnostics are computed after the English file's (same
    // queue), so once the report's are published (even an empty list), the English file has been judged.
    const fs = require('node:fs');
    const report = h.writeWorkspaceFile('report-after-english.txt', fs.readFileSync(h.seedUri('000').fsPath, 'utf8'));
    const reportPublished = h.nextDiagnosticsChange(report);
    await h.open(report);
    await reportPublished;
    assert.deepEqual(h.huiyiDiagnostics(english).map((d) => d.message), []);
  });
});
