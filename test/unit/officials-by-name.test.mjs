// The Officials view's list read one official at a time (officialsOfSources, what the persisted
// corpus index does so that it never holds the corpus's summaries at once) must be the list
// its reference, officials over every summary, gives: same entries, same order.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { core, doc, ROOT } from './helpers.mjs';

const service = core.createLanguageService();
const dir = join(ROOT, 'seeds');
const summaries = readdirSync(dir)
  .sort()
  .map((f) => service.summarize(doc(readFileSync(join(dir, f), 'utf8'), { uri: `file:///seeds/${f}` })))
  .filter(Boolean);

/** The reports naming each official, each holding that official alone (its first entry, as lookups take it). */
function byName(list) {
  const groups = new Map();
  for (const s of list) {
    for (const o of s.officials) {
      const group = groups.get(o.name) ?? [];
      if (group.at(-1)?.uri === s.uri) continue;
      group.push({ ...s, officials: [o] });
      groups.set(o.name, group);
    }
  }
  return [...groups.values()];
}

for (const options of [{}, { limit: 5 }, { sort: 'name' }, { sort: 'lastSeen', limit: 20 }, { query: '书记' }, { query: '縣長' }]) {
  test(`officials read one official at a time equal officials over every report (${JSON.stringify(options)})`, () => {
    const all = service.officials(summaries, options);
    assert.ok(all.length > (options.limit ?? 3) - 1 || options.query, `${all.length} officials`);
    const sources = byName(summaries).map((group) => core.officialSources(group)[0]);
    assert.deepEqual(service.officialsOfSources(sources, options), all);
  });
}
