// Every user-facing string has its Simplified Chinese translation: the messages passed to t() /
// vscode.l10n.t() in the server and the client, and every %key% of package.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

function sources(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every t() message of the server and the client is in l10n/bundle.l10n.zh-cn.json', () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
  const messages = new Set();
  for (const file of [...sources(join(ROOT, 'server/src')), ...sources(join(ROOT, 'client/src'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'((?:\\.|[^'\\])*)'/g)) messages.add(m[1].replace(/\\'/g, "'"));
  }
  assert.ok(messages.size > 20, `found ${messages.size} messages`);
  const missing = [...messages].filter((m) => !(m in bundle));
  assert.deepEqual(missing, []);
  for (const [en, zh] of Object.entries(bundle)) {
    const placeholders = (s) => (s.match(/\{\d+\}/g) ?? []).sort().join();
    assert.equal(placeholders(zh), placeholders(en), `placeholders of "${en}"`);
  }
});

test('every %key% of package.json has an English and a Chinese text', () => {
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 20);
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const nls = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    assert.deepEqual(keys.filter((k) => typeof nls[k] !== 'string' || !nls[k]), [], file);
  }
});
