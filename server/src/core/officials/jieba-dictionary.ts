// Finds the trimmed jieba dictionary that the build wrote beside the bundles (dist/jieba/) and checks
// it before nodejieba sees it: cppjieba aborts the whole process on a malformed dictionary, so a
// truncated or replaced file must never reach it. Nothing here writes anything.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

export interface JiebaDictionaryPaths {
  readonly dict: string;
  readonly idfDict: string;
}

interface ManifestEntry {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

/** Reads a regular file without following a link at its path; undefined when it is anything else. */
function readRegularFile(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === stat.size ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function verified(directory: string, entry: ManifestEntry | undefined): string | undefined {
  if (!entry || typeof entry.name !== 'string' || entry.name.includes('/') || entry.name.includes('\\')) return undefined;
  const path = join(directory, entry.name);
  const bytes = readRegularFile(path);
  if (!bytes || bytes.length !== entry.size) return undefined;
  return createHash('sha256').update(bytes).digest('hex') === entry.sha256 ? path : undefined;
}

/**
 * The dictionary files in `directory` (default: dist/jieba beside this bundle) when its manifest is
 * there and every file has the size and SHA-256 the manifest records; otherwise a reason.
 */
export function findJiebaDictionary(directory = join(__dirname, 'jieba')): JiebaDictionaryPaths | { problem: string } {
  let manifest: { files?: Record<string, ManifestEntry> };
  try {
    manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8'));
  } catch {
    return { problem: `no dictionary manifest in ${directory} (run npm run build)` };
  }
  const dict = verified(directory, manifest.files?.dict);
  const idfDict = verified(directory, manifest.files?.idf);
  if (!dict || !idfDict) return { problem: `the dictionary in ${directory} does not match its manifest (damaged or replaced; run npm run build)` };
  return { dict, idfDict };
}
