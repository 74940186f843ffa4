// What the copies across the corpus need from the index: the meetings' signatures (read back when
// the server clusters again) and the clusters it found (so that a start with the index up to date
// answers which meetings are copies without reading a signature).
import { streamedCopies, type MeetingCopies, type MeetingCopy, type MeetingRef, type MeetingSignature } from '../core';
import type { Database, Statement } from 'node-sqlite3-wasm';
import { unpackSignature } from './signature-blob';

type Row = Record<string, unknown>;

/** Every stored signature, file by file (a blob of another layout is left out: the file's copies wait for its next read). */
export function* storedSignatures(db: Database, skip: (uri: string) => boolean): Iterable<MeetingSignature> {
  const statement = db.prepare('SELECT f.uri, s.data FROM signatures s JOIN files f ON f.id = s.file_id ORDER BY s.file_id, s.meeting');
  try {
    for (const r of statement.iterate() as Iterable<Row>) {
      const uri = String(r.uri);
      if (skip(uri)) continue;
      const s = unpackSignature(uri, r.data as Uint8Array);
      if (s) yield s;
    }
  } finally {
    statement.finalize();
  }
}

/**
 * The clusters of copies among the stored signatures (but those of the files `skip` names), read
 * once from the file without holding them all (streamedCopies): the memory a build's clustering
 * takes does not grow with the corpus's signatures.
 */
export function clusterStored(db: Database, skip: (uri: string) => boolean): MeetingCopies[] {
  return streamedCopies(storedSignatures(db, skip), (refs) => loadSignatures(db, refs));
}

/** Files whose signatures one query reads back (SQLite's default limit of bound values is far above). */
const LOAD_BATCH = 500;

/**
 * The stored signatures of `refs`, in their order: by file id, a few hundred files a query (one
 * query a meeting cost 0.1 ms each in this WebAssembly build: seconds for a corpus's copies).
 */
function loadSignatures(db: Database, refs: readonly MeetingRef[]): MeetingSignature[] {
  const wanted = new Set(refs.map((r) => r.file));
  const ids = new Map<string, number>();
  const files = db.prepare('SELECT id, uri FROM files');
  try {
    for (const r of files.iterate() as Iterable<Row>) if (wanted.has(String(r.uri))) ids.set(String(r.uri), Number(r.id));
  } finally {
    files.finalize();
  }
  // File id → meeting → the refs' position.
  const at = new Map<number, Map<number, number>>();
  refs.forEach((r, k) => {
    const id = ids.get(r.file);
    if (id === undefined) throw new Error(`no stored file ${r.file}`);
    const meetings = at.get(id) ?? at.set(id, new Map()).get(id)!;
    meetings.set(r.meeting, k);
  });
  const out: MeetingSignature[] = new Array(refs.length);
  const list = [...at.keys()];
  for (let i = 0; i < list.length; i += LOAD_BATCH) {
    const batch = list.slice(i, i + LOAD_BATCH);
    const rows = db.all(`SELECT file_id, meeting, data FROM signatures WHERE file_id IN (${batch.map(() => '?').join(',')})`, batch) as Row[];
    for (const row of rows) {
      const k = at.get(Number(row.file_id))?.get(Number(row.meeting));
      if (k !== undefined) out[k] = unpackSignature(refs[k].file, row.data as Uint8Array)!;
    }
  }
  refs.forEach((r, k) => {
    if (!out[k]) throw new Error(`no stored signature for ${r.file} #${r.meeting}`);
  });
  return out;
}

/** The blobs stored for one file's meetings, in meeting order (to tell whether a read changed them). */
export function storedSignatureBlobs(db: Database, uri: string): Uint8Array[] {
  return db.all('SELECT s.data FROM signatures s JOIN files f ON f.id = s.file_id WHERE f.uri = ? ORDER BY s.meeting', [uri]).map((r) => r.data as Uint8Array);
}

export function copiesCurrent(db: Database): boolean {
  return db.get("SELECT value FROM meta WHERE key = 'copies'")?.value === 'current';
}

/** Replaces the stored clusters with `clusters` (each once), in one transaction; they are current from then on. */
export function writeCopies(db: Database, clusters: Iterable<MeetingCopies>): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec('DELETE FROM copies');
    const ids = new Map<string, number>();
    const fileId = db.prepare('SELECT id FROM files WHERE uri = ?');
    const insert = db.prepare('INSERT INTO copies VALUES (?, ?, ?, ?, ?, ?, ?)');
    try {
      for (const c of clusters) {
        c.members.forEach((m, position) => {
          let id = ids.get(m.uri);
          if (id === undefined) ids.set(m.uri, (id = Number(fileId.get(m.uri)?.id ?? -1)));
          insert.run([c.id, position, id, m.meeting, m.script, m.similarity, JSON.stringify(m.why)]);
        });
      }
    } finally {
      fileId.finalize();
      insert.finalize();
    }
    db.exec("INSERT INTO meta (key, value) VALUES ('copies', 'current') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function memberOf(r: Row): MeetingCopy {
  return { uri: String(r.uri), meeting: Number(r.meeting), script: String(r.script) as MeetingCopy['script'], canonical: Number(r.position) === 0, similarity: Number(r.similarity), why: JSON.parse(String(r.why)) };
}

/** Every stored cluster (whether they are current: copiesCurrent). */
export function storedClusters(db: Database): MeetingCopies[] {
  const out: MeetingCopies[] = [];
  let last: { id: string; members: MeetingCopy[] } | undefined;
  for (const r of db.all('SELECT c.cluster, f.uri, c.meeting, c.script, c.position, c.similarity, c.why FROM copies c JOIN files f ON f.id = c.file_id ORDER BY c.cluster, c.position')) {
    if (last?.id !== String(r.cluster)) out.push((last = { id: String(r.cluster), members: [] }));
    last.members.push(memberOf(r));
  }
  return out;
}

/** The stored cluster of one meeting, as MeetingClusters answers it (members in stored order). */
export class StoredCopies {
  private statement: Statement | undefined;
  constructor(private readonly db: Database) {}

  copiesOf(uri: string, meeting: number): MeetingCopies | undefined {
    this.statement ??= this.db.prepare(
      `SELECT c.cluster, f.uri, c.meeting, c.script, c.position, c.similarity, c.why FROM copies c JOIN files f ON f.id = c.file_id
       WHERE c.cluster = (SELECT x.cluster FROM copies x WHERE x.file_id = (SELECT id FROM files WHERE uri = ?) AND x.meeting = ?) ORDER BY c.position`,
    );
    const members: MeetingCopy[] = [];
    let id = '';
    for (const r of this.statement.iterate([uri, meeting]) as Iterable<Row>) {
      id = String(r.cluster);
      members.push(memberOf(r));
    }
    return members.length ? { id, members } : undefined;
  }

  close(): void {
    if (this.statement && !this.statement.isFinalized) this.statement.finalize();
    this.statement = undefined;
  }
}
