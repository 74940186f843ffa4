// The one walk over folders of reports, shared by the language server's workspace index and the
// command line, so both see the same corpus: .txt and .huiyi files, in name order, through links
// to files (a curated subset is often a folder of links), never into links to folders (a walk
// cannot loop), skipping node_modules and hidden folders (.git, .cache, .vscode-test …).
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { isReportFileName } from '../protocol/api';

const SKIPPED = new Set(['node_modules']);

/** Whether the walk goes into a folder of this name. */
export function walksInto(name: string): boolean {
  return !SKIPPED.has(name) && !name.startsWith('.');
}

/** Report files under `root`, depth first in name order; at most `limit`. A folder that cannot be read is passed over. */
export async function* reportFiles(root: string, limit = Infinity): AsyncGenerator<string> {
  let count = 0;
  async function* walk(dir: string): AsyncGenerator<string> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (count >= limit) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (walksInto(entry.name)) yield* walk(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isReportFileName(entry.name)) {
        count++;
        yield path;
      }
    }
  }
  yield* walk(root);
}
