// Clustering a corpus read once as a stream (core/duplicates/stream-cluster.ts, what the editor's
// persisted index does after a build) must find exactly what clusterMeetings finds with every
// signature in memory, asking back only for the members of the clusters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core, doc } from './helpers.mjs';
import { makeCorpus } from '../duplicates/make-corpus.mjs';

const service = core.createLanguageService();
const signatures = makeCorpus({ seed: 5 }).flatMap(({ name, text }) => {
  const uri = `file:///c/${name}`;
  const { model } = service.analyse(doc(text, { uri }));
  service.forget(uri);
  return model ? core.duplicates.meetingSignatures(uri, text, model) : [];
});

function streamed(list) {
  const asked = [];
  const byKey = new Map(list.map((s) => [`${s.file}#${s.meeting}`, s]));
  const clusters = core.duplicates.clusterStream(
    (function* () {
      yield* list;
    })(),
    (refs) => refs.map((r) => (asked.push(`${r.file}#${r.meeting}`), byKey.get(`${r.file}#${r.meeting}`))),
  );
  return { clusters, asked };
}

test('a corpus clustered as it streams by gives the clusters of clusterMeetings, members, similarities and reasons alike', () => {
  const direct = core.clusterMeetings(signatures);
  assert.ok(direct.length > 50, `${direct.length} clusters`);
  const { clusters, asked } = streamed(signatures);
  assert.deepEqual(clusters, direct);
  // Only the members are read back whole.
  const members = direct.flatMap((c) => c.members.map((m) => `${signatures[m.index].file}#${signatures[m.index].meeting}`));
  assert.deepEqual(asked.sort(), members.sort());
});

test('in another order (files as workers finish), the streamed clusters still equal clusterMeetings on that order', () => {
  const reversed = [...signatures].reverse();
  assert.deepEqual(streamed(reversed).clusters, core.clusterMeetings(reversed));
});

test('the copies streamed from every file equal those of the workspace clusters holding every file', () => {
  const held = new core.MeetingClusters();
  const byFile = new Map();
  for (const s of signatures) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  for (const [uri, list] of byFile) held.set(uri, list);
  const byKey = new Map(signatures.map((s) => [`${s.file}#${s.meeting}`, s]));
  const copies = core.streamedCopies(signatures, (refs) => refs.map((r) => byKey.get(`${r.file}#${r.meeting}`)));
  const key = (c) => JSON.stringify(c);
  assert.deepEqual(copies.map(key).sort(), [...held.clusters()].map(key).sort());
});
