// Semantic tokens through the language service: officials and their titles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc, seedDoc } from './service-helpers.mjs';

const service = core.createLanguageService();

/** Decodes the LSP relative encoding into [line, character, length, type] tokens with their text. */
function decode(document, data) {
  const lines = document.getText().split('\n');
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] ? data[i + 1] : character + data[i + 1];
    out.push({ line, text: lines[line].slice(character, character + data[i + 2]), type: core.OFFICIAL_TOKEN_TYPES[data[i + 3]] });
  }
  return out;
}

test('seed 000: the first line\'s officials and titles, as the editor colours them', () => {
  const document = seedDoc('000');
  const tokens = decode(document, service.semanticTokens(document));
  const onFirst = tokens.filter((t) => t.line === 0);
  assert.ok(onFirst.some((t) => t.type === 'title' && t.text === '区委书记'));
  assert.ok(onFirst.some((t) => t.type === 'official' && t.text === '汤洁'));
  assert.ok(onFirst.some((t) => t.type === 'official' && t.text === '胡汪兴'));
  assert.ok(tokens.filter((t) => t.type === 'official').length >= 30);
  assert.ok(tokens.filter((t) => t.type === 'title').length >= 10);
  assert.ok(tokens.filter((t) => t.type === 'official').every((t) => /^\p{Script=Han}{2,4}$/u.test(t.text)), 'officials are names');
});

test('no tokens for a text that is no report', () => {
  assert.deepEqual(service.semanticTokens(doc('Shopping list:\n- milk\n')), []);
});
