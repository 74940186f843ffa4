// Expands command-line paths into report files and reads them as documents.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';

const REPORT_EXTENSIONS = /\.(txt|huiyi)$/i;

export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (statSync(child).isDirectory() || REPORT_EXTENSIONS.test(name)) visit(child);
      }
    } else {
      files.push(path);
    }
  };
  for (const p of paths) visit(p);
  return files;
}

export function openDocument(path: string): TextDocument {
  const text = readFileSync(path, 'utf8');
  return TextDocument.create(pathToFileURL(resolve(path)).href, 'meeting-report', 1, text);
}
