// Damage diagnostics and repairs over real LSP, on the seeds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { seedPath, seedText, startServer } from './lsp-client.mjs';

const apply = (text, edits) => TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits);
const damage = (d) => d.diagnostics.filter((x) => /^(mojibake|cleanup)\./.test(String(x.code)));
const ofCode = (d, code) => d.diagnostics.filter((x) => x.code === code);
const ANNOTATION = /(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g;
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function textAt(text, range) {
  const d = TextDocument.create('file:///x', 'plaintext', 1, text);
  return text.slice(d.offsetAt(range.start), d.offsetAt(range.end));
}

// groupPerParagraph 0: each finding its own diagnostic (the default groups a paragraph's dense ones).
const UNGROUPED = { diagnostics: { groupPerParagraph: 0 } };

test('seed 001, ungrouped: every "????" and every annotation found; source.fixAll gives clean traditional text', async () => {
  const server = await startServer({ settings: UNGROUPED });
  try {
    const uri = await server.openFile(seedPath('001'));
    const text = seedText('001');
    const published = await server.waitForDiagnostics(uri, (d) => damage(d).length > 0);
    const marks = ofCode(published, 'mojibake.question-marks');
    assert.deepEqual(marks.map((m) => textAt(text, m.range)), ['????', '????', '?yè)P(yáng)', '????', '????', '????', '????']);
    const pinyin = ofCode(published, 'mojibake.pinyin-annotation');
    assert.deepEqual(pinyin.map((p) => textAt(text, p.range)), [...text.matchAll(ANNOTATION)].map((m) => m[0]));
    const first = pinyin[0];
    assert.equal(first.source, 'huiyi');
    assert.equal(first.severity, 2);
    assert.match(first.codeDescription.href, /README\.md#mojibake\.pinyin-annotation$/);
    assert.equal(first.data.version, 1);
    assert.deepEqual(first.tags, [1]);

    const actions = await server.request('textDocument/codeAction', { textDocument: { uri }, range: ZERO, context: { diagnostics: [], only: ['source.fixAll'] } });
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.huiyi');
    assert.equal(fixAll.edit.documentChanges[0].textDocument.version, 1);
    const fixed = apply(text, fixAll.edit.documentChanges[0].edits);
    assert.equal(fixed, text.replace(/^\?\?\?\?/gm, '　　').replace(ANNOTATION, ''));
  } finally {
    await server.stop();
  }
});

test('seed 002, ungrouped: every annotation found; a quickfix removes one, "all in this file" removes every one', async () => {
  const server = await startServer({ settings: UNGROUPED });
  try {
    const uri = await server.openFile(seedPath('002'));
    const text = seedText('002');
    const published = await server.waitForDiagnostics(uri, (d) => damage(d).length > 0);
    const pinyin = ofCode(published, 'mojibake.pinyin-annotation');
    assert.equal(pinyin.length, [...text.matchAll(ANNOTATION)].length);
    assert.equal(pinyin.length, 307);
    const actions = await server.request('textDocument/codeAction', { textDocument: { uri }, range: pinyin[0].range, context: { diagnostics: [pinyin[0]], only: ['quickfix'] } });
    const one = actions.find((a) => a.title === 'Remove the pinyin annotation');
    assert.ok(apply(text, one.edit.documentChanges[0].edits).startsWith('日前,區政府區(qū)長'));
    const all = actions.find((a) => a.title.startsWith('Remove the pinyin annotation: all 307'));
    const fixed = apply(text, all.edit.documentChanges[0].edits);
    assert.equal(fixed, text.replace(ANNOTATION, ''));
  } finally {
    await server.stop();
  }
});

test('seed 001: a paragraph\'s dense annotations are one diagnostic; its quick fix removes them, fix-all still removes every one', async () => {
  const server = await startServer();
  try {
    const uri = await server.openFile(seedPath('001'));
    const text = seedText('001');
    const published = await server.waitForDiagnostics(uri, (d) => damage(d).length > 0);
    const lines = text.split('\n');
    const annotations = (line) => [...lines[line].matchAll(ANNOTATION)].map((m) => m[0]);
    const pinyin = ofCode(published, 'mojibake.pinyin-annotation');
    // One per paragraph (6), not one per annotation (187); the count, then the first one's message.
    assert.deepEqual(pinyin.map((d) => d.range.start.line), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(pinyin.map((d) => Number(/^(\d+) pinyin annotations in this paragraph\. The first: Pinyin /.exec(d.message)?.[1])), [0, 1, 2, 3, 4, 5].map((l) => annotations(l).length));
    assert.equal(damage(published).length, 7 + 6 + 5);
    const second = pinyin[1];
    assert.equal(textAt(text, second.range), annotations(1)[0]);
    assert.equal(second.data.group.count, 17);
    // The first 5 places as related locations (each is a row in the Problems panel).
    assert.deepEqual(second.relatedInformation.map((r) => textAt(text, r.location.range)), annotations(1).slice(0, 5));
    assert.equal(pinyin[4].relatedInformation.length, 5);

    const actions = await server.request('textDocument/codeAction', { textDocument: { uri }, range: second.range, context: { diagnostics: [second], only: ['quickfix'] } });
    const here = actions.find((a) => a.isPreferred);
    assert.equal(here.title, 'Remove the pinyin annotation: all 17 in this paragraph');
    const fixed = apply(text, here.edit.documentChanges[0].edits).split('\n');
    assert.deepEqual(fixed, lines.map((l, i) => (i === 1 ? l.replace(ANNOTATION, '') : l)), 'only this paragraph changes');
    assert.ok(actions.some((a) => a.title === 'Remove the pinyin annotation: all 187 in this file'));

    const [source] = await server.request('textDocument/codeAction', { textDocument: { uri }, range: ZERO, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(apply(text, source.edit.documentChanges[0].edits), text.replace(/^\?\?\?\?/gm, '　　').replace(ANNOTATION, ''));
  } finally {
    await server.stop();
  }
});

// VS Code 1.96's CodeActionSet orders actions with diagnostics first, then preferred ones first
// (a stable sort); the Ctrl+. menu highlights the first, so Enter applies it.
const menuOrder = (actions) =>
  [...actions].sort((a, b) => (b.diagnostics?.length ? 1 : 0) - (a.diagnostics?.length ? 1 : 0) || (b.isPreferred ? 1 : 0) - (a.isPreferred ? 1 : 0));

test('seed 001, Ctrl+. on a pinyin annotation: its repair is preferred and first, "Fix all damage in this file" is a quick fix too', async () => {
  const server = await startServer();
  try {
    const uri = await server.openFile(seedPath('001'));
    const text = seedText('001');
    const published = await server.waitForDiagnostics(uri, (d) => damage(d).length > 0 && ofCode(d, 'script.traditional').length > 0);
    const pinyin = ofCode(published, 'mojibake.pinyin-annotation')[0];
    const within = (r, outer) => (r.start.line > outer.start.line || (r.start.line === outer.start.line && r.start.character >= outer.start.character)) && (r.end.line < outer.end.line || (r.end.line === outer.end.line && r.end.character <= outer.end.character));
    // What VS Code sends for the cursor on the annotation: every diagnostic there, no `only`.
    const here = published.diagnostics.filter((d) => within(pinyin.range, d.range));
    assert.ok(here.some((d) => d.code === 'script.traditional'), 'the paragraph is traditional too');
    const actions = await server.request('textDocument/codeAction', { textDocument: { uri }, range: pinyin.range, context: { diagnostics: here, triggerKind: 1 } });
    const titles = actions.map((a) => a.title);
    // The first paragraph's 3 annotations are one diagnostic: its repair removes the 3.
    const paragraph = 'Remove the pinyin annotation: all 3 in this paragraph';
    assert.equal(actions[0].title, paragraph);
    assert.equal(menuOrder(actions)[0].title, paragraph);
    assert.deepEqual(actions.filter((a) => a.isPreferred).map((a) => a.title), [paragraph]);
    const convert = titles.findIndex((t) => t.startsWith('Convert this paragraph to simplified'));
    assert.ok(convert > 0, titles.join(' | '));

    const fixAllFix = actions.find((a) => /^Fix all damage in this file \(\d+ edits\)$/.test(a.title));
    assert.ok(fixAllFix, titles.join(' | '));
    assert.equal(fixAllFix.kind, 'quickfix');
    const [source] = await server.request('textDocument/codeAction', { textDocument: { uri }, range: ZERO, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(source.kind, 'source.fixAll.huiyi');
    assert.deepEqual(fixAllFix.edit, source.edit);
    assert.equal(apply(text, fixAllFix.edit.documentChanges[0].edits), text.replace(/^\?\?\?\?/gm, '　　').replace(ANNOTATION, ''));

    // Where the cursor is on no damage (only the paragraph's script finding there), the paragraph
    // conversion stays the preferred quick fix, and there is no fix-all in the menu.
    const traditional = here.find((d) => d.code === 'script.traditional');
    const at = { start: traditional.range.start, end: traditional.range.start };
    const plain = await server.request('textDocument/codeAction', { textDocument: { uri }, range: at, context: { diagnostics: [traditional] } });
    assert.equal(plain.find((a) => a.title.startsWith('Convert this paragraph')).isPreferred, true);
    assert.ok(!plain.some((a) => a.title.startsWith('Fix all damage')));
  } finally {
    await server.stop();
  }
});

test('seeds 000 and 004: no mojibake finding; seed 003: header and footer chrome are cleanup.boilerplate', async () => {
  const server = await startServer();
  try {
    for (const p of ['000', '004']) {
      const uri = await server.openFile(seedPath(p));
      const published = await server.waitForDiagnostics(uri);
      assert.deepEqual(published.diagnostics.filter((x) => String(x.code).startsWith('mojibake.')), [], p);
    }
    const uri = await server.openFile(seedPath('003'));
    const text = seedText('003');
    const published = await server.waitForDiagnostics(uri, (d) => damage(d).length > 0);
    const chrome = ofCode(published, 'cleanup.boilerplate').map((x) => textAt(text, x.range));
    assert.ok(chrome[0].startsWith('打造网上国际投资促进平台'));
    assert.ok(chrome.at(-1).startsWith('上一条:') && chrome.at(-1).endsWith('版权所有:投促中国'));
    assert.equal(published.diagnostics.filter((x) => String(x.code).startsWith('mojibake.')).length, 0);
  } finally {
    await server.stop();
  }
});

test('a fix for an older version is refused', async () => {
  const server = await startServer();
  try {
    const uri = await server.openFile(seedPath('001'));
    const published = await server.waitForDiagnostics(uri, (d) => damage(d).length > 0);
    const stale = ofCode(published, 'mojibake.pinyin-annotation')[0];
    await server.change(uri, [{ range: ZERO, text: '　' }]);
    const actions = await server.request('textDocument/codeAction', { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale], only: ['quickfix'] } });
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Remove the pinyin')), []);
    const fresh = await server.waitForDiagnostics(uri, (d) => d.version === 2);
    assert.equal(ofCode(fresh, 'mojibake.pinyin-annotation')[0].data.version, 2);
  } finally {
    await server.stop();
  }
});

test('settings: severity per code ("off" hides it) and maxNumberOfProblems with a summary', async () => {
  const server = await startServer({ settings: { maxNumberOfProblems: 10, diagnostics: { severity: { 'mojibake.question-marks': 'error', 'cleanup.halfwidth-punctuation': 'off' } } } });
  try {
    const uri = await server.openFile(seedPath('001'));
    const published = await server.waitForDiagnostics(uri, (d) => damage(d).length > 0);
    const shown = damage(published);
    assert.equal(shown.length, 10);
    // The most severe are kept: all 7 question-mark findings (now errors), then the first 3 of the
    // 6 paragraphs' groups of annotations.
    const marks = ofCode(published, 'mojibake.question-marks');
    assert.equal(marks.length, 7);
    assert.ok(marks.every((x) => x.severity === 1));
    assert.equal(ofCode(published, 'cleanup.halfwidth-punctuation').length, 0);
    assert.deepEqual(ofCode(published, 'mojibake.pinyin-annotation').map((x) => x.range.start.line), [0, 1, 2]);
    const summary = ofCode(published, 'file.too-many-problems');
    assert.equal(summary.length, 1);
    assert.match(summary[0].message, /^3 more problems in this file not shown \(huiyi\.maxNumberOfProblems is 10\)/);
  } finally {
    await server.stop();
  }
});
