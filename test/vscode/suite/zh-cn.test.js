// Issue 18 §10: Huiyi in Chinese in the real editor. run.mjs runs this file a second time with
// `--locale zh-cn` and a stand-in for the Chinese language pack (lib/code-server.mjs: stubLanguagePack),
// as a user who installed the pack has it (HUIYI_TEST_LOCALE says so); in the English run it is skipped.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const h = require('./helpers');

const code = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
const title = (t) => (typeof t === 'object' ? t.value : t);

describe('Chinese UI (zh-cn)', function () {
  before(function () {
    // The Chinese pass says which locale it asked for: then VS Code must be in it (no silent skip).
    const asked = process.env.HUIYI_TEST_LOCALE;
    if (!asked) this.skip();
    assert.equal(vscode.env.language, asked, 'the display language run.mjs asked for');
  });
  afterEach(h.closeAllEditors);

  it('the commands, the view and the settings are named in Chinese (package.nls.zh-cn.json)', () => {
    const { contributes } = h.extension().packageJSON;
    const commands = Object.fromEntries(contributes.commands.map((c) => [c.command, title(c.title)]));
    assert.equal(commands['huiyi.convertDocumentToSimplified'], '全文转为简体');
    assert.equal(commands['huiyi.officials.filter'], '筛选官员…');
    assert.equal(commands['huiyi.officials.sort'], '官员排序…');
    assert.equal(title(contributes.views.explorer[0].name), '官员');
    const settings = contributes.configuration.properties;
    assert.match(settings['huiyi.diagnostics.groupPerParagraph'].markdownDescription, /同一段落中同一代码的问题/);
    assert.match(settings['huiyi.diagnostics.severity'].properties['mojibake.pinyin-annotation'].description, /拼音/);
  });

  it("seed 001's diagnostics, their quick fixes and fix-all read in Chinese", async () => {
    const { document } = await h.openSeed('001');
    const diagnostics = await h.waitForDiagnostics(document.uri, (ds) => ds.some((d) => code(d) === 'mojibake.pinyin-annotation'));
    const pinyin = diagnostics.find((d) => code(d) === 'mojibake.pinyin-annotation');
    assert.match(pinyin.message, /^本段有 3 处拼音注音。第一处：采集程序在“經”后面粘上了拼音“\(jīng\)”/);
    const actions = await h.codeActions(document.uri, undefined, pinyin.range);
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], '删除拼音注音：本段全部 3 处', titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('修复本文件的全部损坏（')), titles.join(' | '));
  });

  it('the hover card on 汤洁 reads in Chinese', async () => {
    const { document } = await h.openSeed('000');
    const text = await h.hoverText(document.uri, h.positionOf(document, '汤洁'));
    assert.match(text, /职务: 区委书记/);
    assert.match(text, /出现: /);
    assert.doesNotMatch(text, /Titles|Appearances|meeting/);
  });

  it("the client's own messages (Officials view, status bar) come from l10n/bundle.l10n.zh-cn.json", async () => {
    await h.openSeed('000');
    const ext = h.extension();
    await ext.activate();
    if (!fs.existsSync(path.join(ext.extensionPath, 'test'))) {
      // The installed .vsix: this file is not inside the extension, so its vscode.l10n is not the
      // extension's. What the view and the status bar read is the packaged bundle: check it holds them.
      const bundle = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
      assert.equal(bundle['{0} meetings'], '{0} 次会议');
      assert.equal(bundle['By last seen'], '按最近出现');
      assert.equal(bundle['Huiyi: script of the report'], 'Huiyi：报道的字体');
      return;
    }
    // The same vscode.l10n the extension's view and status bar use (this file lies in the extension).
    assert.equal(vscode.l10n.t('{0} meetings', 4), '4 次会议');
    assert.equal(vscode.l10n.t('By last seen'), '按最近出现');
    assert.equal(vscode.l10n.t('Huiyi: script of the report'), 'Huiyi：报道的字体');
  });
});
