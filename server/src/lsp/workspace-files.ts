// Finds report files under the workspace folders, without blocking the event loop for long.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

const REPORT_FILE = /\.(txt|huiyi)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache', '.vscode-test']);

export async function* reportFiles(root: string, limit = 200_000): AsyncGenerator<string> {
  const stack = [root];
  let count = 0;
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) stack.push(join(dir, entry.name));
      } else if (entry.isFile() && REPORT_FILE.test(entry.name)) {
        yield join(dir, entry.name);
        if (++count >= limit) return;
      }
    }
  }
}
