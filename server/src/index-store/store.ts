// The persisted corpus index: one SQLite file (schemas/index.sql) shared by the language server
// and `huiyi index`/`huiyi query`. Opening sets a damaged or foreign file aside and starts anew;
// a query that meets damage later does the same and answers with nothing rather than throwing.
import type { Appearance, OfficialSource, MeetingCopies, MeetingEntry, MeetingSignature, OverviewQuery, OverviewTallies, ReportSummary } from '../core';
import type { Database } from 'node-sqlite3-wasm';
import type { Location, Range } from 'vscode-languageserver-types';
import { openIndex } from './open-store';
import { storedTimes, type StoredTimes } from './file-states';
import { clusterStored, copiesCurrent, storedClusters, storedSignatureBlobs, storedSignatures, StoredCopies, writeCopies } from './copies';
import { copyOverviewRows, countOnceTable, overviewTallies, prepareOverview, releaseOverview, type StoredChoices } from './overview-queries';
import { fileState, fileStates, locationsOf, officialNames, storedMeetingRange, storedMeetings, storedSummaries, type StoredState } from './queries';
import { storedOfficialSource } from './official-source';
import { IndexWriter, type FileState, type IndexedFile } from './write';

export type { FileState, IndexedFile, StoredState, StoredTimes };
export { contentHash, versionStamp } from './schema';
export { packSignature, unpackSignature } from './signature-blob';

const DAMAGE = /malformed|not a database|corrupt|disk image|file is not/i;
const never = () => false;
/** How long the overview's temporary tables are kept after the panel's last request (a filter change comes soon). */
const OVERVIEW_KEEP_MS = 30_000;

export class IndexStore {
  private db: Database;
  private writer: IndexWriter;
  private copies: StoredCopies;
  /** Why the file found at open was set aside, if it was (for a message to the user). */
  setAside: string | undefined;
  /** True when this store started empty (a new or rebuilt index). */
  created: boolean;

  constructor(readonly file: string, private readonly log: (m: string) => void) {
    const opened = openIndex(file, log);
    this.db = opened.db;
    this.setAside = opened.setAside;
    this.created = opened.created;
    this.writer = new IndexWriter(this.db);
    this.copies = new StoredCopies(this.db);
  }

