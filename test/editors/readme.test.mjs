// The README shows the editor configs and the engine recipes as they are in the repo, so the files
// the tests run and the text users copy cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

/** Every fenced block of the README, with the indentation of its fence taken off each line. */
function fencedBlocks(markdown) {
  const blocks = [];
  const re = /^( *)```[a-z]*\n([\s\S]*?)^\1```$/gm;
  let m;
  while ((m = re.exec(markdown))) blocks.push(m[2].split('\n').map((l) => (l.startsWith(m[1]) ? l.slice(m[1].length) : l)).join('\n'));
  return blocks;
}

const FILES = ['editors/nvim/huiyi.lua', 'editors/nvim/huiyi-0.7.lua', 'editors/emacs/huiyi.el', 'docs/recipes/parallel.sh', 'docs/recipes/dask_export.py'];

test('the README includes each editor config and engine recipe verbatim', () => {
  const blocks = fencedBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  for (const file of FILES) assert.ok(blocks.includes(readFileSync(join(ROOT, file), 'utf8')), `README.md has no code block equal to ${file}`);
});
