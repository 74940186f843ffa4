// Shared helpers for unit tests: the bundled core and in-memory documents.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The pure analysis core, as bundled by esbuild.mjs into dist/core.js. */
export const core = require(join(ROOT, 'dist/core.js'));
const { TextDocument } = require('vscode-languageserver-textdocument');

export function doc(text, { uri = 'file:///test.txt', languageId = 'plaintext', version = 1 } = {}) {
  return TextDocument.create(uri, languageId, version, text);
}

export function seed(prefix) {
  const dir = join(ROOT, 'seeds');
  const name = readdirSync(dir).sort().find((f) => f.startsWith(prefix));
  return { name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') };
}

export function seedDoc(prefix, options) {
  const s = seed(prefix);
  return doc(s.text, { uri: `file:///seeds/${s.name}`, ...options });
}
