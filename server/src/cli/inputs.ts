// What a command works on: files and folders (recursively), globs, or `-` for standard input
// (one path per line, or JSON Lines of {"id": …, "text": …}).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { reportFiles } from '../workspace/report-files';

export interface Input {
  /** The path, or the id given on standard input. */
  readonly id: string;
  readonly path?: string;
  readonly text?: string;
  /** index: the hash of the text the index holds for this file, if any. */
  readonly knownHash?: string;
}

export interface InputProblem {
  readonly id: string;
  readonly message: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Lines of paths, or JSON Lines of {id, text}: decided by the first non-empty line. */
export function parseStdin(content: string, problems: InputProblem[]): { paths: string[]; texts: Input[] } {
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!lines.length || !lines[0].trimStart().startsWith('{')) return { paths: lines.map((l) => l.trim()), texts: [] };
  const texts: Input[] = [];
  lines.forEach((line, n) => {
    try {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof record.text !== 'string') throw new Error('no "text" string');
      texts.push({ id: record.id === undefined ? `stdin:${n + 1}` : String(record.id), text: record.text });
    } catch (error) {
      problems.push({ id: `stdin:${n + 1}`, message: `not a JSON record {id, text}: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return { paths: [], texts };
}

export async function collectInputs(args: readonly string[], problems: InputProblem[]): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const addPath = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      inputs.push({ id: path, path });
    }
  };
  const addArg = async (arg: string) => {
    if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, dot: false })).sort();
      if (!matches.length) problems.push({ id: arg, message: 'no file matches this pattern' });
      matches.forEach(addPath);
      return;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      problems.push({ id: arg, message: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      for await (const path of reportFiles(arg)) files.push(path);
      if (!files.length) problems.push({ id: arg, message: 'this folder holds no report files (.txt, .huiyi)' });
      files.forEach(addPath);
    } else {
      addPath(arg);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      const { paths, texts } = parseStdin(await readStdin(), problems);
      for (const p of paths) await addArg(p);
      for (const text of texts) inputs.push(text);
    } else {
      await addArg(arg);
    }
  }
  return inputs;
}
