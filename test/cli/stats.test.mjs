// `huiyi stats` (issue 17): the Corpus Overview's figures on the command line, equal to what the
// language service computes for the editor's panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { huiyi, ROOT } from './cli-helpers.mjs';

const require = createRequire(import.meta.url);
const core = require(join(ROOT, 'dist/core.js'));
const { TextDocument } = require('vscode-languageserver-textdocument');
const SEEDS = join(ROOT, 'seeds');

function serviceOverview(filter) {
  const service = core.createLanguageService();
  const summaries = readdirSync(SEEDS)
    .sort()
    .map((f) => service.summarize(TextDocument.create(pathToFileURL(join(SEEDS, f)).href, 'meeting-report', 1, readFileSync(join(SEEDS, f), 'utf8'))));
  return service.corpusOverview(summaries, { filter });
}

test('huiyi stats --format json prints the service’s overview of the seeds', () => {
  const r = huiyi(['stats', 'seeds', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const printed = JSON.parse(r.stdout);
  assert.deepEqual(printed, JSON.parse(JSON.stringify(serviceOverview(undefined))));
  assert.equal(printed.meetings, 8);
});

test('huiyi stats filters as the panel does (script, body, span)', () => {
  const r = huiyi(['stats', 'seeds', '--script', 'traditional', '--from', '2021', '--to', '2021-12']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(serviceOverview({ script: 'traditional', from: '2021', to: '2021-12' }))));
  const body = JSON.parse(huiyi(['stats', 'seeds', '--body', '贾汪区委常委会']).stdout);
  assert.deepEqual(body.bodies.map((b) => [b.body, b.count, b.chair]), [['贾汪区委常委会', 1, '杨明']]);
});

test('huiyi stats --format csv: months, bodies, officials’ dated titles and damage families in one table', () => {
  const r = huiyi(['stats', 'seeds', '--format', 'csv']);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.trim().split('\r\n').map((l) => l.split(','));
  assert.deepEqual(rows[0], ['section', 'name', 'kind', 'count', 'first', 'last', 'detail']);
  const months = rows.filter((x) => x[0] === 'month');
  assert.equal(months.reduce((n, x) => n + Number(x[3]), 0), 8);
  assert.deepEqual(months.find((x) => x[2] === 'no year').slice(3, 4), ['7']);
  assert.deepEqual(rows.find((x) => x[0] === 'body' && x[1] === '贾汪区委常委会'), ['body', '贾汪区委常委会', 'party', '1', '2021-01-11', '2021-01-11', '杨明']);
  assert.deepEqual(rows.find((x) => x[0] === 'official' && x[1] === '汤洁'), ['official', '汤洁', '区委书记', '3', '', '', '10月13日晚 10月21日上午 10月8日下午']);
  const service = serviceOverview(undefined);
  for (const f of service.damage) assert.equal(Number(rows.find((x) => x[0] === 'damage' && x[1] === f.family)[3]), f.count);
});

test('huiyi stats --help, and usage errors', () => {
  assert.match(huiyi(['stats', '--help']).stdout, /Usage: huiyi stats/);
  assert.match(huiyi(['--help']).stdout, /stats/);
  assert.equal(huiyi(['stats', 'seeds', '--format', 'xml']).code, 2);
  assert.equal(huiyi(['stats', 'seeds', '--from', 'January']).code, 2);
  assert.equal(huiyi(['stats']).code, 2);
});
