// Copies of a meeting across the workspace (issue 16), through the language service: the code lens
// on each meeting that other files copy, and the hover card and Officials view counting a meeting
// once however many copies hold it (huiyi.duplicates.merge turns that off). The copies of seed 000
// are test/duplicates/seed-copies.mjs's: a traditional mirror with pinyin, a truncated repost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, doc, positionOf, seedDoc, workspaceOf, workspaceWithCopies } from './service-helpers.mjs';
import { ROOT } from './helpers.mjs';
import { seedCopies } from '../duplicates/seed-copies.mjs';

const service = core.createLanguageService();
const seed000 = seedDoc('000');
const copies = seedCopies(seed000.getText());
const mirror = doc(copies.mirror, { uri: 'file:///ws/mirror.txt' });
const truncated = doc(copies.truncated, { uri: 'file:///ws/truncated.txt' });
const all = [seed000, mirror, truncated];
const SEED = '000_afaa12a064718efa.txt';

const appearancesLine = (hover) => hover.contents.value.split('\n').find((l) => l.startsWith('Appearances'));

test('seed 000 with its two copies: each of its four meetings has a lens naming its copies', () => {
  const lenses = service.copyLenses(seed000, workspaceWithCopies(service, all));
  assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title]), [
    [0, 'Also in 2 other files: 1 traditional mirror, 1 copy'],
    [7, 'Also in 2 other files: 1 traditional mirror, 1 copy'],
    [15, 'Also in 2 other files: 1 traditional mirror, 1 truncated copy'],
    [24, 'Also in 1 other file: 1 traditional mirror'],
  ]);
  // Each outline meeting starts where its lens is.
  assert.deepEqual(service.documentSymbols(seed000).map((s) => s.range.start.line), [0, 7, 15, 24]);
});

test('the lens\'s command peeks at the copies: huiyi.showCopies with the meetings\' places in the other files', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const [first, , , last] = service.copyLenses(seed000, workspaceWithCopies(service, all));
  assert.equal(first.command.command, 'huiyi.showCopies');
  assert.ok(pkg.contributes.commands.some((c) => c.command === first.command.command));
  const [uri, position, locations] = first.command.arguments;
  assert.equal(uri, seed000.uri);
  assert.deepEqual(position, first.range.start);
  assert.deepEqual(locations.map((l) => [l.uri, l.range.start.line]).sort(), [['file:///ws/mirror.txt', 0], ['file:///ws/truncated.txt', 0]]);
  // The fourth meeting is past the truncated copy's end: only the mirror holds it, at its own headline.
  const [mirrorPlace] = last.command.arguments[2];
  assert.equal(mirrorPlace.uri, 'file:///ws/mirror.txt');
  const headline = copies.mirror.split('\n')[mirrorPlace.range.start.line];
  assert.match(headline.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g, ''), /^八公山區召開雙擁工作領導小組/);
});

test('the copies\' lenses say which copy is canonical: the simplified, complete seed 000', () => {
  const workspace = workspaceWithCopies(service, all);
  const titles = (d) => service.copyLenses(d, workspace).map((l) => l.command.title);
  assert.deepEqual(titles(mirror), [
    `Also in 2 other files: 2 copies · canonical copy: ${SEED}`,
    `Also in 2 other files: 2 copies · canonical copy: ${SEED}`,
    `Also in 2 other files: 1 truncated copy, 1 copy · canonical copy: ${SEED}`,
    `Also in 1 other file: 1 copy · canonical copy: ${SEED}`,
  ]);
  assert.equal(titles(truncated).length, 3);
  assert.ok(titles(truncated).every((t) => t.startsWith('Also in 2 other files: 1 traditional mirror, 1 copy · canonical')));
});

test('no lens without copies: seed 000 alone, or beside other reports', () => {
  assert.deepEqual(service.copyLenses(seed000, workspaceWithCopies(service, [seed000])), []);
  const others = [seed000, seedDoc('001'), seedDoc('002'), seedDoc('003')];
  assert.deepEqual(others.flatMap((d) => service.copyLenses(d, workspaceWithCopies(service, others))), []);
});

test('汤洁\'s card counts the meetings once: as many as with seed 000 alone, and says how many copies were merged', () => {
  const where = positionOf(seed000, '汤洁');
  const alone = appearancesLine(service.hover(seed000, where, workspaceOf(service, [seed000])));
  assert.equal(alone, 'Appearances: 3 meetings in 1 file');
  const hover = service.hover(seed000, where, workspaceWithCopies(service, all));
  assert.equal(appearancesLine(hover), 'Appearances: 3 meetings in 1 file (6 copies merged)');
  assert.equal(hover.contents.value.split('\n').filter((l) => l.startsWith('- ') && l.endsWith('(+2 copies)')).length, 3);
  // Hovered in a copy, the card is the same count, with the canonical copy's links.
  const inMirror = service.hover(mirror, positionOf(mirror, '湯潔'), workspaceWithCopies(service, all));
  assert.equal(appearancesLine(inMirror), 'Appearances: 3 meetings in 1 file (6 copies merged)');
  assert.ok(!inMirror.contents.value.includes('mirror.txt'));
});

test('huiyi.duplicates.merge off: every copy counts as a meeting again', () => {
  const off = core.resolveSettings({ duplicates: { merge: false } });
  assert.equal(core.resolveSettings({}).duplicates.merge, true);
  const hover = service.hover(seed000, positionOf(seed000, '汤洁'), workspaceWithCopies(service, all), off);
  assert.equal(appearancesLine(hover), 'Appearances: 9 meetings in 3 files');
});

test('the Officials view counts 汤洁\'s meetings once, each with its copies, and the total merged', () => {
  const workspace = workspaceWithCopies(service, all);
  const alone = service.officials(workspaceOf(service, [seed000]).summaries).find((o) => o.name === '汤洁');
  const merged = service.officials(workspace.summaries, { copies: workspace }).find((o) => o.name === '汤洁');
  assert.equal(merged.meetingCount, alone.meetingCount);
  assert.equal(merged.mergedCopies, 6);
  assert.deepEqual(merged.meetings.map((m) => [m.uri, m.copies]), alone.meetings.map((m) => [m.uri, 2]));
  const unmerged = service.officials(workspace.summaries).find((o) => o.name === '汤洁');
  assert.equal(unmerged.meetingCount, 3 * alone.meetingCount);
  assert.equal(unmerged.mergedCopies, 0);
});

test('the Officials view follows huiyi.duplicates.merge', () => {
  const workspace = workspaceWithCopies(service, all);
  const off = core.createLanguageService();
  off.configure(core.resolveSettings({ duplicates: { merge: false } }));
  assert.equal(off.officials(workspace.summaries, { copies: workspace }).find((o) => o.name === '汤洁').meetingCount, 9);
});

test('the Corpus Overview counts a copied meeting once (huiyi.duplicates.merge), every copy with merging off', () => {
  const workspace = workspaceWithCopies(service, all);
  const total = (o) => o.months.reduce((n, m) => n + m.count, 0) + o.undated;
  const alone = service.corpusOverview(workspaceOf(service, [seed000]).summaries);
  const merged = service.corpusOverview(workspace.summaries, { copies: workspace });
  assert.equal(total(alone), 4);
  assert.equal(total(merged), total(alone));
  assert.equal(merged.officials.find((o) => o.name === '汤洁').meetings, alone.officials.find((o) => o.name === '汤洁').meetings);
  const off = core.createLanguageService();
  off.configure(core.resolveSettings({ duplicates: { merge: false } }));
  assert.ok(total(off.corpusOverview(workspace.summaries, { copies: workspace })) > total(alone));
});
