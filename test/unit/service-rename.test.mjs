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

test('rename 汤洁 → 汤杰: every mention here and in the traditional file, and nothing else', () => {
  const workspace = workspaceOf(service, [seed000, traditional]);
  const edit = service.rename(seed000, positionOf(seed000, '汤洁'), ' 汤杰 ', workspace);
  assert.equal(edit.changes[seed000.uri].length, 11);
  assert.equal(edit.changes[traditional.uri].length, 2);
  assert.ok(Object.values(edit.changes).flat().every((e) => e.newText === '汤杰'));
  const renamed = apply(seed000, edit.changes[seed000.uri]);
  assert.equal(renamed, seed000.getText().replaceAll('汤洁', '汤杰'));
  assert.equal(apply(traditional, edit.changes[traditional.uri]), TRADITIONAL_REPORT.replaceAll('湯潔', '汤杰'));
});

test('no rename to a blank name, or off an official', () => {
  assert.equal(service.rename(seed000, positionOf(seed000, '汤洁'), '  '), undefined);
  assert.equal(service.rename(seed000, positionOf(seed000, '招商引资'), '某某'), undefined);
});
