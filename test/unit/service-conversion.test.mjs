// Traditional→simplified code actions through the language service: a paragraph (quickfix on a
// script.traditional finding), a selection (refactor.rewrite) and the whole document
// (source.convertToSimplified); large documents get their edits only on resolve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, core, doc, editsOf, seedDoc } from './service-helpers.mjs';

const service = core.createLanguageService();
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const traditional = (document) => service.diagnostics(document).filter((d) => d.code === 'script.traditional');
const TRADITIONAL = /[區會議學習貫徹總書記這]/;

test('paragraph: the quickfix converts the finding\'s paragraph and leaves every other line as it is', () => {
  const document = seedDoc('004');
  const [first] = traditional(document);
  const actions = service.conversionCodeActions(document, { range: first.range, diagnostics: [first], only: ['quickfix'] });
  assert.equal(actions.length, 1);
  const [fix] = actions;
  assert.equal(fix.title, 'Convert this paragraph to simplified (转为简体)');
  assert.equal(fix.isPreferred, true);
  assert.equal(fix.edit.documentChanges[0].textDocument.version, 1);
  const lines = apply(document, editsOf(fix.edit)).split('\n');
  const before = document.getText().split('\n');
  assert.ok(!TRADITIONAL.test(lines[first.range.start.line]), lines[first.range.start.line]);
  assert.deepEqual(lines.slice(1), before.slice(1), 'other paragraphs untouched');
});

test('document: titled with the characters it changes; resolved, the whole text is simplified', () => {
  const document = seedDoc('004');
  const [action] = service.conversionCodeActions(document, { range: ZERO, diagnostics: [], only: ['source.convertToSimplified'] });
  assert.equal(action.title, 'Convert document to simplified (全文转为简体) — 826 characters');
  assert.equal(action.edit, undefined, 'computed on resolve');
  const converted = apply(document, editsOf(service.resolveConversion(document, action.data)));
  assert.ok(converted.includes('后备力量') && converted.includes('这里') && !converted.includes('這'));
  const again = apply(doc(converted, { uri: document.uri, version: 2 }), editsOf(service.resolveConversion(doc(converted, { uri: document.uri, version: 2 }), { ...action.data, version: 2 })));
  assert.equal(again, converted, 'converting twice is converting once');
});

test('selection: only inside the selection, and only when it holds traditional text', () => {
  const document = seedDoc('004');
  const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } };
  const [rewrite] = service.conversionCodeActions(document, { range, diagnostics: [], only: ['refactor.rewrite'] });
  assert.equal(rewrite.kind, 'refactor.rewrite');
  assert.equal(rewrite.title, 'Convert selection to simplified (转为简体)');
  const edits = editsOf(service.resolveConversion(document, rewrite.data));
  assert.ok(edits.length > 0 && edits.every((e) => e.range.start.line === 1 && e.range.end.line === 1 && e.range.end.character <= 4));
  const simplified = seedDoc('000');
  const whole = { start: { line: 0, character: 0 }, end: simplified.positionAt(simplified.getText().length) };
  assert.deepEqual(service.conversionCodeActions(simplified, { range: whole, diagnostics: [] }), [], 'simplified seed 000: nothing to convert');
});

test('mojibake is left for its repair: the title says how many damaged spans stay', () => {
  const [action] = service.conversionCodeActions(seedDoc('001'), { range: ZERO, diagnostics: [], only: ['source.convertToSimplified'] });
  assert.match(action.title, /— \d+ characters; 7 damaged spans left for repair$/);
});

test('a large document: listing converts nothing (no edits, no character count); resolve gives the edit', () => {
  const seed = seedDoc('004').getText();
  let text = seed;
  while (text.length <= 50_000) text += '\n' + seed;
  const document = doc(text, { uri: 'file:///large.txt' });
  const [first] = traditional(document);
  const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } };
  const actions = service.conversionCodeActions(document, { range, diagnostics: [first] });
  assert.deepEqual(actions.map((a) => [a.kind, a.title, a.edit]), [
    ['quickfix', 'Convert this paragraph to simplified (转为简体)', undefined],
    ['refactor.rewrite', 'Convert selection to simplified (转为简体)', undefined],
    ['source.convertToSimplified', 'Convert document to simplified (全文转为简体)', undefined],
  ]);
  const paragraph = apply(document, editsOf(service.resolveConversion(document, actions[0].data))).split('\n');
  assert.ok(!TRADITIONAL.test(paragraph[first.range.start.line]));
  assert.deepEqual(paragraph.slice(1), text.split('\n').slice(1));
});

test('version guard: an action listed for an older text never edits the newer one', () => {
  const document = seedDoc('004');
  const [action] = service.conversionCodeActions(document, { range: ZERO, diagnostics: [], only: ['source.convertToSimplified'] });
  const changed = doc(' ' + document.getText(), { uri: document.uri, version: 2 });
  assert.equal(service.resolveConversion(changed, action.data), undefined);
  const [stale] = traditional(document);
  assert.deepEqual(service.conversionCodeActions(changed, { range: ZERO, diagnostics: [stale], only: ['quickfix'] }), []);
});

test('the document script, for the status bar', () => {
  assert.deepEqual(service.documentScript(seedDoc('004')), { script: 'traditional', traditionalParagraphs: 31, simplifiedParagraphs: 0, charactersChanged: 826 });
  assert.equal(service.documentScript(seedDoc('000')).script, 'simplified');
  assert.equal(service.documentScript(doc('Shopping list:\n- milk\n')), undefined);
});
