// Issue 18 items 3 and 9 through the language service: a file decoded with the wrong encoding is read
// as nothing (no meetings, no script) and its outline says why; its quick fixes reopen it with the
// guessed encoding first; a file over the size limit gets an outline that says why it is empty. And
// the guess itself: GB18030 or Big5 from the bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { core, doc, seedDoc } from './service-helpers.mjs';

const iconv = createRequire(import.meta.url)('iconv-lite');
const service = core.createLanguageService();
const COMMANDS = { reopen: 'huiyi.reopenWithEncoding', folder: 'huiyi.useFolderEncoding' };

/** Seed text encoded in `encoding`, then decoded as UTF-8, as an editor would open it. */
const misread = (prefix, encoding) => new TextDecoder().decode(iconv.encode(seedDoc(prefix).getText(), encoding));

test('the bytes of a GBK file read as GB18030, of a Big5 file as Big5; UTF-8 and plain ASCII as neither', () => {
  for (const prefix of ['000', '001', '003', '004']) {
    const text = seedDoc(prefix).getText();
    assert.equal(core.guessLegacyEncoding(iconv.encode(text, 'gb18030')), 'gb18030', prefix);
    assert.equal(core.guessLegacyEncoding(iconv.encode(text, 'big5')), 'big5', prefix);
    assert.equal(core.guessLegacyEncoding(Buffer.from(text, 'utf8')), undefined, prefix);
  }
  assert.equal(core.guessLegacyEncoding(Buffer.from('plain ASCII text\n')), undefined);
});

test('a GBK file opened as UTF-8: no meetings, no officials, no script; the outline says why it is empty', () => {
  const document = doc(misread('000', 'gb18030'), { uri: 'file:///ws/gbk.txt' });
  const { model } = service.analyse(document);
  assert.equal(model.wronglyDecoded, true);
  assert.deepEqual([model.meetings.length, model.officials.length], [0, 0]);
  assert.equal(service.documentScript(document), undefined);
  assert.deepEqual(service.documentSymbols(document).map((s) => s.name), ['No outline: the file was decoded with the wrong encoding (reopen it with its encoding)']);
  const codes = service.diagnostics(document).map((d) => d.code);
  assert.deepEqual(codes, ['mojibake.wrong-encoding']);
});

test('its quick fixes: reopen with the guessed encoding first (preferred), the other one, then the folder settings', () => {
  const document = doc(misread('004', 'big5'), { uri: 'file:///ws/big5.txt' });
  const diagnostics = service.diagnostics(document);
  const actions = service.encodingCodeActions(document, { diagnostics, guessed: 'big5' }, COMMANDS);
  assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false]), [
    ['Reopen with Encoding Big5 (read from the file on disk, which is intact)', true],
    ['Reopen with Encoding GB18030', false],
    ["Open this folder's files as Big5 (files.encoding in the folder settings)", false],
    ["Let the editor guess this folder's encodings (files.autoGuessEncoding in the folder settings)", false],
  ]);
  assert.deepEqual(actions[0].command.arguments, [document.uri, 'cp950']);
  assert.deepEqual(actions[2].command.arguments, [document.uri, { encoding: 'cp950' }]);
  // With no guess (the bytes could not be read), GB18030 first, said without "read from the file".
  assert.equal(service.encodingCodeActions(document, { diagnostics }, { reopen: 'r' })[0].title, 'Reopen with Encoding GB18030');
  // On a file read right, nothing.
  const fine = seedDoc('000');
  assert.deepEqual(service.encodingCodeActions(fine, { diagnostics: service.diagnostics(fine) }, COMMANDS), []);
});

test('a file over huiyi.maxFileSizeMB: the outline says why it is empty', () => {
  const settings = { ...core.DEFAULT_SETTINGS, maxFileSizeMB: 0.001 };
  const document = seedDoc('000');
  assert.deepEqual(service.documentSymbols(document, settings).map((s) => s.name), ['No outline: the file is larger than huiyi.maxFileSizeMB (0.001 MB), so Huiyi did not analyse it']);
  assert.ok(service.documentSymbols(document).length > 1, 'under the default limit: its meetings');
});
