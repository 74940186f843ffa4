// What a start compares with the disk: each stored file's size and time, and whether its rows are
// of the current version stamp. Three columns, not the hash and stamp strings: reading a row's
// text through this binding costs more than SQLite's work, and a start reads every file's.
import type { Database } from 'node-sqlite3-wasm';

export interface StoredTimes {
  readonly size: number;
  readonly mtimeMs: number;
  /** Indexed with the stamp asked for. */
  readonly current: boolean;
}

export function storedTimes(db: Database, stamp: string): Map<string, StoredTimes> {
  const out = new Map<string, StoredTimes>();
  const statement = db.prepare('SELECT uri, size, mtime_ms, stamp = ? AS current FROM files');
  try {
    for (const r of statement.iterate([stamp]) as Iterable<Record<string, unknown>>) out.set(String(r.uri), { size: Number(r.size), mtimeMs: Number(r.mtime_ms), current: r.current === 1 });
  } finally {
    statement.finalize();
  }
  return out;
}
