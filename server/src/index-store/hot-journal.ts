// A transaction a killed process left half-written is rolled back here, before the index is read.
// SQLite does it itself when it finds a "hot" journal, but node-sqlite3-wasm's file locking makes
// every journal look cold: its shared lock is the same FILE.lock folder that its reserved-lock
// check looks for, so a connection always sees "another process is writing" and reads the
// half-written pages instead (database disk image is malformed). While no other process holds the
// lock (clearStaleLock has run), the check is told the truth for the one read that plays the
// journal back.
import fs, { existsSync, statSync } from 'node:fs';
import { Database } from 'node-sqlite3-wasm';

/** Rolls back the transaction of `file`'s journal, if one was left (a non-empty FILE-journal). */
export function rollBackLeftTransaction(file: string, log: (m: string) => void): void {
  const journal = `${file}-journal`;
  if (!existsSync(journal) || statSync(journal).size === 0 || existsSync(`${file}.lock`)) return;
  const lock = `${file}.lock`;
  const accessSync = fs.accessSync;
  // Only this connection holds the lock folder now: the reserved-lock check reads "nobody".
  fs.accessSync = ((path: fs.PathLike, mode?: number) => {
    if (String(path) === lock) throw Object.assign(new Error(`ENOENT: ${lock}`), { code: 'ENOENT' });
    return accessSync(path, mode);
  }) as typeof fs.accessSync;
  let db: Database | undefined;
  try {
    db = new Database(file);
    db.get('SELECT count(*) AS n FROM sqlite_master');
    log(`Rolled back the corpus index's last batch, which a process that stopped left unfinished (${journal}).`);
  } catch (error) {
    log(`Could not roll back ${journal}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    fs.accessSync = accessSync;
    try {
      db?.close();
    } catch {
      // closed already
    }
  }
}
