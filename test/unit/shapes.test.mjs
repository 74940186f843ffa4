// Documents whose line structure is unlike a report's: they must be analysed in time that grows
// with their size, not faster (the shapes benchmark measures it; these only check that each
// completes with what a user would see). Before the fix, the long lines below took one and five minutes: the
// sentence end after every mention was searched to the end of the text, and the start of every
// title suffix in a long token was searched from the token's start.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { core, doc } from './helpers.mjs';
import { SHAPES } from '../bench/shapes.mjs';

const { SymbolKind } = createRequire(import.meta.url)('vscode-languageserver-types');
const MB = 2 ** 20;

/**
 * The analysis of `text`, with a guard, not a measure, on its processor time: each document here
 * takes well under a second now (the shapes benchmark has the figures) and took a minute or more
 * before, so a bound of 15 s fails only on time that grows faster than the input.
 */
function analyse(text, name) {
  const service = core.createLanguageService();
  const d = doc(text, { uri: `file:///shapes/${name}.txt`, languageId: 'meeting-report' });
  const before = process.cpuUsage();
  const result = { diagnostics: service.diagnostics(d), outline: service.documentSymbols(d), model: service.analyse(d).model };
  const used = process.cpuUsage(before);
  const seconds = (used.user + used.system) / 1e6;
  assert.ok(seconds < 15, `${name}: ${seconds.toFixed(1)} s of processor time`);
  return result;
}

const codes = (diagnostics) => new Set(diagnostics.map((d) => d.code));

test('a 5 MB single line (the seeds without line breaks): diagnostics and outline', () => {
  const { diagnostics, outline } = analyse(SHAPES['single line'](5 * MB), 'single-line');
  // The pinyin annotations of seeds 001 and 002 on the one line: one diagnostic, with their count
  // and the first 5 places.
  const pinyin = diagnostics.filter((d) => d.code === 'mojibake.pinyin-annotation');
  assert.equal(pinyin.length, 1);
  assert.equal(pinyin[0].data.group.count > 10000, true);
  assert.equal(pinyin[0].relatedInformation.length, 5);
  assert.equal(codes(diagnostics).has('file.too-many-problems'), false);
  assert.equal(outline.length >= 1, true);
  assert.equal(outline.every((s) => s.range.start.line === 0 && s.range.end.line === 0), true);
});

test('5 MB of nothing but web-page chrome: one boilerplate finding, no meeting', () => {
  const { diagnostics, outline, model } = analyse(SHAPES['web chrome'](5 * MB), 'chrome');
  assert.deepEqual([...codes(diagnostics)], ['cleanup.boilerplate']);
  assert.equal(model.meetings.length, 0);
  assert.deepEqual(outline.map((s) => s.kind), [SymbolKind.Package]);
});

test('one line of 360,000 characters naming the same official again and again, no sentence end', () => {
  const { model, outline } = analyse('会议强调' + '习近平总书记'.repeat(60000), 'titles');
  assert.equal(model.meetings.length, 1);
  assert.equal(outline.length, 1);
  assert.deepEqual(model.officials.map((o) => [o.name, o.mentions.length]), [['习近平', 60000]]);
});

test('one line of 1.2 million characters of titled chairs, no sentence end: every mention keeps its role', () => {
  const { model } = analyse('1月1日，' + '区委书记王明主持'.repeat(150000), 'chairs');
  assert.equal(model.officials.length, 1);
  const [official] = model.officials;
  assert.equal(official.name, '王明');
  assert.equal(official.mentions.length, 150000);
  assert.equal(official.mentions.every((m) => m.roles.includes('chair')), true);
});
