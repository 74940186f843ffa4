// The wrong-encoding quick fixes (core/features/encoding-actions.ts), for clients that have the
// commands they run. The encoding is guessed from the file's first bytes on disk: the editor's text
// has lost them to U+FFFD.
import { guessLegacyEncoding, type LegacyEncoding } from '../core';
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FOLDER_ENCODING_COMMAND, REOPEN_WITH_ENCODING_COMMAND } from '../protocol/api';
import type { CodeActionProvider } from './code-action-hub';

const SAMPLE = 64 * 1024;

/** The legacy encoding of the file's first 64 KB on disk, or undefined (not a file, unreadable, UTF-8). */
export function guessFileEncoding(uri: string): LegacyEncoding | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(fileURLToPath(uri), 'r');
    const bytes = Buffer.alloc(SAMPLE);
    let length = readSync(fd, bytes, 0, SAMPLE, 0);
    // A sample cut inside a character: end it at its last ASCII byte.
    if (length === SAMPLE) while (length > 0 && bytes[length - 1] >= 0x80) length--;
    return guessLegacyEncoding(bytes.subarray(0, length));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The quick fixes of mojibake.wrong-encoding: reopen with the encoding the file's bytes show. */
export const encodingCodeActionProvider: CodeActionProvider = {
  id: 'encoding',
  kinds: ['quickfix'],
  provide({ documents, service, clientCommands }, params) {
    const document = documents.get(params.textDocument.uri);
    if (!document || !clientCommands.has(REOPEN_WITH_ENCODING_COMMAND)) return [];
    if (!params.context.diagnostics.some((d) => d.code === 'mojibake.wrong-encoding')) return [];
    const commands = { reopen: REOPEN_WITH_ENCODING_COMMAND, folder: clientCommands.has(FOLDER_ENCODING_COMMAND) ? FOLDER_ENCODING_COMMAND : undefined };
    return service.encodingCodeActions(document, { diagnostics: params.context.diagnostics, guessed: guessFileEncoding(document.uri) }, commands);
  },
};
