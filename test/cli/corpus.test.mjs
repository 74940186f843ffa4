// End to end on a generated corpus: 300 reports recombined from the seeds (about 2.5 MB), the way
// the benchmark builds its 10,000. Exports are the same with one worker and with two, every record
// matches the schema, and `fix` leaves nothing repairable behind and is idempotent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recombinedCorpus } from '../bench/stats.mjs';
import { huiyi, records } from './cli-helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'huiyi-corpus-'));
const { reports } = recombinedCorpus(2.5 * 2 ** 20, 13);
const files = reports.slice(0, 300).map((text, i) => {
  const name = `r${String(i).padStart(3, '0')}.txt`;
  writeFileSync(join(dir, name), text);
  return name;
});

test('export: the same records with one worker and with two, each valid and pointing into its file', () => {
  const one = huiyi(['export', '-q', '--jobs', '1', dir]);
  const two = huiyi(['export', '-q', '--jobs', '2', dir]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(one.stdout, two.stdout);
  const meetings = records(one.stdout, 'meeting');
  // As many records as `check` counts meetings, file by file.
  const checked = JSON.parse(huiyi(['check', '-q', '--format', 'json', dir]).stdout);
  assert.equal(checked.files.length, files.length);
  assert.equal(meetings.length, checked.files.reduce((n, f) => n + f.meetings, 0));
  assert.ok(meetings.length >= files.length, `${meetings.length} meetings`);
  for (const m of meetings) {
    const lines = readFileSync(m.file, 'utf8').split('\n').length;
    assert.ok(m.range.start.line >= 1 && m.range.end.line <= lines, `${m.file}: ${JSON.stringify(m.range)}`);
    assert.ok(m.chairs.length + m.speakers.length + m.attendees.length > 0 || m.name, `${m.file} #${m.meeting} names nobody and nothing`);
  }
});

test('export --officials: 汤洁 with 区委书记, one record per person across both scripts', () => {
  const officials = records(huiyi(['export', '-q', '--officials', dir]).stdout, 'official');
  const names = officials.map((o) => o.name);
  assert.equal(new Set(names).size, names.length, 'one record per person');
  const tang = officials.find((o) => o.name === '汤洁');
  assert.ok(tang, '汤洁 is found');
  assert.ok(tang.titles.some((t) => t.title === '区委书记'));
  const wang = officials.find((o) => o.name === '王俊岭');
  if (wang) assert.ok(wang.spellings.includes('王俊嶺'), 'traditional and simplified spellings are one person');
});

const findingsOf = (codes) => JSON.parse(huiyi(['check', '-q', '--format', 'json', '--only', codes, dir]).stdout);

test('fix: nothing fix-all repairs is left, lost characters stay flagged, and a second run writes nothing', () => {
  const codes = 'mojibake.question-marks,mojibake.pinyin-annotation,cleanup.whitespace';
  const before = findingsOf(codes).summary;
  assert.ok(before.byCode['mojibake.pinyin-annotation'] > 0 && before.byCode['mojibake.question-marks'] > 0, JSON.stringify(before.byCode));
  assert.equal(huiyi(['fix', '-q', dir]).code, 0);
  const after = findingsOf(codes);
  assert.deepEqual(Object.keys(after.summary.byCode), ['mojibake.question-marks'], JSON.stringify(after.summary.byCode));
  // What is left are characters lost in an encoding conversion: flagged, never guessed.
  const left = after.files.flatMap((f) => f.findings);
  assert.ok(left.length > 0 && left.every((f) => !/indent/.test(f.message)), left.map((f) => f.message).slice(0, 3).join('\n'));
  const stamps = files.map((f) => statSync(join(dir, f)).mtimeMs);
  const again = huiyi(['fix', dir]);
  assert.equal(again.code, 0);
  assert.doesNotMatch(again.stderr, /fixed/);
  assert.deepEqual(files.map((f) => statSync(join(dir, f)).mtimeMs), stamps);
  assert.deepEqual(readdirSync(dir).sort(), [...files].sort(), 'no temporary or backup files left');
});

test('fix --also cleanup.boilerplate: the web-page blocks go, every meeting stays', () => {
  const meetings = records(huiyi(['export', '-q', dir]).stdout, 'meeting');
  assert.ok(findingsOf('cleanup.boilerplate').summary.findingCount > 0);
  assert.equal(huiyi(['fix', '-q', '--also', 'cleanup.boilerplate', dir]).code, 0);
  assert.equal(findingsOf('cleanup.boilerplate').summary.findingCount, 0);
  const after = records(huiyi(['export', '-q', dir]).stdout, 'meeting');
  assert.equal(after.length, meetings.length);
  assert.deepEqual(after.map((m) => m.chairs.map((c) => c.name).join()), meetings.map((m) => m.chairs.map((c) => c.name).join()));
  const again = huiyi(['fix', '--also', 'cleanup.boilerplate', dir]);
  assert.doesNotMatch(again.stderr, /fixed/);
});
