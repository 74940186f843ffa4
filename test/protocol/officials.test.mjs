// Officials over LSP: hover card, definition, references across the workspace in either script,
// highlights, rename, semantic tokens, the huiyi/officials request and indexing progress.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedPath, startServer } from './lsp-client.mjs';

const TRADITIONAL = '區委召開會議\n3月5日上午，區委常委會召開會議。區委書記湯潔主持會議并講話。區長朱傑出席會議。\n湯潔強調，要抓好落實。\n';

function positionOf(text, needle, nth = 0) {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('officials over LSP', () => {
  let server;
  let dir;
  let uri;
  let text;
  const progress = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'huiyi-officials-'));
    copyFileSync(seedPath('000'), join(dir, 'seed-000.txt'));
    copyFileSync(seedPath('001'), join(dir, 'seed-001.txt'));
    writeFileSync(join(dir, 'traditional.txt'), TRADITIONAL);
    server = await startServer({ workspaceFolders: [pathToFileURL(dir).href] });
    server.connection.onNotification('$/progress', (p) => progress.push(p.value.kind));
    text = readFileSync(join(dir, 'seed-000.txt'), 'utf8');
    uri = await server.openFile(join(dir, 'seed-000.txt'));
    // The index is built in the background; wait until it knows the traditional file.
    for (let i = 0; i < 100; i++) {
      const officials = await server.request('huiyi/officials', {});
      if (officials.find((o) => o.name === '汤洁')?.meetings.some((m) => m.uri.endsWith('traditional.txt'))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('hover on 汤洁 in seed 000 shows 区委书记, roles and appearances across the workspace', async () => {
    const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '汤洁') });
    const md = hover.contents.value;
    assert.match(md, /\*\*汤洁\*\*/);
    assert.match(md, /区委书记/);
    assert.match(md, /attendee, speaker/);
    assert.match(md, /Appearances: 4 meetings in 2 files\n/);
    assert.match(md, /traditional\.txt/);
    assert.match(md, /First seen/);
    assert.equal(text.slice(0, 200).split('\n')[hover.range.start.line].slice(hover.range.start.character, hover.range.end.character), '汤洁');
  });

  test('hover card counts in the singular for one meeting in one file (程晋淼), in the plural for 2 (胡汪兴)', async () => {
    const card = async (name) => (await server.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, name) })).contents.value;
    assert.match(await card('程晋淼'), /Appearances: 1 meeting in 1 file\n/);
    assert.match(await card('胡汪兴'), /Appearances: 2 meetings in 1 file\n/);
  });

  test('hover on text that is not an official shows nothing', async () => {
    const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '招商引资') });
    assert.equal(hover, null);
  });

  test('go to definition jumps to the mention with the fullest title (朱杰: 区委副书记、区长、区双拥工作领导小组组长)', async () => {
    const location = await server.request('textDocument/definition', { textDocument: { uri }, position: positionOf(text, '朱杰在讲话中') });
    assert.deepEqual(location.range.start, positionOf(text, '朱杰出席会议并讲话'));
  });

  test('references list every mention across the workspace, whatever the script', async () => {
    const refs = await server.request('textDocument/references', { textDocument: { uri }, position: positionOf(text, '汤洁'), context: { includeDeclaration: true } });
    const own = refs.filter((r) => r.uri === uri).length;
    const traditional = refs.filter((r) => r.uri.endsWith('traditional.txt')).length;
    assert.equal(own, 11);
    assert.equal(traditional, 2);
  });

  test('document highlights mark each mention in this file', async () => {
    const highlights = await server.request('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(text, '陈红') });
    assert.equal(highlights.length, 2);
  });

  test('rename is one WorkspaceEdit across the corpus', async () => {
    const prepared = await server.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(text, '汤洁') });
    assert.equal(prepared.placeholder, '汤洁');
    const edit = await server.request('textDocument/rename', { textDocument: { uri }, position: positionOf(text, '汤洁'), newName: '汤杰' });
    assert.equal(edit.changes[uri].length, 11);
    const tradUri = Object.keys(edit.changes).find((u) => u.endsWith('traditional.txt'));
    assert.equal(edit.changes[tradUri].length, 2);
    assert.ok(Object.values(edit.changes).flat().every((e) => e.newText === '汤杰'));
  });

  test('semantic tokens mark officials and titles', async () => {
    const tokens = await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const types = [];
    for (let i = 3; i < tokens.data.length; i += 5) types.push(tokens.data[i]);
    assert.ok(types.filter((t) => t === 0).length >= 30);
    assert.ok(types.filter((t) => t === 1).length >= 10);
  });

  test('huiyi/officials lists officials by number of meetings, with their meetings', async () => {
    const officials = await server.request('huiyi/officials', {});
    assert.equal(officials[0].name, '汤洁');
    assert.equal(officials[0].meetingCount, 4);
    assert.deepEqual(officials[0].spellings.sort(), ['汤洁', '湯潔']);
    const wang = officials.find((o) => o.name === '王俊岭');
    assert.deepEqual(wang.spellings, ['王俊嶺']);
  });

  test('indexing reported its progress (begin … end)', () => {
    assert.equal(progress[0], 'begin');
    assert.equal(progress.at(-1), 'end');
  });
});
