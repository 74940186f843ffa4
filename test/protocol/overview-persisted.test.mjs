// huiyi/corpusOverview with the persisted index (issue 17): the tallies are counted in SQL on the
// store, not over summaries read back, and the panel gets the same answer as from the index in
// memory, to the last mark, on the seeds and on the generated duplicates corpus (copies count
// once), unfiltered and under every kind of filter, packed as the panel asks for it too, and with
// a report open and edited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEEDS, startServer } from './lsp-client.mjs';
import { makeCorpus, writeCorpus } from '../duplicates/make-corpus.mjs';

const core = createRequire(import.meta.url)(join(import.meta.dirname, '../../dist/core.js'));

/** A server on `dir`, once its first indexing has ended (in memory, or in `storage`). */
async function indexed(dir, storage) {
  const server = await startServer({ workspaceFolders: [pathToFileURL(dir).href], initializationOptions: storage ? { indexStorage: storage } : {} });
  let timer;
  const ended = new Promise((resolve) => server.connection.onNotification('$/progress', (p) => p.value?.kind === 'end' && resolve(true)));
  const done = await Promise.race([ended, new Promise((r) => (timer = setTimeout(() => r(false), 180_000)))]);
  clearTimeout(timer);
  assert.ok(done, 'the index was built');
  return server;
}

/** The panel's requests: unfiltered, by body, by script, by span, with more officials and files. */
function requests(first) {
  const year = (first.choices.first || '2021').slice(0, 4);
  return [
    {},
    { officials: 40, files: 30 },
    ...first.choices.bodies.slice(0, 3).map((body) => ({ filter: { body }, officials: 20 })),
    { filter: { script: 'traditional' }, officials: 20 },
    { filter: { script: 'simplified' } },
    { filter: { from: `${year}-01`, to: `${year}-06` }, officials: 20 },
    { filter: { from: `${year}-03-15` } },
    { filter: { to: first.choices.last || `${year}-12` } },
    { filter: { body: first.choices.bodies[0], script: 'traditional', from: year } },
  ];
}

async function answers(server, list) {
  const out = [];
  for (const params of list) out.push(await server.request('huiyi/corpusOverview', params));
  return out;
}

async function compare(files, { edit } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-ovp-'));
  const storage = mkdtempSync(join(tmpdir(), 'huiyi-ovp-storage-'));
  try {
    files(dir);
    const memory = await indexed(dir);
    const persisted = await indexed(dir, storage);
    try {
      assert.ok(persisted.logs.some((l) => l.startsWith('Corpus index ')), 'the persisted index is in use');
      const first = await memory.request('huiyi/corpusOverview', {});
      assert.ok(first.meetings > 0 && first.officials.length > 0);
      const list = requests(first);
      const [a, b] = [await answers(memory, list), await answers(persisted, list)];
      for (let i = 0; i < list.length; i++) assert.deepEqual(b[i], a[i], `the same answer for ${JSON.stringify(list[i])}`);
      // Packed (what the panel asks for), from either index: the same figures once unpacked.
      for (const server of [memory, persisted]) {
        const packed = await server.request('huiyi/corpusOverview', { ...list[3], packed: true });
        assert.ok(packed.officials.some((x) => x.marks.length) && packed.officials.every((x) => x.marks.every(Number.isInteger)), 'the marks are packed');
        assert.deepEqual(core.unpackOverview(packed), a[3]);
      }
      if (!edit) return a;
      // A report open and edited (not saved): its text as edited counts, in both.
      const name = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[edit.file];
      const text = readFileSync(join(dir, name), 'utf8');
      const edited = edit.change(text);
      assert.notEqual(edited, text);
      const uri = pathToFileURL(join(dir, name)).href;
      for (const server of [memory, persisted]) {
        await server.open(uri, text);
        await server.change(uri, [{ text: edited }], 2);
      }
      const until = async (server) => {
        for (let i = 0; i < 100; i++) {
          const o = await server.request('huiyi/corpusOverview', {});
          if (JSON.stringify(o) !== JSON.stringify(first)) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await until(memory);
      await until(persisted);
      const [c, d] = [await answers(memory, list), await answers(persisted, list)];
      assert.notDeepEqual(c[0], a[0], 'the edit shows');
      for (let i = 0; i < list.length; i++) assert.deepEqual(d[i], c[i], `the same answer with ${name} edited, for ${JSON.stringify(list[i])}`);
      return a;
    } finally {
      await memory.stop();
      await persisted.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}

test('the seeds: the persisted index gives the panel the same figures as the index in memory, a report edited too', async () => {
  const [o] = await compare((dir) => cpSync(SEEDS, dir, { recursive: true }), {
    // 汤洁 leaves the first seed's first meeting she chairs: her count and marks change.
    edit: { file: 0, change: (text) => text.replace('汤洁', '某某') },
  });
  assert.equal(o.meetings, 8);
});

test('the generated duplicates corpus: copies count once, and the figures are the same from the persisted index', async () => {
  const [o] = await compare((dir) => writeCorpus(dir, makeCorpus()), {
    // A copy loses its text: the copies it stood with count as they are found now.
    edit: { file: 1, change: (text) => text.split('\n').slice(0, 3).join('\n') },
  });
  const files = makeCorpus().length;
  assert.ok(o.meetings < files, `copies counted once (${o.meetings} meetings in ${files} files)`);
});
