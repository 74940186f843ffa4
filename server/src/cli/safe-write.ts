// `huiyi fix`'s writes: the repaired file replaces the original atomically (a temporary file
// beside it, flushed, renamed over), and --backup keeps the original under a name that is free
// (FILE.bak, else FILE.bak.1, FILE.bak.2, …), never over an earlier backup. Temporary files are
// created exclusively (O_EXCL: a link planted at their name is never followed) and removed when
// anything fails.
import { closeSync, constants, copyFileSync, fchmodSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { removeQuietly, tempPathFor } from './temp-files';

/** writeSync may write less than asked (a nearly full disk): loop until every byte is written. */
function writeAll(fd: number, data: Uint8Array): void {
  for (let at = 0; at < data.length; ) {
    const wrote = writeSync(fd, data, at, data.length - at);
    if (wrote <= 0) throw Object.assign(new Error('no space left on the device'), { code: 'ENOSPC' });
    at += wrote;
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes `text` (as UTF-8) next to `path` and renames it over: readers see the old file or the new, never half. */
export function writeAtomically(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777;
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'wx', mode);
  let renamed = false;
  try {
    try {
      // The original's permissions, whatever the umask (a file system without modes may refuse).
      try {
        fchmodSync(fd, mode);
      } catch {
        /* kept as created */
      }
      writeAll(fd, Buffer.from(text, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    renamed = true;
  } finally {
    if (!renamed) removeQuietly(temp);
  }
}

/** Error codes of file systems without hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

function taken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Gives the finished `temp` the name `name` unless something has it (a link fails if so, atomically). */
function claim(temp: string, name: string): boolean {
  try {
    linkSync(temp, name);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
  }
  if (taken(name)) return false;
  renameSync(temp, name);
  return true;
}

export function backupName(path: string, n: number): string {
  return n === 0 ? `${path}.bak` : `${path}.bak.${n}`;
}

/** Copies `path` (its bytes, as they are) to the first free FILE.bak, FILE.bak.1, …; returns that name. */
export function keepBackup(path: string): string {
  const temp = tempPathFor(path);
  // Exclusive: it fails if anything has the temporary name. On a failure, libuv removes what it created.
  copyFileSync(path, temp, constants.COPYFILE_EXCL);
  try {
    fsyncPath(temp);
    for (let n = 0; n < 100_000; n++) {
      const name = backupName(path, n);
      if (claim(temp, name)) return name;
    }
    throw new Error('FILE.bak to FILE.bak.99999 all exist');
  } finally {
    removeQuietly(temp);
  }
}
