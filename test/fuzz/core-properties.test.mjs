// Fuzz: properties of the analysis core on random report-like documents (in memory, through
// dist/core.js): fix-all is idempotent, never adds encoding damage and never reaches past what
// it repairs; every finding, repair, diagnostic and conversion edit lies inside the document;
// converting to simplified twice changes nothing the first time did not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { core, doc } from '../unit/helpers.mjs';
import { documentText } from './documents.mjs';
import { fuzzParameters, runsFor } from './fuzz-config.mjs';

const PROPERTIES = 7;
const RUNS = runsFor('core', PROPERTIES);
const { convertToSimplified, applyEdits, DEFAULT_CONVERSION_SETTINGS } = core.conversion;

const damageSettings = fc.constantFrom('fullwidth', 'remove').map((indent) => core.resolveDamageSettings({ repair: { questionMarkIndent: indent } }));
const conversionSettings = fc.constantFrom('t', 'tw', 'twp', 'hk').map((variant) => ({ ...DEFAULT_CONVERSION_SETTINGS, variant }));

let serial = 0;
const reportDoc = (text) => doc(text, { uri: `file:///fuzz/core-${serial++}.huiyi`, languageId: 'meeting-report' });

function fixAllOf(text, settings) {
  const d = reportDoc(text);
  const repairs = core.fixAllRepairs(d, core.buildReportModel(d), settings);
  return { repairs, fixed: core.applyEdits(text, repairs) };
}

function findingsOf(text, settings) {
  const d = reportDoc(text);
  return core.enabledFindings(d, core.buildReportModel(d), settings);
}

const inside = (text, s) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
const show = (s) => JSON.stringify(s);

test(`property: fix-all twice gives the text of fix-all once (${RUNS} cases)`, () => {
  fc.assert(
    fc.property(documentText, damageSettings, (text, settings) => {
      const once = fixAllOf(text, settings).fixed;
      assert.equal(fixAllOf(once, settings).fixed, once);
    }),
    fuzzParameters(RUNS),
  );
});

test(`property: fix-all never adds encoding damage (${RUNS} cases)`, () => {
  const mojibake = (findings) => findings.filter((f) => f.code.startsWith('mojibake.')).length;
  fc.assert(
    fc.property(documentText, damageSettings, (text, settings) => {
      const before = mojibake(findingsOf(text, settings));
      const after = mojibake(findingsOf(fixAllOf(text, settings).fixed, settings));
      assert.ok(after <= before, `${before} mojibake findings before fix-all, ${after} after`);
    }),
    fuzzParameters(RUNS),
  );
});

test(`property: findings, repairs and fix-all edits lie inside the document, and a repair inside its finding (${RUNS} cases)`, () => {
  fc.assert(
    fc.property(documentText, damageSettings, (text, settings) => {
      const findings = findingsOf(text, settings);
      for (const f of findings) {
        assert.ok(inside(text, f), `finding ${show(f)} inside ${text.length} characters`);
        if (f.repair) {
          assert.ok(inside(text, f.repair), `repair ${show(f.repair)} inside the document`);
          if (f.code === 'cleanup.boilerplate') {
            // Web-page chrome goes by whole lines (its range on the view may stop before a trailing
            // annotation), after the line's indent (a lost indent "????" stays, for its own repair).
            const lineStart = Math.max(text.lastIndexOf('\n', f.repair.start - 1), text.lastIndexOf('\r', f.repair.start - 1)) + 1;
            const atLineStart = (i) => /^[\ufeff \t\u3000\u00a0?]*$/.test(text.slice(lineStart, i));
            const atLineEnd = (i) => i === text.length || /[\r\n]/.test(text[i - 1]) || /[\r\n]/.test(text[i]);
            assert.ok(atLineStart(f.repair.start) && atLineEnd(f.repair.end), `boilerplate repair ${show(f.repair)} removes whole lines`);
          } else {
            assert.ok(f.start <= f.repair.start && f.repair.end <= f.end, `repair ${show(f.repair)} inside its finding ${show(f)}`);
          }
        }
      }
      const { repairs } = fixAllOf(text, settings);
      for (const [k, r] of repairs.entries()) {
        assert.ok(inside(text, r), `fix-all edit ${show(r)} inside the document`);
        if (k) assert.ok(repairs[k - 1].end <= r.start, 'fix-all edits are sorted and do not overlap');
        assert.notEqual(text.slice(r.start, r.end), r.newText, 'every fix-all edit changes something');
      }
    }),
    fuzzParameters(RUNS),
  );
});

test(`property: every diagnostic range lies inside the document, start before end (${RUNS} cases)`, () => {
  const service = core.createLanguageService();
  fc.assert(
    fc.property(documentText, fc.constantFrom('meeting-report', 'plaintext'), (text, languageId) => {
      const d = doc(text, { uri: `file:///fuzz/diagnostics-${serial++}.huiyi`, languageId });
      const lines = text.split(/\r\n|\r|\n/);
      const valid = (p) => Number.isInteger(p.line) && 0 <= p.line && p.line < lines.length && Number.isInteger(p.character) && 0 <= p.character && p.character <= lines[p.line].length;
      const before = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      for (const diagnostic of service.diagnostics(d)) {
        const { start, end } = diagnostic.range;
        assert.ok(valid(start) && valid(end) && before(start, end), `${diagnostic.code} at ${show(diagnostic.range)}`);
        const repair = diagnostic.data?.repair?.range;
        if (repair) assert.ok(valid(repair.start) && valid(repair.end) && before(repair.start, repair.end), `${diagnostic.code} repair at ${show(repair)}`);
      }
      service.forget(d.uri);
    }),
    fuzzParameters(RUNS),
  );
});

test(`property: conversion edits lie inside the document, sorted, each one a change (${RUNS} cases)`, () => {
  fc.assert(
    fc.property(documentText, conversionSettings, (text, settings) => {
      const { edits } = convertToSimplified(text, settings);
      for (const [k, e] of edits.entries()) {
        assert.ok(inside(text, e), `conversion edit ${show(e)} inside the document`);
        if (k) assert.ok(edits[k - 1].end <= e.start, 'conversion edits are sorted and do not overlap');
      }
    }),
    fuzzParameters(RUNS),
  );
});

test('every CJK ideograph alone: a conversion edit always changes the character (every variant)', () => {
  // Under tw/twp/hk a character one stage changes and the next changes back (群 → 羣 → 群, 台 → 臺 → 台)
  // was given an edit to itself, so simplified text read as traditional.
  for (const variant of ['t', 'tw', 'twp', 'hk']) {
    const settings = { ...DEFAULT_CONVERSION_SETTINGS, variant };
    const unchanged = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      if (convertToSimplified(ch, settings).edits.some((e) => e.newText === ch)) unchanged.push(ch);
    }
    assert.equal(unchanged.join(''), '', variant);
  }
});

test(`property: converting to simplified, then converting the result again, changes nothing (${RUNS} cases)`, () => {
  fc.assert(
    fc.property(documentText, conversionSettings, (text, settings) => {
      const once = applyEdits(text, convertToSimplified(text, settings).edits);
      assert.deepEqual(convertToSimplified(once, settings).edits, [], 'a second conversion has nothing to do');
    }),
    fuzzParameters(RUNS),
  );
});
