// Where the persisted corpus index lives: in the folder the user chose (huiyi.index.location), one
// file per set of workspace folders; else in the extension's own storage for this workspace. Never
// in the workspace unless the user chose it, never in a shared temporary folder: with neither, the
// index is held in memory.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { HuiyiInitializationOptions } from '../protocol/api';

export const INDEX_FILE_NAME = 'corpus-index.sqlite';

export function indexFileFor(options: HuiyiInitializationOptions | undefined, folderUris: readonly string[]): string | undefined {
  const location = typeof options?.indexLocation === 'string' ? options.indexLocation.trim() : '';
  if (location) return join(location, `corpus-index-${createHash('sha1').update(folderUris.join('\n')).digest('hex').slice(0, 16)}.sqlite`);
  const storage = typeof options?.indexStorage === 'string' ? options.indexStorage.trim() : '';
  return storage ? join(storage, INDEX_FILE_NAME) : undefined;
}
