// Issue 16: seed 000 with two copies in the workspace — one converted to traditional script with
// pinyin annotations, one truncated (test/duplicates/seed-copies.mjs) — in a real editor: each
// meeting shows its copies in a code lens, the lens's command peeks at them, and 汤洁's hover card
// counts the same meetings as with seed 000 alone, saying how many copies were merged.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vscode = require('vscode');
const h = require('./helpers');

const COPIES = path.join(__dirname, '..', '..', 'duplicates', 'seed-copies.mjs');

/**
 * The titles of the code lenses on `uri`, once there are `count` of them, or once they are the
 * `expected` titles: the copies are indexed one file at a time, so a lens may first name one copy
 * and then both, after the server's workspace/codeLens/refresh (the last titles seen are in the failure).
 */
async function lensTitles(uri, count, expected) {
  let last = [];
  try {
    return await h.waitFor(
      async () => {
        const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri)) || [];
        last = lenses.map((l) => l.command && l.command.title).filter(Boolean);
        if (last.length !== count) return undefined;
        return !expected || JSON.stringify(last) === JSON.stringify(expected) ? last : undefined;
      },
      { timeout: 45000, message: `${count} code lenses on ${path.basename(uri.fsPath)}` },
    );
  } catch (error) {
    throw new Error(`${error.message}; last titles: ${JSON.stringify(last)}`);
  }
}

const appearances = (text) => text.split('\n').find((l) => l.startsWith('Appearances'));

describe('copies of a meeting (issue 16)', function () {
  this.timeout(120000);
  let seed;
  let mirror;
  let truncated;
  let alone;
  before(async () => {
    ({ document: seed } = await h.openSeed('000'));
    // With seed 000 alone (no copy in the workspace yet): the card's count once the index is built.
    await lensTitles(seed.uri, 0);
    alone = appearances(await h.hoverText(seed.uri, h.positionOf(seed, '汤洁')));
    const { seedCopies } = await import(pathToFileURL(COPIES).href);
    const copies = seedCopies(seed.getText());
    mirror = h.writeWorkspaceFile('copy-mirror.txt', copies.mirror);
    truncated = h.writeWorkspaceFile('copy-truncated.txt', copies.truncated);
  });
  after(async () => {
    await h.closeAllEditors();
    for (const uri of [mirror, truncated]) if (uri) fs.rmSync(uri.fsPath, { force: true });
    if (seed) await lensTitles(seed.uri, 0);
  });

  it('each of seed 000\'s meetings shows its copies in a code lens', async () => {
    const expected = [
      'Also in 2 other files: 1 traditional mirror, 1 copy',
      'Also in 2 other files: 1 traditional mirror, 1 copy',
      'Also in 2 other files: 1 traditional mirror, 1 truncated copy',
      'Also in 1 other file: 1 traditional mirror',
    ];
    assert.deepEqual(await lensTitles(seed.uri, 4, expected), expected);
  });

  it('the copies\' meetings show theirs, with seed 000 as the canonical copy', async () => {
    await h.open(mirror);
    const titles = await lensTitles(mirror, 4);
    assert.ok(titles.every((t) => t.endsWith(`canonical copy: ${path.basename(seed.uri.fsPath)}`)), JSON.stringify(titles));
    await h.open(truncated);
    assert.equal((await lensTitles(truncated, 3)).length, 3);
  });

  it('the lens\'s command opens a peek at the copies', async () => {
    await h.open(seed.uri);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', seed.uri);
    const { command } = lenses[0];
    assert.equal(command.command, 'huiyi.showCopies');
    await vscode.commands.executeCommand(command.command, ...command.arguments);
    // The peek leaves the seed as the active editor (it opens inline, not as another tab).
    assert.equal(vscode.window.activeTextEditor.document.uri.toString(), seed.uri.toString());
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('汤洁\'s hover counts the meetings once, as many as with seed 000 alone, and says how many copies were merged', async () => {
    assert.equal(alone, 'Appearances: 3 meetings in 1 file');
    const merged = await h.waitFor(
      async () => {
        const line = appearances(await h.hoverText(seed.uri, h.positionOf(seed, '汤洁')));
        return line && line.includes('copies merged') ? line : undefined;
      },
      { timeout: 30000, message: 'a card with merged copies' },
    );
    assert.equal(merged, `${alone} (6 copies merged)`);
  });
});
