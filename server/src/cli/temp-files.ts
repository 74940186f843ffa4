// The temporary files `huiyi fix` writes beside a file: `.NAME.huiyi-PID-RANDOM.tmp` (the
// process id, and 8 random hex digits). A killed or failed run can leave one behind; later runs
// remove those beside the files they fix, when their process is gone or they are old. Nothing
// else is touched: only names of exactly this form, for a file being fixed, that are plain files.
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.NAME.huiyi-PID-RANDOM.tmp`; earlier versions wrote Date.now() (13 digits) as RANDOM: swept too. */
const TEMP_NAME = /^\.(.+)\.huiyi-(\d{1,10})-([0-9a-f]{8}|\d{13})\.tmp$/;
/** A temporary file is written and renamed in seconds; one this old is stale even if its pid lives (reused). */
const STALE_MS = 10 * 60 * 1000;

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.huiyi-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes stale temporary files of ours beside `paths`; returns the ones removed. One readdir per folder. */
export function sweepStaleTemps(paths: readonly string[], now = Date.now()): string[] {
  const byFolder = new Map<string, Set<string>>();
  for (const p of paths) {
    const folder = dirname(p);
    const names = byFolder.get(folder) ?? new Set<string>();
    names.add(basename(p));
    byFolder.set(folder, names);
  }
  const removed: string[] = [];
  for (const [folder, names] of byFolder) {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const m = TEMP_NAME.exec(entry);
      if (!m || !names.has(m[1])) continue;
      const path = join(folder, entry);
      try {
        const stat = lstatSync(path);
        if (!stat.isFile() || (processAlive(Number(m[2])) && now - stat.mtimeMs < STALE_MS)) continue;
        unlinkSync(path);
        removed.push(path);
      } catch {
        // Gone meanwhile, or a read-only folder: nothing to do.
      }
    }
  }
  return removed;
}

/** Removes a file this process created (a failed write's temporary file), if it is still there. */
export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already renamed or removed.
  }
}
