// Measured, not hoped: recall and false positives of every damage code on a generated evaluation
// set (test/unit/damage-eval-corpus.mjs). Asserts recall >= 0.98 for every repairable family,
// zero false positives on the clean set, and repairs that give back the clean original exactly.
// `node test/unit/damage-eval.test.mjs --table` prints the table the README shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from './helpers.mjs';
import { bases, cleanSeeds, core, CORRUPTERS, LOOKALIKES, lostCharacters, rng, traditionalBases, WHOLE_FILE } from './damage-eval-corpus.mjs';

const OPTIONS = { indent: 'fullwidth' };
const VARIANTS = 4;

function findingsOf(text) {
  const d = doc(text, { languageId: 'meeting-report' });
  return core.detectDamage({ text, model: core.buildReportModel(d), options: OPTIONS });
}

function measure() {
  const rows = [];
  for (const [code, corrupt] of Object.entries(CORRUPTERS)) {
    const row = { code, what: '', docs: 0, expected: 0, found: 0, falsePositives: 0, repairs: 0, exactRepairs: 0 };
    const sources = code === 'mojibake.pinyin-annotation' ? traditionalBases() : bases();
    for (const base of sources) {
      for (let v = 0; v < VARIANTS; v++) {
        const damaged = corrupt(base.text, rng(1000 * v + base.name.length));
        if (!damaged) continue;
        row.docs++;
        const found = findingsOf(damaged.text).filter((f) => f.code === code);
        const key = (s, e) => `${s}:${e}`;
        const expected = new Set(damaged.spans.map(([s, e]) => key(s, e)));
        const got = new Set(found.map((f) => key(f.start, f.end)));
        row.expected += expected.size;
        for (const k of expected) if (got.has(k)) row.found++;
        for (const k of got) if (!expected.has(k)) row.falsePositives++;
        if (damaged.reversible) {
          row.repairs++;
          const repaired = core.applyEdits(damaged.text, core.repairsOf(damaged.text, found));
          if (repaired === (damaged.clean ?? base.text)) row.exactRepairs++;
        }
      }
    }
    rows.push(row);
  }
  // Lost characters: simplified text written to Big5 and read back. Flagged only.
  const lost = { code: 'mojibake.question-marks', what: 'lost characters (Big5 round trip)', docs: 0, expected: 0, found: 0, falsePositives: 0, repairs: 0, exactRepairs: 0 };
  for (const base of bases().filter((b) => !/[區會學]/.test(b.text))) {
    const damaged = lostCharacters(base.text);
    lost.docs++;
    const found = findingsOf(damaged.text).filter((f) => f.code === 'mojibake.question-marks' && !f.repair);
    const got = new Set(found.map((f) => `${f.start}:${f.end}`));
    for (const [s, e] of damaged.spans) {
      lost.expected++;
      if (got.has(`${s}:${e}`)) lost.found++;
    }
    lost.falsePositives += [...got].filter((k) => !damaged.spans.some(([s, e]) => `${s}:${e}` === k)).length;
  }
  rows.push(lost);
  // Whole files in the wrong encoding: one file-level finding each, and nothing else.
  for (const [what, wreck] of Object.entries(WHOLE_FILE)) {
    const row = { code: 'mojibake.wrong-encoding', what, docs: 0, expected: 0, found: 0, falsePositives: 0, repairs: 0, exactRepairs: 0 };
    for (const base of [...bases(), ...cleanSeeds()]) {
      const found = findingsOf(wreck(base.text));
      row.docs++;
      row.expected++;
      if (found.length === 1 && found[0].code === 'mojibake.wrong-encoding') row.found++;
      else row.falsePositives += found.filter((f) => f.code !== 'mojibake.wrong-encoding').length;
    }
    rows.push(row);
  }
  return rows;
}

/** Findings on clean texts, by code. Seeds as they are count only damage codes (their style findings are real). */
function cleanSet() {
  const texts = [
    ...bases().map((b) => ({ ...b, codes: () => true })),
    ...LOOKALIKES.map((text, i) => ({ name: `look-alike ${i + 1}`, text, codes: () => true })),
    ...cleanSeeds().map((s) => ({ ...s, codes: (c) => c.startsWith('mojibake.') || c === 'cleanup.control-chars' || c === 'cleanup.html' })),
  ];
  const hits = [];
  for (const t of texts) {
    for (const f of findingsOf(t.text)) if (t.codes(f.code)) hits.push(`${t.name}: ${f.code} ${JSON.stringify(t.text.slice(f.start, f.end))}`);
  }
  return { texts: texts.length, chars: texts.reduce((n, t) => n + t.text.length, 0), hits };
}

const REPAIRABLE = new Set(Object.keys(CORRUPTERS).filter((c) => c !== 'mojibake.replacement-char'));
const rows = measure();
const clean = cleanSet();

export function table() {
  const lines = ['| code | damage | docs | damaged spans | found (exact range) | recall | false positives | exact repairs |', '|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const recall = r.expected ? (r.found / r.expected).toFixed(3) : '–';
    lines.push(`| \`${r.code}\` | ${r.what || 'injected'} | ${r.docs} | ${r.expected} | ${r.found} | ${recall} | ${r.falsePositives} | ${r.repairs ? `${r.exactRepairs}/${r.repairs}` : 'flagged only'} |`);
  }
  lines.push('', `Clean set: ${clean.texts} texts, ${clean.chars} characters; findings: ${clean.hits.length}.`);
  return lines.join('\n');
}

if (process.argv.includes('--table')) console.log(table());

for (const r of rows) {
  const name = `${r.code}${r.what ? ` (${r.what})` : ''}`;
  test(`eval: ${name}: recall, false positives, repairs`, () => {
    assert.ok(r.expected > 0, 'the generator produced damage');
    if (REPAIRABLE.has(r.code) && !r.what) assert.ok(r.found / r.expected >= 0.98, `recall ${r.found}/${r.expected}`);
    else assert.ok(r.found / r.expected >= 0.9, `recall ${r.found}/${r.expected}`);
    assert.equal(r.falsePositives, 0);
    assert.equal(r.exactRepairs, r.repairs, 'every reversible damage is repaired to the clean original');
  });
}

test('eval: zero findings on the clean set (seeds, written reports, look-alikes)', () => {
  assert.deepEqual(clean.hits, []);
});
