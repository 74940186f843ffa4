// Pipe mode as distributed engines use it: one process per shard, records on standard output.
// Spark's RDD.pipe and Hadoop streaming are not installed here; their documented contracts are
// simulated: each partition's elements are written to one process's stdin, one per line (an empty
// partition too: Spark starts the process anyway), each stdout line is one output element, and a
// non-zero exit status fails the task. GNU parallel and Dask run for real (engines.test.mjs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, huiyi, ROOT, seedPath, tempDir } from './helpers.mjs';

const SEEDS = ['000', '001', '002', '003', '004'].map(seedPath);
const exportOf = (input, args = []) => huiyi(['export', '--jobs', '1', '--quiet', ...args, '-'], { input });

describe('huiyi export - : a shard in, records out', () => {
  test('empty input: no output, exit 0 (export, export --officials, check --format jsonl)', () => {
    for (const input of ['', '\n', '\r\n\n']) {
      for (const args of [[], ['--officials']]) {
        const r = exportOf(input, args);
        assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', ''], JSON.stringify(input));
      }
      const c = huiyi(['check', '--format', 'jsonl', '--quiet', '-'], { input });
      assert.deepEqual([c.code, c.stdout], [0, '']);
    }
  });

  test('a shard whose files are all skipped or not reports: no output, exit 0, in paths and in {id, text} mode', () => {
    const dir = tempDir('skipped');
    const binary = join(dir, 'blob.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0, 1, 2, 3, 0, 0]));
    const paths = exportOf([join(ROOT, 'README.md'), binary].join('\n') + '\n');
    assert.equal(paths.code, 0, paths.stderr);
    assert.equal(paths.stdout, '');
    const texts = exportOf(JSON.stringify({ id: 'readme', text: readFileSync(join(ROOT, 'README.md'), 'utf8') }) + '\n' + JSON.stringify({ id: 'en', text: 'Minutes of the meeting.' }) + '\n');
    assert.deepEqual([texts.code, texts.stdout], [0, '']);
  });

  test('a missing file in a shard: exit 1 (not 2), named on stderr, the other files exported', () => {
    const missing = join(tempDir('missing'), 'gone.txt');
    const alone = exportOf(missing + '\n');
    assert.equal(alone.code, 1, alone.stderr);
    assert.match(alone.stderr, /gone\.txt: no such file or folder/);
    const mixed = exportOf(`${missing}\n${SEEDS[0]}\n`);
    assert.equal(mixed.code, 1);
    assert.equal(mixed.stdout.trim().split('\n').length, 4);
  });

  test('records carry what merging needs: file (or id) and meeting index; shards merged by them give the single run', () => {
    const single = huiyi(['export', '--quiet', ...SEEDS]).stdout.trim().split('\n');
    const shards = [SEEDS.slice(3), SEEDS.slice(0, 1), [], SEEDS.slice(1, 3)].map((s) => exportOf(s.map((p) => p + '\n').join('')));
    const merged = shards.flatMap((r) => (assert.equal(r.code, 0), r.stdout.split('\n').filter(Boolean))).map((l) => JSON.parse(l));
    merged.sort((a, b) => SEEDS.indexOf(a.file) - SEEDS.indexOf(b.file) || a.meeting - b.meeting);
    assert.deepEqual(merged.map((r) => JSON.stringify(r)), single);
    const texts = exportOf(SEEDS.map((p) => JSON.stringify({ id: `doc-${p.slice(-8)}`, text: readFileSync(p, 'utf8') }) + '\n').join(''));
    const ids = texts.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((r) => `${r.file}#${r.meeting}`);
    assert.equal(new Set(ids).size, ids.length, 'file and meeting identify a record');
    assert.ok(ids.every((id) => id.startsWith('doc-')));
  });

  test('CRLF survives {id, text}: the records equal those of the CRLF file read by path', () => {
    const dir = tempDir('crlf');
    const records = SEEDS.map((p) => {
      const file = join(dir, p.split('/').pop());
      writeFileSync(file, readFileSync(p, 'utf8').replace(/\n/g, '\r\n'));
      return JSON.stringify({ id: file, text: readFileSync(file, 'utf8') });
    });
    const byPath = huiyi(['export', '--quiet', dir]).stdout;
    assert.equal(exportOf(records.join('\n') + '\n').stdout, byPath);
    // What the README's snippet avoids with newline="": LF texts for CRLF files change records.
    const lf = records.map((r) => JSON.stringify({ ...JSON.parse(r), text: JSON.parse(r).text.replace(/\r\n/g, '\n') }));
    assert.notEqual(exportOf(lf.join('\n') + '\n').stdout, byPath);
  });

  test('start-up stays lean: empty input and the seeds never load nodejieba', () => {
    const hook = join(ROOT, 'test/editors/jieba-probe.cjs');
    const run = (args, input) => spawnSync(process.execPath, ['-r', hook, CLI, ...args], { input, encoding: 'utf8' });
    assert.match(spawnSync(process.execPath, ['-r', hook, '-e', "require('nodejieba')"], { cwd: ROOT, encoding: 'utf8' }).stderr, /nodejieba loaded: true/, 'the hook sees a load');
    assert.match(run(['export', '-'], '').stderr, /nodejieba loaded: false/);
    for (const seed of SEEDS) assert.match(run(['export', '--jobs', '1', seed]).stderr, /nodejieba loaded: false/);
  });
});

/** One task of an engine that pipes each partition through a command (Spark RDD.pipe, Hadoop streaming). */
function pipeTask(lines) {
  const r = spawnSync(process.execPath, [CLI, 'export', '--jobs', '1', '--quiet', '-'], { input: lines.map((l) => l + '\n').join(''), encoding: 'utf8' });
  if (r.status !== 0) return { failed: `exit ${r.status}: ${r.stderr}` };
  return { lines: r.stdout.split('\n').slice(0, -1) };
}

describe('Spark RDD.pipe and Hadoop streaming contracts (simulated, not the engines themselves)', () => {
  // docs.toJSON() in Spark: one {"id", "text"} object per element, on one line.
  const element = (p) => JSON.stringify({ id: p, text: readFileSync(p, 'utf8') });
  const partitions = [[element(SEEDS[0]), element(SEEDS[1])], [], [element(SEEDS[2])], [element(SEEDS[3]), element(SEEDS[4])]];

  test('every partition, the empty one too, is a successful task; every output line is one JSON record without a tab', () => {
    const tasks = partitions.map(pipeTask);
    assert.deepEqual(tasks.map((t) => t.failed), [undefined, undefined, undefined, undefined]);
    assert.deepEqual(tasks[1].lines, [], 'an empty partition gives an empty partition');
    const out = tasks.flatMap((t) => t.lines);
    // spark.read.json(lines) parses each element alone; Hadoop streaming splits key and value at
    // the first tab (none: the whole line passes through a map-only job).
    for (const line of out) {
      assert.equal(typeof JSON.parse(line).file, 'string');
      assert.ok(!line.includes('\t'));
    }
    const single = huiyi(['export', '--quiet', ...SEEDS]).stdout.trim().split('\n');
    assert.deepEqual(out, single);
  });

  test('a partition naming a file that is gone fails its task (non-zero exit), as the engines expect', () => {
    const dir = tempDir('gone');
    const copy = join(dir, 'seed.txt');
    copyFileSync(SEEDS[0], copy);
    assert.equal(pipeTask([copy]).failed, undefined);
    assert.match(pipeTask([join(dir, 'gone.txt')]).failed, /^exit 1: .*gone\.txt: no such file/);
  });
});
