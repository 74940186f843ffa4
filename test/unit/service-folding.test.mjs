// Folding ranges through the language service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seedDoc } from './service-helpers.mjs';

const service = core.createLanguageService();

test('seed 000: each of the four meetings folds from its first line as a region', () => {
  const document = seedDoc('000');
  const ranges = service.foldingRanges(document);
  const meetings = service.documentSymbols(document).filter((s) => s.kind === 24);
  for (const m of meetings) {
    assert.ok(ranges.some((r) => r.kind === 'region' && r.startLine === m.range.start.line && r.endLine === m.range.end.line), `meeting at line ${m.range.start.line} folds`);
  }
  assert.ok(ranges.every((r) => r.endLine > r.startLine), 'only multi-line ranges');
});

test('seed 003: the web page header and footer fold as comments, the meeting as a region', () => {
  const ranges = service.foldingRanges(seedDoc('003'));
  assert.deepEqual(ranges.filter((r) => r.kind === 'comment').map((r) => [r.startLine, r.endLine]), [[0, 1], [29, 35]]);
  assert.ok(ranges.some((r) => r.kind === 'region' && r.startLine === 2 && r.endLine === 27));
});

test('a text that is no meeting report has no folding ranges', () => {
  assert.deepEqual(service.foldingRanges(doc('Shopping list:\n- milk\n- eggs\n')), []);
});
