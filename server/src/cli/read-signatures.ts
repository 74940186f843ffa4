// Reads the JSON Lines of `huiyi signatures` from files or standard input ("-"), line by line.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseSignature, type MeetingSignature } from '../core';
import { fsErrorText } from './fs-errors';

export async function readSignatures(paths: readonly string[]): Promise<{ signatures: MeetingSignature[]; failed: number }> {
  const signatures: MeetingSignature[] = [];
  let failed = 0;
  for (const path of paths) {
    const stream = path === '-' ? process.stdin : createReadStream(path);
    let line = 0;
    try {
      for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
        line++;
        if (!text.trim()) continue;
        try {
          signatures.push(parseSignature(text));
        } catch (error) {
          failed++;
          process.stderr.write(`huiyi: ${path}:${line}: not a signature line (${error instanceof Error ? error.message : String(error)})\n`);
        }
      }
    } catch (error) {
      failed++;
      process.stderr.write(`huiyi: ${path}: ${fsErrorText(error)}\n`);
    }
  }
  return { signatures, failed };
}
