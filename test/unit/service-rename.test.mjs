// Rename through the language service: prepare, then one WorkspaceEdit across the workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRADITIONAL_REPORT, apply, core, doc, positionOf, seedDoc, workspaceOf } from './service-helpers.mjs';

const service = core.createLanguageService();
const seed000 = seedDoc('000');
const traditional = doc(TRADITIONAL_REPORT, { uri: 'file:///ws/traditional.txt' });

test('prepare rename: the mention under the cursor, as written', () => {
  const prepared = service.prepareRename(seed000, positionOf(seed000, '汤洁'));
  assert.equal(prepared.placeholder, '汤洁');
  assert.deepEqual(prepared.range.start, positionOf(seed000, '汤洁'));
  assert.equal(service.prepareRename(traditional, positionOf(traditional, '湯潔')).placeholder, '湯潔');
  assert.equal(service.prepareRename(seed000, positionOf(seed000, '招商引资')), undefined);
});

/** The edits of a WorkspaceEdit per URI, from `changes` or `documentChanges`. */
const editsOf = (edit) => edit.changes ?? Object.fromEntries(edit.documentChanges.map((c) => [c.textDocument.uri, c.edits]));

test('rename 汤洁 → 汤杰: every mention here and in the traditional file, and nothing else', () => {
  const workspace = workspaceOf(service, [seed000, traditional]);
  const edit = service.rename(seed000, positionOf(seed000, '汤洁'), ' 汤杰 ', workspace);
  const changes = editsOf(edit);
  assert.equal(changes[seed000.uri].length, 11);
  assert.equal(changes[traditional.uri].length, 2);
  assert.ok(Object.values(changes).flat().every((e) => e.newText === '汤杰'));
  const renamed = apply(seed000, changes[seed000.uri]);
  assert.equal(renamed, seed000.getText().replaceAll('汤洁', '汤杰'));
  assert.equal(apply(traditional, changes[traditional.uri]), TRADITIONAL_REPORT.replaceAll('湯潔', '汤杰'));
});

test('a rename across files asks to confirm the other files first (the refactor preview), and this file\'s edits name its version', () => {
  const edit = service.rename(seed000, positionOf(seed000, '汤洁'), '汤杰', workspaceOf(service, [seed000, traditional]));
  assert.deepEqual(edit.changeAnnotations, {
    'huiyi.rename': { label: 'Rename 2 mentions in one other file to 汤杰', needsConfirmation: true },
    'huiyi.rename.here': { label: 'Rename 11 mentions in this file to 汤杰' },
  });
  assert.deepEqual(edit.documentChanges.map((c) => [...new Set(c.edits.map((e) => e.annotationId))]), [['huiyi.rename.here'], ['huiyi.rename']]);
  assert.deepEqual(edit.documentChanges.map((c) => c.textDocument), [{ uri: seed000.uri, version: seed000.version }, { uri: traditional.uri, version: null }]);
  // In one file only: plain edits, applied at once as before.
  assert.equal(service.rename(seed000, positionOf(seed000, '汤洁'), '汤杰').changes[seed000.uri].length, 11);
});

test('a rename names the files the workspace index skipped, and why', () => {
  const workspace = {
    ...workspaceOf(service, [seed000]),
    skippedFiles: () => [{ uri: 'file:///ws/big.txt', reason: 'too-large' }, { uri: 'file:///ws/%E6%97%A7.txt', reason: 'wrong-encoding' }, { uri: seed000.uri, reason: 'too-large' }],
  };
  const edit = service.rename(seed000, positionOf(seed000, '汤洁'), '汤杰', workspace);
  const annotation = edit.changeAnnotations['huiyi.rename'];
  assert.equal(annotation.needsConfirmation, true);
  assert.equal(annotation.description, '2 files skipped: big.txt (larger than huiyi.maxFileSizeMB), 旧.txt (not UTF-8 (GBK or Big5))');
});

test('no rename to a blank name, or off an official', () => {
  assert.equal(service.rename(seed000, positionOf(seed000, '汤洁'), '  '), undefined);
  assert.equal(service.rename(seed000, positionOf(seed000, '招商引资'), '某某'), undefined);
});
