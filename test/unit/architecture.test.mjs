// The architecture, checked on the sources' imports:
// - the adapters (LSP server, command line, VS Code client) reach the core through core/index.ts only;
// - the core's layers point one way: text → normalize → model → {damage, officials, conversion} →
//   report → features → service, with the shared leaves (document, l10n, data, script) below all;
// - no import cycles, in the core or anywhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers.mjs';

const SRC = join(ROOT, 'server/src');
const CORE = join(SRC, 'core');

function sources(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative imports of a file (import … from, export … from, import()), resolved to files. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  for (const m of text.matchAll(/(?:^|\s)(?:import|export)\s[^'";]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/gm)) {
    const spec = m[1] ?? m[2];
    const target = resolve(dirname(file), spec);
    if (spec.endsWith('.json')) out.push(target);
    else if (existsSync(`${target}.ts`)) out.push(`${target}.ts`);
    else if (existsSync(join(target, 'index.ts'))) out.push(join(target, 'index.ts'));
    else out.push(target);
  }
  return out;
}

const RANKS = [
  ['document.ts', 'document-cache.ts', 'l10n.ts', 'severity.ts', 'data', 'script'],
  ['text'],
  ['normalize'],
  ['model'],
  ['damage', 'repair', 'officials', 'conversion', 'duplicates'],
  ['report', 'settings.ts', 'admission.ts'],
  ['features'],
  ['language-service.ts', 'index.ts'],
];
/** The layer of a core file: [rank, group]. Within rank 4 the groups are siblings that never import each other (repair belongs to damage). */
function layerOf(file) {
  const top = relative(CORE, file).split('/')[0];
  const rank = RANKS.findIndex((names) => names.includes(top));
  return { rank, group: top === 'repair' ? 'damage' : top };
}

test('every core file belongs to a layer', () => {
  const unplaced = sources(CORE).filter((f) => layerOf(f).rank === -1).map((f) => relative(CORE, f));
  assert.deepEqual(unplaced, []);
});

test('the core\'s layers point one way: nothing imports a layer above it or a sibling beside it', () => {
  const wrong = [];
  for (const file of sources(CORE)) {
    const from = layerOf(file);
    for (const target of importsOf(file)) {
      if (!target.startsWith(CORE + '/')) {
        if (!target.startsWith(join(ROOT, 'l10n'))) wrong.push(`${relative(CORE, file)} reaches outside the core: ${relative(ROOT, target)}`);
        continue;
      }
      const to = layerOf(target);
      const sibling = from.rank === 4 && to.rank === 4 && from.group !== to.group;
      if (to.rank > from.rank || sibling) wrong.push(`${relative(CORE, file)} (${from.group}) → ${relative(CORE, target)} (${to.group})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the LSP server, the command line and the VS Code client import no core file but core/index.ts', () => {
  const wrong = [];
  const adapters = [...sources(join(SRC, 'lsp')), ...sources(join(SRC, 'cli')), join(SRC, 'main.ts'), ...sources(join(ROOT, 'client/src'))];
  for (const file of adapters) {
    for (const target of importsOf(file)) {
      if (target.startsWith(CORE + '/') && target !== join(CORE, 'index.ts')) wrong.push(`${relative(ROOT, file)} → ${relative(ROOT, target)}`);
      if (file.startsWith(join(ROOT, 'client')) && target.startsWith(SRC + '/') && target !== join(SRC, 'protocol/api.ts')) wrong.push(`${relative(ROOT, file)} → ${relative(ROOT, target)} (the client shares only protocol/api.ts)`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('no import cycles', () => {
  const files = [...sources(SRC), ...sources(join(ROOT, 'client/src'))];
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => t.endsWith('.ts'))]));
  // Tarjan's strongly connected components, iteratively.
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  for (const root of files) {
    if (index.has(root)) continue;
    const work = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const next = (graph.get(node) ?? [])[i];
      if (next !== undefined) {
        frame[1]++;
        if (!graph.has(next)) continue;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
        continue;
      }
      work.pop();
      if (work.length) low.set(work[work.length - 1][0], Math.min(low.get(work[work.length - 1][0]), low.get(node)));
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(relative(ROOT, member));
        } while (member !== node);
        if (component.length > 1) cycles.push(component.sort().join(' ↔ '));
      }
    }
  }
  assert.deepEqual(cycles, []);
});
