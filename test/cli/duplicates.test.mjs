// `huiyi duplicates`, `huiyi signatures` and export's cluster fields (issue 16), on the generated
// corpus of test/duplicates/make-corpus.mjs: its known copies give the pair precision and recall.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { makeCorpus, writeCorpus } from '../duplicates/make-corpus.mjs';
import { score } from '../duplicates/score.mjs';
import { huiyi, records } from './cli-helpers.mjs';
import { REPORTS } from '../eval/lib.mjs';

const dir = mkdtempSync(join(tmpdir(), 'huiyi-dups-'));
const corpus = makeCorpus({ seed: 16 });
writeCorpus(dir, corpus);
// An undamaged original of test/eval that a digest page quotes: its cluster holds the digest's short
// item. (Which one depends on the set's originals; s02 was, before s46–s49 were written. Some
// originals carry U+FFFD of their own (s64, s65, s72): a digest quoting less of that damage is
// rightly the canonical copy, so they are not the one looked at.)
const undamaged = (id) => !readFileSync(join(REPORTS, `${id}.txt`), 'utf8').includes('\uFFFD');
const digested = corpus.filter((f) => f.name.startsWith('digest')).flatMap((f) => f.keys).map((k) => k.replace(/#\d+$/, '')).find((id) => /^s\d{2,3}-/.test(id) && undamaged(id));
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
const lines = (stdout) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('huiyi duplicates', () => {
  const run = huiyi(['duplicates', '-q', '--jobs', '2', dir]);
  const clusters = lines(run.stdout);
  const exported = records(huiyi(['export', '-q', '--duplicates', '--jobs', '2', dir]).stdout, 'meeting');

  test('pair precision ≥ 0.99 and recall ≥ 0.95 on the generated corpus (mirrors, pinyin, damage, truncation, reordering, headlines; hard negatives)', () => {
    assert.equal(run.code, 0, run.stderr);
    const meetings = new Map();
    for (const m of exported) meetings.set(m.file, Math.max(meetings.get(m.file) ?? 0, m.meeting + 1));
    const s = score(truth, clusters, meetings);
    process.stdout.write(`# duplicates: ${s.truePairs} true pairs, ${s.foundPairs} found, precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}\n`);
    assert.ok(s.truePairs > 400, `the corpus has copies (${s.truePairs} pairs)`);
    assert.ok(s.precision >= 0.99, `precision ${s.precision}: ${s.falsePairs.slice(0, 5).join('; ')}`);
    assert.ok(s.recall >= 0.95, `recall ${s.recall}: ${s.missed.slice(0, 5).join('; ')}`);
  });

  test('a cluster lists its members with the canonical copy first, a similarity each, and why', () => {
    const c = clusters.find((x) => x.members.some((m) => m.file.endsWith(`${digested}.txt`)));
    assert.ok(c);
    assert.equal(c.size, c.members.length);
    assert.deepEqual(c.canonical, { file: c.members[0].file, meeting: c.members[0].meeting });
    assert.ok(c.members[0].canonical && c.members.slice(1).every((m) => !m.canonical));
    // Simplified, undamaged and complete: the original, its reordered copy, a copy with new web chrome
    // around the same meeting (chrome is not the meeting's damage) or a copy with the same text (a
    // paragraph "dropped" from a source too short to lose one) — equal on every count, then the first
    // file by name — never the mirror or the digest's short item.
    const original = readFileSync(join(dir, `${digested}.txt`), 'utf8');
    const first = c.members[0].file;
    assert.ok(new RegExp(`${digested}\\.(copy\\d-(reorder|c)\\.)?txt$`).test(first) || (first.includes(`${digested}.`) && readFileSync(first, 'utf8') === original), first);
    assert.ok(c.members.some((m) => m.file.includes('digest') && m.why.includes('truncated')), 'the digest item is a short copy');
    for (const m of c.members.slice(1)) {
      assert.ok(m.similarity > 0.6 && m.similarity <= 1 && m.why.length, JSON.stringify(m));
      if (m.script === 'traditional') assert.ok(m.why.includes('traditional mirror'));
    }
  });

  test('the same clusters with one thread, from standard input, and from the signatures of two shards', () => {
    assert.equal(huiyi(['duplicates', '-q', '--jobs', '1', dir]).stdout, run.stdout);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
    assert.equal(huiyi(['duplicates', '-q', '-'], { input: files.join('\n') + '\n' }).stdout, run.stdout);
    const half = Math.floor(files.length / 2);
    const shards = [files.slice(0, half), files.slice(half)].map((list, i) => {
      const path = join(dir, `sig${i}.jsonl`);
      writeFileSync(path, huiyi(['signatures', '-q', '--jobs', '2', ...list]).stdout);
      return path;
    });
    const merged = huiyi(['duplicates', '--from-signatures', ...shards]);
    assert.equal(merged.code, 0, merged.stderr);
    assert.equal(merged.stdout, run.stdout);
  });
});

describe('huiyi export: cluster and canonical', () => {
  const all = records(huiyi(['export', '-q', '--duplicates', dir]).stdout, 'meeting');
  const clusters = lines(huiyi(['duplicates', '-q', dir]).stdout);

  test('each meeting names its cluster, and exactly one member of each cluster is canonical', () => {
    const byCluster = new Map();
    for (const m of all) if (m.cluster) byCluster.set(m.cluster, [...(byCluster.get(m.cluster) ?? []), m]);
    assert.equal(byCluster.size, clusters.length);
    for (const c of clusters) {
      const members = byCluster.get(c.cluster);
      assert.equal(members.length, c.size);
      assert.deepEqual(members.filter((m) => m.canonical).map((m) => [m.file, m.meeting]), [[c.canonical.file, c.canonical.meeting]]);
    }
    assert.ok(all.filter((m) => !m.cluster).every((m) => m.canonical), 'a meeting without copies is its own canonical copy');
  });

  test('--unique writes the canonical meetings only: one per true source meeting', () => {
    const unique = records(huiyi(['export', '-q', '--unique', dir]).stdout, 'meeting');
    assert.equal(unique.length, all.filter((m) => m.canonical).length);
    const sources = new Set(Object.values(truth).flat());
    // A copy left out of its cluster is one more unique meeting: the tolerance follows the recall the
    // issue accepts (pairs ≥ 0.95, asserted above), not a tighter figure of one corpus draw.
    assert.ok(Math.abs(unique.length - sources.size) <= sources.size * 0.05, `${unique.length} unique meetings, ${sources.size} sources`);
  });

  test('--clusters FILE (from huiyi duplicates) gives the same records, written as they come', () => {
    const path = join(dir, 'clusters.jsonl');
    writeFileSync(path, clusters.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const given = records(huiyi(['export', '-q', '--clusters', path, dir]).stdout, 'meeting');
    assert.deepEqual(given, all);
  });

  test('--csv ends each row with the cluster and canonical cells', () => {
    const rows = huiyi(['export', '--csv', '--duplicates', '-q', dir]).stdout.trim().split('\r\n');
    assert.deepEqual(rows[0].split(',').slice(-2), ['cluster', 'canonical']);
    assert.equal(rows.length - 1, all.length);
  });
});
