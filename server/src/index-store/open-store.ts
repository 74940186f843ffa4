// Opens the index file: creates it with the schema, or checks that it is a Huiyi index of this
// schema version. A file that is corrupt, foreign or of another version is moved aside
// (FILE.bad) and a new index is made in its place, with a message; opening never throws for
// what the file holds.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import { rollBackLeftTransaction } from './hot-journal';
import { FORMAT, SCHEMA_SQL, SCHEMA_VERSION } from './schema';

export interface OpenedIndex {
  readonly db: Database;
  /** Why the file found there was set aside, when it was. */
  readonly setAside?: string;
  /** True when the index was created empty by this call. */
  readonly created: boolean;
}

/** How long a lock left by another process may stand before it is taken for a killed one's. */
const STALE_LOCK_MS = 2000;

/**
 * This WASM build of SQLite locks with a FILE.lock folder, which a process killed inside a
 * transaction leaves behind. A lock that stays this long is a dead process's: it is removed, and
 * SQLite rolls the interrupted transaction back from its journal.
 */
export function clearStaleLock(file: string, log: (m: string) => void): void {
  const lock = `${file}.lock`;
  const deadline = Date.now() + STALE_LOCK_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (existsSync(lock)) {
    if (Date.now() >= deadline) {
      rmSync(lock, { recursive: true, force: true });
      log(`Removed the lock left on the corpus index by a process that stopped (${lock}).`);
      return;
    }
    Atomics.wait(pause, 0, 0, 50);
  }
}

/** Before a process opens the index: a dead process's lock removed, its unfinished batch rolled back. */
export function prepareIndexFile(file: string, log: (m: string) => void): void {
  clearStaleLock(file, log);
  rollBackLeftTransaction(file, log);
}

function check(db: Database): 'ok' | 'empty' | string {
  db.exec('PRAGMA journal_mode = TRUNCATE');
  const tables = db.all("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name);
  if (!tables.length) return 'empty';
  if (!tables.includes('meta')) return 'it is not a Huiyi corpus index';
  const meta = new Map(db.all('SELECT key, value FROM meta').map((r) => [r.key, r.value]));
  if (meta.get('format') !== FORMAT) return 'it is not a Huiyi corpus index';
  if (meta.get('schema') !== String(SCHEMA_VERSION)) return `it is an index of another version (schema ${String(meta.get('schema'))}, this Huiyi writes ${SCHEMA_VERSION})`;
  // A count over the files table reads its pages (cheap: a few per thousand files). Damage
  // elsewhere is met by a later query, which sets the file aside then (store.ts).
  db.get('SELECT count(*) FROM files');
  return 'ok';
}

function configure(db: Database): void {
  // Rollback journal (this build has no WAL); a kill loses at most the batch being written. Sorts
  // and temporary tables in memory: never a temporary file in a shared folder. A page cache of
  // 4 MB: this WASM build's heap only grows, and a cache of 16 MB grew it to 70 MB during a first
  // index (the pages it reads again are in the system's file cache anyway).
  db.exec('PRAGMA synchronous = NORMAL; PRAGMA cache_size = -4000; PRAGMA temp_store = MEMORY');
}

function create(db: Database): void {
  // Pages of 16 KiB: a signature row (about 1.3 KB) leaves a quarter of a 4 KiB page empty.
  db.exec('PRAGMA page_size = 16384');
  db.exec('BEGIN');
  db.exec(SCHEMA_SQL);
  db.run('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)', ['format', FORMAT, 'schema', String(SCHEMA_VERSION)]);
  db.exec('COMMIT');
}

function closeQuietly(db: Database | undefined): void {
  try {
    if (db?.isOpen) db.close();
  } catch {
    // closing a broken file: nothing to keep
  }
}

/** Moves FILE (and its journal) to FILE.bad, replacing an older one. */
function setAside(file: string): string {
  const bad = `${file}.bad`;
  renameSync(file, bad);
  if (existsSync(`${file}-journal`)) renameSync(`${file}-journal`, `${bad}-journal`);
  return bad;
}

/** `damaged`: a query found the file damaged; it is set aside without being opened again. */
export function openIndex(file: string, log: (m: string) => void, damaged?: string): OpenedIndex {
  mkdirSync(dirname(file), { recursive: true });
  prepareIndexFile(file, log);
  let reason: string | undefined = damaged;
  let db: Database | undefined;
  if (!damaged) try {
    db = new Database(file);
    const verdict = check(db);
    if (verdict === 'ok') return (configure(db), { db, created: false });
    if (verdict === 'empty') return (configure(db), create(db), { db, created: true });
    reason = verdict;
  } catch (error) {
    reason = `it cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
  closeQuietly(db);
  let setAsideMessage: string;
  if (existsSync(file) && statSync(file).isFile()) {
    const bad = setAside(file);
    setAsideMessage = `The corpus index ${file} was set aside as ${bad} and is being rebuilt: ${reason}.`;
  } else {
    setAsideMessage = `The corpus index ${file} could not be opened and is being rebuilt: ${reason}.`;
  }
  log(setAsideMessage);
  clearStaleLock(file, () => {});
  const fresh = new Database(file);
  configure(fresh);
  create(fresh);
  return { db: fresh, setAside: setAsideMessage, created: true };
}
