// The README's distributed recipes, run for real on a generated corpus of 2,000 reports (CRLF,
// traditional, two non-reports): GNU parallel (docs/recipes/parallel.sh) and Dask on a LocalCluster
// of two worker processes (docs/recipes/dask_export.py, Debian's python3-distributed in
// /usr/bin/python3). Each must give the records of one `huiyi export` over the same files.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCorpus, sortedLines } from './corpus.mjs';
import { CLI, huiyi, missing, ROOT, tempDir } from './helpers.mjs';

const PYTHON = '/usr/bin/python3';
const HUIYI = `${process.execPath} ${CLI}`;
const noDask = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import dask.distributed']).status === 0 ? false : 'python3-distributed is not installed for /usr/bin/python3 (.ci/run installs it)';

let dir, corpus, files, reference;
before(() => {
  dir = tempDir('engines');
  corpus = join(dir, 'corpus');
  files = makeCorpus(corpus, 400);
  const single = huiyi(['export', '--quiet', corpus]);
  assert.equal(single.code, 0, single.stderr);
  reference = sortedLines(single.stdout);
});

function timed(command, args, options) {
  const start = Date.now();
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  return { ...r, seconds: (Date.now() - start) / 1000 };
}

describe('engines over 2,000 reports', () => {
  test('the corpus: 2,000 reports, 3,200 meetings, and the two non-reports export nothing', () => {
    assert.equal(files.length, 2000);
    assert.equal(reference.length, 3200);
    assert.ok(!reference.some((l) => /readme\.txt|english\.txt/.test(JSON.parse(l).file)));
  });

  test('GNU parallel: docs/recipes/parallel.sh, paths in and {id, text} in, equals the single run', { skip: missing('parallel') }, () => {
    const cwd = tempDir('parallel');
    const r = timed('sh', [join(ROOT, 'docs/recipes/parallel.sh'), corpus], { cwd, env: { ...process.env, HUIYI } });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(sortedLines(readFileSync(join(cwd, 'meetings.jsonl'), 'utf8')), reference);
    // CRLF reports included: the records from the texts equal those from the paths (newline="").
    assert.deepEqual(sortedLines(readFileSync(join(cwd, 'meetings-from-texts.jsonl'), 'utf8')), reference);
    console.log(`# GNU parallel recipe (both runs): ${r.seconds.toFixed(1)} s`);
  });

  test('Dask: a folder in partitions of 300 paths, gathered', { skip: noDask, timeout: 120_000 }, () => {
    const r = timed(PYTHON, [join(ROOT, 'docs/recipes/dask_export.py'), '--workers', '2', '--partition-size', '300', corpus], { env: { ...process.env, HUIYI } });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(sortedLines(r.stdout), reference);
    console.log(`# Dask, folder, gathered: ${r.seconds.toFixed(1)} s`);
  });

  test('Dask: files of paths and of {id, text} records, with empty partitions, written per partition', { skip: noDask, timeout: 120_000 }, () => {
    const inputs = join(dir, 'inputs');
    const out = join(dir, 'out');
    spawnSync('mkdir', ['-p', inputs]);
    const record = (p) => JSON.stringify({ id: p, text: readFileSync(p, 'utf8') }) + '\n';
    const nonReports = [join(corpus, 'readme.txt'), join(corpus, 'english.txt')];
    const shards = [
      files.slice(0, 600).join('\n') + '\n', // paths
      '', // an empty partition
      files.slice(600, 1300).map(record).join(''), // {id, text}, CRLF kept
      '',
      nonReports.join('\n') + '\n', // only files that are not reports: no records, exit 0
      files.slice(1300).map(record).join(''),
    ];
    const names = shards.map((text, i) => {
      const name = join(inputs, `shard-${i}.txt`);
      writeFileSync(name, text);
      return name;
    });
    const r = timed(PYTHON, [join(ROOT, 'docs/recipes/dask_export.py'), '--workers', '2', '--out', out, ...names], { env: { ...process.env, HUIYI } });
    assert.equal(r.status, 0, r.stderr);
    const parts = readdirSync(out).sort();
    assert.equal(parts.length, shards.length, 'one file per partition');
    const texts = parts.map((p) => readFileSync(join(out, p), 'utf8'));
    assert.deepEqual([1, 3, 4].map((i) => texts[i]), ['', '', ''], 'empty partitions, and one of non-reports, give empty files');
    assert.deepEqual(sortedLines(texts.join('')), reference);
    console.log(`# Dask, six files (three empty partitions), per partition: ${r.seconds.toFixed(1)} s`);
  });
});
