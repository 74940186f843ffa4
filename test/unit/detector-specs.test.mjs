// The damage code table (damage/detector-specs.ts) is the one place a code's facts live: the codes,
// their priority, the detectors, the defaults, the quick-fix titles, the opt-in repairs and
// package.json's huiyi.diagnostics.severity all follow it, and its order is a priority order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, damagedTexts, doc, ROOT } from './helpers.mjs';
import { syncedManifest } from '../../scripts/sync-package-json.mjs';

const { DETECTOR_SPECS } = core;
const OPTIONS = { indent: 'fullwidth' };

/** Texts with every kind of damage, the seeds and the fixture reports. */
function texts() {
  const damaged = damagedTexts();
  const dir = join(ROOT, 'test/fixtures/reports');
  const fixtures = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  return [...damaged, ...seeds, ...fixtures];
}

const summary = (findings) => findings.map((f) => `${f.code}@${f.start}-${f.end}`);

test('the codes, the detectors and the defaults are the table\'s, in its order', () => {
  const codes = DETECTOR_SPECS.map((s) => s.code);
  assert.equal(new Set(codes).size, codes.length, 'each code once');
  assert.deepEqual([...core.DAMAGE_CODES], codes);
  assert.deepEqual(core.DETECTORS.map((d) => d.code), codes);
  assert.deepEqual(core.DETECTORS, DETECTOR_SPECS.map((s) => s.detector));
  assert.deepEqual(Object.keys(core.DEFAULT_DAMAGE_SETTINGS.severity), codes);
  for (const s of DETECTOR_SPECS) {
    assert.equal(core.DEFAULT_DAMAGE_SETTINGS.severity[s.code], s.severity, s.code);
    assert.equal(core.CODE_FACTS[s.code].fixAll, s.fixAll, s.code);
    assert.ok(!(s.fixAll && s.optIn), `${s.code}: an opt-in repair is not one fix-all applies`);
    assert.equal(typeof s.title(), 'string');
  }
  assert.deepEqual([...core.OPT_IN_REPAIRS], DETECTOR_SPECS.filter((s) => s.optIn).map((s) => s.code));
  // A block of web-page chrome hides these codes' findings: so they come after it (a finding only hides later codes').
  const chrome = codes.indexOf('cleanup.boilerplate');
  for (const s of DETECTOR_SPECS.filter((s) => s.hiddenInChrome)) assert.ok(codes.indexOf(s.code) > chrome, s.code);
});

test('each detector gives findings of its own code only', () => {
  const seen = new Set();
  for (const text of texts()) {
    const model = core.buildReportModel(doc(text));
    for (const s of DETECTOR_SPECS) {
      for (const f of s.detector.detect({ text, model, options: OPTIONS })) {
        assert.equal(f.code, s.code);
        seen.add(f.code);
      }
    }
  }
  assert.deepEqual(DETECTOR_SPECS.map((s) => s.code).filter((c) => !seen.has(c)), [], 'every detector finds something in these texts');
});

test('the table is a priority order: the first k detectors give the findings of the first k codes that all of them give', () => {
  // What lets activeDetectors leave out the detectors at the end whose codes are off: a finding
  // only hides findings of codes after its own.
  for (const [i, text] of texts().entries()) {
    const model = core.buildReportModel(doc(text));
    const all = core.detectDamage({ text, model, options: OPTIONS });
    for (let k = 1; k < DETECTOR_SPECS.length; k++) {
      const first = new Set(DETECTOR_SPECS.slice(0, k).map((s) => s.code));
      const some = core.detectDamage({ text, model, options: OPTIONS }, core.DETECTORS.slice(0, k));
      assert.deepEqual(summary(some.filter((f) => first.has(f.code))), summary(all.filter((f) => first.has(f.code))), `text ${i}, first ${k} codes`);
    }
  }
});

test('the quick-fix titles are the table\'s', () => {
  const text = damagedTexts()[9];
  const document = doc(text);
  const model = core.buildReportModel(document);
  const settings = core.DEFAULT_SETTINGS.damage;
  const diagnostics = core.damageDiagnostics(document, model, settings);
  const request = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics, only: ['quickfix'] };
  const actions = core.damageCodeActions(document, model, settings, request).filter((a) => a.diagnostics?.length);
  const codes = new Set(actions.map((a) => a.diagnostics[0].code));
  assert.ok(codes.has('cleanup.boilerplate') && codes.has('cleanup.halfwidth-punctuation'), [...codes].join());
  for (const a of actions) assert.equal(a.title, DETECTOR_SPECS.find((s) => s.code === a.diagnostics[0].code).title());
});

test('package.json\'s huiyi.diagnostics.severity follows the table (node scripts/sync-package-json.mjs rewrites it)', () => {
  const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const setting = JSON.parse(text).contributes.configuration.properties['huiyi.diagnostics.severity'];
  assert.deepEqual(Object.keys(setting.properties), DETECTOR_SPECS.map((s) => s.code));
  for (const s of DETECTOR_SPECS) assert.equal(setting.properties[s.code].default, s.severity, s.code);
  assert.equal(text, syncedManifest(text, DETECTOR_SPECS, core.SEVERITIES));
});

test('one severity type: the settings offer the severities the core reads, and the core reads what they offer', () => {
  const properties = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties;
  const offered = [properties['huiyi.conversion.severity'].enum, ...Object.values(properties['huiyi.diagnostics.severity'].properties).map((p) => p.enum)];
  for (const values of offered) assert.deepEqual([...values].sort(), [...core.SEVERITIES].sort());
  const damage = core.resolveDamageSettings({ diagnostics: { severity: Object.fromEntries(DETECTOR_SPECS.map((s, i) => [s.code, core.SEVERITIES[i % core.SEVERITIES.length]])) } });
  DETECTOR_SPECS.forEach((s, i) => assert.equal(damage.severity[s.code], core.SEVERITIES[i % core.SEVERITIES.length], s.code));
  for (const severity of core.SEVERITIES) assert.equal(core.conversion.resolveConversionSettings({ severity }).severity, severity);
});