  /** Runs `work`; damage found on the way sets the file aside and opens a new, empty index. */
  private guard<T>(what: string, work: () => T, fallback: T): T {
    try {
      return work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!DAMAGE.test(message)) throw error;
      this.reopen(`it is damaged (${message}, while ${what})`);
      return fallback;
    }
  }

  private reopen(damaged: string): void {
    this.closeQuietly();
    const opened = openIndex(this.file, this.log, damaged);
    this.db = opened.db;
    this.setAside = opened.setAside ?? this.setAside;
    this.created = true;
    this.writer = new IndexWriter(this.db);
    this.copies = new StoredCopies(this.db);
  }

  states(): Map<string, StoredState> {
    return this.guard('reading file states', () => fileStates(this.db), new Map());
  }

  /** Every stored file's size, time and whether it was indexed with `stamp` (what a start compares). */
  times(stamp: string): Map<string, StoredTimes> {
    return this.guard('reading file states', () => storedTimes(this.db, stamp), new Map());
  }

  state(uri: string): StoredState | undefined {
    return this.guard('reading a file state', () => fileState(this.db, uri), undefined);
  }

  /** Returns the URIs whose meetings' signatures changed (the stored copies no longer hold). */
  write(files: readonly IndexedFile[], stamp: string, deleted: readonly string[] = []): string[] {
    this.writes++;
    return this.guard('writing', () => this.writer.write(files, stamp, deleted), []);
  }

  touch(states: readonly FileState[]): void {
    this.guard('writing', () => this.writer.touch(states), undefined);
  }

  remove(uris: readonly string[]): string[] {
    return uris.length ? this.write([], '', uris) : [];
  }

  locations(name: string, skip: (uri: string) => boolean = never): Location[] {
    return this.guard('reading references', () => locationsOf(this.db, name, skip), []);
  }

  appearances(name: string, skip: (uri: string) => boolean = never): Appearance[] {
    return this.guard('reading appearances', () => [...(storedOfficialSource(this.db, name, skip, false)?.appearances ?? [])], []);
  }

  /** Streams; consume it before writing again (an open read holds the file). */
  meetings(skip: (uri: string) => boolean = never, terms: readonly string[] = [], limit = -1): Iterable<MeetingEntry> {
    return storedMeetings(this.db, skip, terms, limit);
  }

  /** Every stored signature but those of the files `skip` names (read before any write, all at once). */
  signatures(skip: (uri: string) => boolean = never): MeetingSignature[] {
    return this.guard('signatures', () => [...storedSignatures(this.db, skip)], []);
  }

  /** The clusters of copies among the stored signatures but those of the files `skip` names, found without holding them all. */
  clusterSignatures(skip: (uri: string) => boolean = never): MeetingCopies[] {
    return this.guard('clustering the copies', () => this.reading(() => clusterStored(this.db, skip)), []);
  }

  /** The signature blobs stored for one file, in meeting order. */
  signatureBlobs(uri: string): Uint8Array[] {
    return this.guard('signatures', () => storedSignatureBlobs(this.db, uri), []);
  }

  /** Whether the stored clusters of copies are those of the files as stored. */
  copiesCurrent(): boolean {
    return this.guard('the copies', () => copiesCurrent(this.db), false);
  }

  /** A meeting's copies as last clustered (copiesCurrent says whether that still holds). */
  copiesOf(uri: string, meeting: number): MeetingCopies | undefined {
    return this.guard('the copies', () => this.copies.copiesOf(uri, meeting), undefined);
  }

  /** Every stored cluster, current or not. */
  clusters(): MeetingCopies[] {
    return this.guard('the copies', () => storedClusters(this.db), []);
  }

  /** Replaces the stored clusters; they are current until a file is written. */
  writeCopies(clusters: Iterable<MeetingCopies>): void {
    this.guard('writing the copies', () => writeCopies(this.db, clusters), undefined);
  }

  meetingRange(uri: string, meeting: number): Range | undefined {
    return this.guard('a meeting', () => storedMeetingRange(this.db, uri, meeting), undefined);
  }

  summaries(skip: (uri: string) => boolean = never): Iterable<ReportSummary> {
    return storedSummaries(this.db, skip);
  }

  /** The officials of the files but `skipped`: the `limit` the Officials view lists first, or (no limit) every one. */
  officialNames(limit: number | undefined, skipped: readonly string[]): string[] {
    return this.guard('ranking officials', () => officialNames(this.db, limit, skipped), []);
  }

  /** The reports naming `name` but those `skip` names, each holding that official alone. */
  /** An official's files and appearances (official-source.ts); `withClusters`: with each stored meeting's cluster. */
  officialSource(name: string, skip: (uri: string) => boolean = never, withClusters = false): OfficialSource | undefined {
    return this.guard('reading an official', () => storedOfficialSource(this.db, name, skip, withClusters), undefined);
  }


  /**
   * Runs `work`, whose queries read the index, in one read transaction: this build of SQLite takes
   * and frees its file lock (a folder made and removed) around each statement otherwise, which
   * costs more than the query itself when a request asks hundreds of them (a hover's copies).
   */
  reading<T>(work: () => T): T {
    if (!this.db.isOpen || this.db.inTransaction) return work();
    try {
      this.db.exec('BEGIN');
    } catch {
      return work();
    }
    try {
      return work();
    } finally {
      if (this.db.isOpen && this.db.inTransaction) this.db.exec('COMMIT');
    }
  }

  /** A researcher's SQL, row by row (huiyi query). */
  query(sql: string): Iterable<Record<string, unknown>> {
    const db = this.db;
    return (function* () {
      const statement = db.prepare(sql);
      try {
        yield* statement.iterate() as Iterable<Record<string, unknown>>;
      } finally {
        statement.finalize();
      }
    })();
  }

  /** What the copies table was filled from (overview-queries.ts countOnceTable), and on which connection. */
  private overviewCopies: { version: number; db: Database } | undefined;
  /** What the overview's copy of the stored rows was made from: this process's writes and others' (data_version), the open documents, the connection. */
  private overviewRows: { writes: string; open: string; db: Database; choices: StoredChoices } | undefined;
  /** Goes up at every write (the overview's copy of the rows is then made again). */
  private writes = 0;
  /** Drops the overview's tables once the panel has not asked for OVERVIEW_KEEP_MS. */
  private overviewTimer: NodeJS.Timeout | undefined;

  /**
   * The Corpus Overview's tallies, counted in SQL (overview-queries.ts); `open`: the open documents'
   * summaries, which win over the stored rows; `copies`: with count-once, the clusters and their version.
   */
  overviewTallies(query: OverviewQuery, open: readonly ReportSummary[], copies?: { version: number; clusters: () => Iterable<MeetingCopies> }): OverviewTallies | undefined {
    return this.guard(
      'the corpus overview',
      () => {
        prepareOverview(this.db);
        const openUris = open.map((s) => s.uri).sort().join('\n');
        // Another process (huiyi index) may have written the file too: SQLite's data_version says so.
        const writes = `${this.writes} ${Object.values(this.db.get('PRAGMA data_version') ?? {})[0]}`;
        if (this.overviewRows?.writes !== writes || this.overviewRows.open !== openUris || this.overviewRows.db !== this.db) {
          this.overviewRows = { writes, open: openUris, db: this.db, choices: copyOverviewRows(this.db, open) };
        }
        if (query.countOnce && copies && (this.overviewCopies?.version !== copies.version || this.overviewCopies.db !== this.db)) {
          countOnceTable(this.db, copies.clusters);
          this.overviewCopies = { version: copies.version, db: this.db };
        }
        this.keepOverview();
        return overviewTallies(this.db, query, open, this.overviewRows.choices);
      },
      undefined,
    );
  }

  private keepOverview(): void {
    if (this.overviewTimer) return void this.overviewTimer.refresh();
    this.overviewTimer = setTimeout(() => {
      this.overviewTimer = undefined;
      this.overviewRows = this.overviewCopies = undefined;
      this.guard('releasing the corpus overview', () => (this.db.isOpen ? releaseOverview(this.db) : undefined), undefined);
    }, OVERVIEW_KEEP_MS);
    this.overviewTimer.unref();
  }

  private closeQuietly(): void {
    try {
      this.writer.close();
      this.copies.close();
      if (this.db.isOpen) this.db.close();
    } catch {
      // a damaged file: nothing more to save
    }
  }

  close(): void {
    clearTimeout(this.overviewTimer);
    this.closeQuietly();
  }
}
