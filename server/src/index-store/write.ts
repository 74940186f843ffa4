// Writes files' summaries into the index: each batch in one transaction, so a kill leaves the
// index as of the last batch committed. A file's rows are replaced whole.
import { MENTION_FIELDS, type ReportSummary } from '../core';
import type { Database, Statement } from 'node-sqlite3-wasm';
import { packSignature } from './signature-blob';

/** A file on disk as it was when read. */
export interface FileState {
  readonly uri: string;
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

/** One file's result: its summary, or none when it was skipped (not a report, too large). */
export interface IndexedFile {
  readonly state: FileState;
  readonly summary?: ReportSummary;
}

const SQL = {
  file: 'INSERT INTO files (uri, path, size, mtime_ms, hash, stamp, report, script, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uri) DO UPDATE SET path = excluded.path, size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash, stamp = excluded.stamp, report = excluded.report, script = excluded.script, published = excluded.published',
  fileId: 'SELECT id FROM files WHERE uri = ?',
  meeting: 'INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  signature: 'INSERT INTO signatures VALUES (?, ?, ?)',
  signatures: 'SELECT data FROM signatures WHERE file_id = ? ORDER BY meeting',
  official: 'INSERT INTO officials (name) VALUES (?) ON CONFLICT (name) DO NOTHING',
  officialId: 'SELECT id FROM officials WHERE name = ?',
  fileOfficial: 'INSERT INTO file_officials VALUES (?, ?, ?, ?, ?, ?)',
  mention: 'INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  finding: 'INSERT INTO findings VALUES (?, ?, ?)',
  touch: 'UPDATE files SET size = ?, mtime_ms = ? WHERE uri = ?',
  clearMentions: 'DELETE FROM mentions WHERE file_id = ?1 AND official_id IN (SELECT official_id FROM file_officials WHERE file_id = ?1)',
  clearOfficials: 'DELETE FROM file_officials WHERE file_id = ?',
  clearMeetings: 'DELETE FROM meetings WHERE file_id = ?',
  clearFindings: 'DELETE FROM findings WHERE file_id = ?',
  clearSignatures: 'DELETE FROM signatures WHERE file_id = ?',
  copiesStale: "DELETE FROM meta WHERE key = 'copies'",
  deleteFile: 'DELETE FROM files WHERE id = ?',
} as const;

type Name = keyof typeof SQL;

/**
 * This SQLite binding passes text as C strings: a NUL ends it. The haystack's fields, separated by
 * NUL in memory (workspace-symbols.ts), are stored separated by U+001F and read back as NUL.
 */
export const FIELD_SEPARATOR = '\u001f';

export class IndexWriter {
  private readonly statements = new Map<Name, Statement>();
  /** Official ids already looked up (names keep their ids). */
  private readonly officialIds = new Map<string, number>();

  constructor(private readonly db: Database) {}

  private s(name: Name): Statement {
    let statement = this.statements.get(name);
    if (!statement) this.statements.set(name, (statement = this.db.prepare(SQL[name])));
    return statement;
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Writes a batch of files (and removes `deleted` URIs) in one transaction. Returns the URIs whose
   * meetings' signatures changed: then the stored copies no longer hold (meta 'copies' is cleared).
   */
  write(files: readonly IndexedFile[], stamp: string, deleted: readonly string[] = []): string[] {
    const changed: string[] = [];
    this.transaction(() => {
      for (const uri of deleted) if (this.remove(uri)) changed.push(uri);
      for (const f of files) if (this.writeFile(f, stamp)) changed.push(f.state.uri);
      if (changed.length) this.s('copiesStale').run();
    });
    return changed;
  }

  private storedBlobs(id: number | undefined): Uint8Array[] {
    return id === undefined ? [] : (this.s('signatures').all(id).map((r) => r.data as Uint8Array));
  }

  /** Files whose text did not change (same hash) but whose size or time did. */
  touch(states: readonly FileState[]): void {
    if (!states.length) return;
    this.transaction(() => {
      for (const s of states) this.s('touch').run([s.size, Math.round(s.mtimeMs), s.uri]);
    });
  }

  private idOf(uri: string): number | undefined {
    const row = this.s('fileId').get(uri);
    return row ? Number(row.id) : undefined;
  }

  private clear(id: number): void {
    this.s('clearMentions').run(id);
    for (const name of ['clearOfficials', 'clearMeetings', 'clearFindings', 'clearSignatures'] as const) this.s(name).run(id);
  }

  /** True when the file had signatures. */
  private remove(uri: string): boolean {
    const id = this.idOf(uri);
    if (id === undefined) return false;
    const had = this.storedBlobs(id).length > 0;
    this.clear(id);
    this.s('deleteFile').run(id);
    return had;
  }

  private officialId(name: string): number {
    let id = this.officialIds.get(name);
    if (id === undefined) {
      this.s('official').run(name);
      id = Number(this.s('officialId').get(name)!.id);
      this.officialIds.set(name, id);
    }
    return id;
  }

  /** True when the file's signatures differ from those stored. */
  private writeFile({ state, summary }: IndexedFile, stamp: string): boolean {
    const old = this.idOf(state.uri);
    const before = this.storedBlobs(old);
    const blobs = (summary?.meetings ?? []).flatMap((m, i) => (m.signature ? [[i, packSignature(m.signature)] as const] : []));
    const changed = before.length !== blobs.length || blobs.some(([, b], k) => !Buffer.from(b).equals(before[k]));
    if (old !== undefined) this.clear(old);
    this.s('file').run([state.uri, state.path, state.size, Math.round(state.mtimeMs), state.hash, stamp, summary ? 1 : 0, summary?.script ?? 'simplified', summary?.published ?? '']);
    if (!summary) return changed;
    const id = old ?? this.idOf(state.uri)!;
    summary.meetings.forEach((m, i) => {
      const r = m.entry.range;
      this.s('meeting').run([id, i, m.entry.name, m.entry.symbolName, m.entry.detail, m.entry.haystack.replaceAll('\u0000', FIELD_SEPARATOR), r.start.line, r.start.character, r.end.line, r.end.character, m.date, m.iso, m.body, m.kind, JSON.stringify(m.chairs)]);
    });
    const seen = new Set<string>();
    summary.officials.forEach((o, k) => {
      // A name once per file: the first, as lookups take it.
      if (seen.has(o.name)) return;
      seen.add(o.name);
      const official = this.officialId(o.name);
      const count = o.mentions.length / MENTION_FIELDS;
      this.s('fileOfficial').run([official, id, k, JSON.stringify(o.spellings), JSON.stringify(o.titles), count]);
      const x = o.mentions;
      for (let j = 0; j < count; j++) {
        const at = j * MENTION_FIELDS;
        this.s('mention').run([official, id, j, x[at], x[at + 1], x[at + 2], x[at + 3], x[at + 4], x[at + 5], x[at + 6]]);
      }
    });
    for (const [code, count] of Object.entries(summary.findings)) this.s('finding').run([id, code, count]);
    for (const [i, blob] of blobs) this.s('signature').run([id, i, blob]);
    return changed;
  }

  close(): void {
    for (const s of this.statements.values()) if (!s.isFinalized) s.finalize();
    this.statements.clear();
  }
}
