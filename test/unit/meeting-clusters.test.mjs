// The workspace's clusters of copies (core/duplicates/meeting-clusters.ts), as the editor's index
// keeps them: files set and removed one at a time, clusters brought up to date at the next lookup.
// Re-clustering only around the files that changed must give what clustering everything gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core, doc } from './helpers.mjs';
import { makeCorpus } from '../duplicates/make-corpus.mjs';

const service = core.createLanguageService();
const files = makeCorpus({ seed: 3 }).map(({ name, text }) => {
  const uri = `file:///c/${name}`;
  const { model } = service.analyse(doc(text, { uri }));
  service.forget(uri);
  return { uri, signatures: model ? core.duplicates.meetingSignatures(uri, text, model) : [] };
});

/** Every meeting's cluster, as the sorted list of its members ("uri#meeting", the canonical one starred). */
function partition(clusters, set) {
  const out = new Map();
  for (const f of set) {
    for (const s of f.signatures) {
      const c = clusters.copiesOf(f.uri, s.meeting);
      if (c) out.set(`${f.uri}#${s.meeting}`, c.members.map((m) => `${m.uri}#${m.meeting}${m.canonical ? '*' : ''}`).sort().join(' '));
    }
  }
  return out;
}

function fresh(set) {
  const clusters = new core.MeetingClusters();
  for (const f of set) clusters.set(f.uri, f.signatures);
  return clusters;
}

test('the corpus\'s copies are found through the workspace clusters as by huiyi duplicates', () => {
  const clusters = fresh(files);
  const all = files.flatMap((f) => f.signatures);
  const direct = core.clusterMeetings(all);
  assert.ok(direct.length > 50);
  const sizes = direct.map((c) => c.members.length).sort((a, b) => a - b);
  const seen = new Map();
  for (const [key, members] of partition(clusters, files)) seen.set(members, key);
  assert.deepEqual([...seen.keys()].map((m) => m.split(' ').length).sort((a, b) => a - b), sizes);
});

test('files removed, changed and added one at a time: the clusters equal a fresh clustering of the same files', () => {
  const clusters = fresh(files);
  partition(clusters, files); // clustered once: the next lookups go incremental
  const current = new Map(files.map((f) => [f.uri, f]));
  const steps = [];
  // Remove a copy, a source and a digest page; then give a copy another file's text; then put a file back.
  const copy = files.find((f) => f.uri.includes('.copy1-'));
  const source = files.find((f) => /\/s0\d-[a-z-]+\.txt$/.test(f.uri));
  const digest = files.find((f) => f.uri.includes('digest1'));
  for (const f of [copy, source, digest]) steps.push(() => (clusters.delete(f.uri), current.delete(f.uri)));
  const other = files.find((f) => f.uri.includes('.copy0-') && !f.uri.includes(source.uri.split('/').pop().replace('.txt', '')));
  steps.push(() => {
    const moved = { uri: copy.uri, signatures: other.signatures.map((s) => ({ ...s, file: copy.uri })) };
    clusters.set(moved.uri, moved.signatures);
    current.set(moved.uri, moved);
  });
  steps.push(() => (clusters.set(source.uri, source.signatures), current.set(source.uri, source)));
  for (const step of steps) {
    step();
    const set = [...current.values()];
    assert.deepEqual(partition(clusters, set), partition(fresh(set), set));
  }
});

test('while held (the index being built), lookups keep the last clusters; released, they catch up', () => {
  const [a, b] = [files.find((f) => f.uri.endsWith('/s01-control-county-standing.txt')), files.find((f) => f.uri.includes('s01-control-county-standing.copy2-t.'))];
  assert.ok(a && b);
  const clusters = new core.MeetingClusters();
  clusters.set(a.uri, a.signatures);
  assert.equal(clusters.copiesOf(a.uri, 0), undefined);
  const release = clusters.hold();
  clusters.set(b.uri, b.signatures);
  assert.equal(clusters.copiesOf(a.uri, 0), undefined);
  release();
  assert.deepEqual(clusters.copiesOf(a.uri, 0)?.members.map((m) => m.uri), [a.uri, b.uri]);
});
