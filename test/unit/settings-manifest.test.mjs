// package.json's settings as the Settings UI shows them: in the order people change them, every
// choice described, the severity map a row per code with its severities, and related settings
// linked (`#huiyi.x#` links in markdownDescription), in English and Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from './helpers.mjs';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties;
const nls = Object.fromEntries(['package.nls.json', 'package.nls.zh-cn.json'].map((f) => [f, JSON.parse(readFileSync(join(ROOT, f), 'utf8'))]));
const key = (s) => /^%(.+)%$/.exec(s)?.[1];

test('every setting has an order: the conversion variant first, the trace last', () => {
  const ordered = Object.entries(properties).sort(([, a], [, b]) => a.order - b.order).map(([name]) => name);
  assert.deepEqual(Object.entries(properties).filter(([, p]) => !Number.isInteger(p.order)).map(([n]) => n), []);
  assert.equal(new Set(Object.values(properties).map((p) => p.order)).size, ordered.length, 'no two settings share an order');
  assert.equal(ordered[0], 'huiyi.conversion.variant');
  assert.equal(ordered.at(-1), 'huiyi.trace.server');
  // What a user changes most comes before what a user rarely touches.
  const at = (name) => ordered.indexOf(name);
  assert.ok(at('huiyi.diagnostics.severity') < at('huiyi.officials.titles'));
  assert.ok(at('huiyi.officials.ignore') < at('huiyi.maxFileSizeMB'));
});

test('every enum, the severity map\'s included, has a description per item, in both languages', () => {
  const enums = [];
  for (const [name, p] of Object.entries(properties)) {
    if (p.enum) enums.push([name, p]);
    for (const [code, q] of Object.entries(p.properties ?? {})) if (q.enum) enums.push([`${name}.${code}`, q]);
  }
  assert.ok(enums.length >= 4 + core.DAMAGE_CODES.length);
  for (const [name, p] of enums) {
    assert.equal(p.enumDescriptions?.length, p.enum.length, name);
    for (const d of p.enumDescriptions) for (const [file, table] of Object.entries(nls)) assert.ok(table[key(d)], `${name}: ${d} in ${file}`);
  }
  assert.match(nls['package.nls.json'][key(properties['huiyi.conversion.variant'].enumDescriptions[1])], /Taiwan/);
});

test('huiyi.diagnostics.severity is a schema with a described row per code, each an enum of severities', () => {
  const setting = properties['huiyi.diagnostics.severity'];
  assert.equal(setting.type, 'object');
  assert.equal(setting.additionalProperties, false);
  assert.deepEqual(Object.keys(setting.properties), [...core.DAMAGE_CODES]);
  for (const [code, p] of Object.entries(setting.properties)) {
    assert.deepEqual(p.enum, ['error', 'warning', 'information', 'hint', 'off'], code);
    assert.equal(p.default, core.DEFAULT_DAMAGE_SETTINGS.severity[code], code);
    for (const table of Object.values(nls)) assert.ok(table[key(p.description)], code);
  }
  assert.match(nls['package.nls.zh-cn.json'][key(setting.properties['mojibake.pinyin-annotation'].description)], /拼音/);
});

test('related settings are links: every #huiyi.x# names a setting; the README pointers are links', () => {
  const linked = new Set();
  for (const [name, p] of Object.entries(properties)) {
    if (p.description) assert.doesNotMatch(p.description, /#huiyi\./, `${name}: links only work in markdownDescription`);
    if (!p.markdownDescription) continue;
    for (const [file, table] of Object.entries(nls)) {
      const text = table[key(p.markdownDescription)];
      assert.ok(text, `${name} in ${file}`);
      for (const [, target] of text.matchAll(/`#([\w.]+)#`/g)) {
        assert.ok(properties[target], `${name} links to ${target}, which is not a setting (${file})`);
        linked.add(target);
      }
      assert.doesNotMatch(text, /See the README|详见 README 的/, `${name}: a README pointer that is not a link (${file})`);
    }
  }
  for (const name of ['huiyi.maxNumberOfProblems', 'huiyi.diagnostics.groupPerParagraph', 'huiyi.conversion.variant', 'huiyi.officials.names', 'huiyi.officials.ignore']) assert.ok(linked.has(name), name);
  const severity = nls['package.nls.json'][key(properties['huiyi.diagnostics.severity'].markdownDescription)];
  assert.match(severity, /\[README, Diagnostics\]\(command:extension\.open\?%5B%22huiyi\.huiyi%22%5D\)/);
});
