// The extension as loaded (development folder, or the installed .vsix when run with --vsix) carries
// nodejieba's native binary and dictionaries, and they work in this editor's Node.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./helpers');

describe('packaging', () => {
  it('is the extension under test (installed .vsix or development folder)', () => {
    const ext = h.extension();
    const mode = process.env.HUIYI_TEST_EXTENSION_MODE;
    if (mode === 'installed') {
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'server', 'src')), `${ext.extensionPath} is the installed extension, not the source folder`);
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'test')), 'tests are not packaged');
    }
    for (const file of ['dist/client.js', 'dist/server.js', 'syntaxes/meeting-report.tmLanguage.json']) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, file)), `${file} is in ${ext.extensionPath}`);
    }
  });

  it("nodejieba's native binary loads and segments Chinese", () => {
    const ext = h.extension();
    const jiebaDir = path.join(ext.extensionPath, 'node_modules', 'nodejieba');
    assert.ok(fs.existsSync(path.join(jiebaDir, 'build', 'Release', 'nodejieba.node')), 'nodejieba.node is shipped');
    const jieba = require(jiebaDir);
    jieba.load();
    const words = jieba.cut('区委书记汤洁出席会议并讲话');
    assert.ok(words.length > 1 && words.join('') === '区委书记汤洁出席会议并讲话', JSON.stringify(words));
  });
});
