// Reads one input's text for a command, or says in plain words why it is not analysed.
import { readText, type LegacyEncoding } from '../core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeFrom, type FromEncoding } from './legacy-input';
import { fsErrorText } from './fs-errors';
import type { Input } from './inputs';
import { sniffUtf16File, utf16Message } from './utf16';

const MB = 2 ** 20;

function tooLarge(bytes: number, maxMB: number): string {
  const size = bytes >= MB / 10 ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
  return `${size}, larger than --max-file-size (${maxMB} MB); not analysed (raise --max-file-size to analyse it: it takes about 30 times its size in memory)`;
}

export type ReadInput = { text: string; bytes: number; reencoded?: LegacyEncoding } | { error: string; bytes: number; skipped?: boolean };

/** The input's text, or why it is not analysed (`skipped`: on purpose, not a failure). `from`: fix --from-encoding. */
export function readInput(input: Input, maxMB: number, from?: FromEncoding): ReadInput {
  if (input.text !== undefined) {
    const bytes = Buffer.byteLength(input.text);
    return bytes > maxMB * MB ? { error: tooLarge(bytes, maxMB), bytes, skipped: true } : { text: input.text, bytes };
  }
  let text: string;
  let size: number;
  try {
    // The size is checked before reading (on the open descriptor: no extra system call), so a
    // file of gigabytes is neither read nor held.
    const read = readText(input.path!, maxMB * MB);
    if ('tooLarge' in read) return { error: tooLarge(read.size, maxMB), bytes: read.size, skipped: true };
    ({ text, size } = read);
    if (from && text.includes('\ufffd')) {
      // Not UTF-8 (or UTF-8 with U+FFFD in it): read the bytes again in the encoding given.
      const legacy = decodeFrom(readFileSync(input.path!), from);
      if ('error' in legacy) return { error: legacy.error, bytes: size };
      if (legacy.encoding) return { text: legacy.text, bytes: size, reencoded: legacy.encoding };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'EISDIR' ? 'is a folder' : `cannot read the file (${fsErrorText(error)})`, bytes: 0 };
  }
  // A NUL byte in UTF-8 is U+0000 and nothing else; UTF-16 has them in every ASCII character, or
  // starts with a byte order mark (FF FE, FE FF: U+FFFD as UTF-8). Its first bytes decide.
  const nul = text.slice(0, 8192).includes('\u0000');
  if (nul || text.charCodeAt(0) === 0xfffd) {
    const utf16 = sniffUtf16File(input.path!);
    if (utf16) return { error: utf16Message(utf16), bytes: size, skipped: true };
  }
  if (nul) return { error: 'binary file (it contains NUL bytes); not analysed', bytes: size, skipped: true };
  return { text, bytes: size };
}

/**
 * Each input read as a document (its uri the file's, or stdin:ID), in order; an input that cannot be
 * read is named on stderr. Returns how many failed (a file skipped as too large is not a failure).
 */
export function forEachDocument(inputs: readonly Input[], maxMB: number, visit: (document: TextDocument, input: Input) => void): number {
  let failed = 0;
  for (const input of inputs) {
    const read = readInput(input, maxMB);
    if ('error' in read) {
      if (!read.skipped) failed++;
      process.stderr.write(`huiyi: ${input.id}: ${read.error}\n`);
      continue;
    }
    const uri = input.path ? pathToFileURL(resolve(input.path)).href : `stdin:${encodeURIComponent(input.id)}`;
    visit(TextDocument.create(uri, 'meeting-report', 1, read.text), input);
  }
  return failed;
}
