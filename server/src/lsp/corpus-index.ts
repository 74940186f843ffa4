// The corpus index: a compact summary of every report in the workspace (meetings, and each
// official's mentions packed in an Int32Array), built by worker threads over all cores so
// requests on the main thread never wait; queried by hover, references, rename, workspace
// symbols and the Officials view. With a persisted store attached (index-store/), the reports
// live in its file, not in the heap: only the open documents' summaries are held here, and they
// win over what the store holds for the same file.
import { MeetingClusters, clusterLookup, officialSources, type OfficialSource, summaryAppearances, summaryLocations, toSimplified, type Appearance, type MeetingCopies, type MeetingSignature, type SkipReason, type SkippedFile, type MeetingEntry, type OverviewQuery, type OverviewTallies, type ReportSummary, type VocabularyExtras, type WorkspaceCopies } from '../core';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Location, Range } from 'vscode-languageserver-types';
import type { WorkerRequest, WorkerResponse } from './index-worker';
import { packSignature, unpackSignature, type IndexedFile, type IndexStore, type FileState } from '../index-store/store';

export interface FileToIndex {
  readonly uri: string;
  readonly path: string;
  /** The hash of the text the store holds for it: the file is not extracted again if it still reads so. */
  readonly knownHash?: string;
}

export interface IndexOptions {
  readonly settings: unknown;
  readonly extras: VocabularyExtras;
  readonly onProgress?: (done: number, total: number) => void;
  readonly isCancelled?: () => boolean;
  /** The version stamp the store records with each file (index-store/schema.ts). */
  readonly stamp?: string;
}

const BATCH = 24;
/** Clusters changed by edits are written back to the store once edits pause this long. */
const IDLE_MS = 15_000;
/** Stored clusters kept between lookups (a hover or the Officials view asks for the same meetings again). */
const COPIES_CACHE = 4096;

const signaturesOf = (summary: ReportSummary): MeetingSignature[] => summary.meetings.flatMap((m) => (m.signature ? [m.signature] : []));

export class CorpusIndex implements WorkspaceCopies {
  private readonly files = new Map<string, ReportSummary>();
  /**
   * The copies of each meeting across the files (core/duplicates/meeting-clusters.ts). With a store
   * they are held only while files' meetings change (read back from the stored signatures, then
   * written to the store as clusters when settled); otherwise the store's clusters answer.
   */
  private clusters = new MeetingClusters();
  private clustersHeld = true;
  /** Open documents whose meetings differ from the store's: while any is, the clusters are not written to it. */
  private readonly unsaved = new Set<string>();
  private copiesTimer: NodeJS.Timeout | undefined;
  /** Builds running: the clusters are not written to the store while files are being read, and the workers stop when the last one ends. */
  private building = 0;
  /** A build wrote files whose meetings changed: the copies are clustered again when it ends. */
  private builtChanges = false;
  /** Report files not read, and why (rename and the workspace conversion name them). */
  private readonly skipped = new Map<string, SkipReason>();
  private readonly byOfficial = new Map<string, Set<string>>();
  private workers: Worker[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, (r: WorkerResponse) => void>();
  /** The persisted index, when the server has a place for it. */
  private store: IndexStore | undefined;
  /** With a store: the summaries of open documents, which win over the store's rows. */
  private readonly open = new Map<string, ReportSummary>();
  private readonly isOpen = (uri: string) => this.open.has(uri);

  constructor(
    private readonly log: (m: string) => void,
    private readonly workerScript = join(__dirname, 'index-worker.js'),
    private readonly threads = Math.max(1, Math.min(2, availableParallelism())),
  ) {}

  /** Goes up at every change of what the index holds (a file set, written, released or dropped). */
  changes = 0;

  /** For the language service (WorkspaceOfficials.revision): hover cards are reused until it moves. */
  get revision(): number {
    return this.changes;
  }

  /** One copy of each name, title and date string across the corpus (messages from workers bring fresh copies). */
  private readonly strings = new Map<string, string>();

  private intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** The summary with its repeated strings shared with the rest of the index. */
  private compact(summary: ReportSummary): ReportSummary {
    const uri = summary.uri;
    const intern = (s: string) => this.intern(s);
    return {
      uri,
      meetings: summary.meetings.map((m) => ({ entry: { ...m.entry, uri }, date: intern(m.date), iso: intern(m.iso), body: intern(m.body), kind: m.kind, chairs: m.chairs.map(intern), signature: m.signature && { ...m.signature, file: uri, name: intern(m.signature.name), chairs: m.signature.chairs.map(intern), officials: m.signature.officials.map(intern), leaders: m.signature.leaders.map(intern) } })),
      officials: summary.officials.map((o) => ({ name: intern(o.name), spellings: o.spellings.map(intern), titles: o.titles.map(intern), mentions: o.mentions })),
      script: summary.script,
      published: intern(summary.published),
      findings: summary.findings,
    };
  }

  /** From now on the reports live in `store`; what was held in memory is dropped. */
  attach(store: IndexStore): void {
    this.changes++;
    this.store = store;
    this.files.clear();
    this.byOfficial.clear();
    this.strings.clear();
    this.clusters = new MeetingClusters();
    this.clustersHeld = false;
    // Clusters left stale by a run that ended before clustering again are found anew when the
    // first build ends (settleCopies).
  }

  /**
   * The stored signatures (and the open documents') into memory, to cluster again. `since`: the
   * stored clusters were current before these files changed; they are taken as found, and only
   * the meetings around those files are clustered again (as the in-memory index does after an edit).
   */
  private holdClusters(since?: readonly string[]): void {
    if (this.clustersHeld || !this.store) return;
    this.clustersHeld = true;
    this.copiesCache.clear();
    const byFile = new Map<string, MeetingSignature[]>();
    // An open document the store holds as it is (saved) is read from the store like the others.
    for (const s of this.store.signatures((uri) => this.unsaved.has(uri))) {
      const list = byFile.get(s.file);
      if (list) list.push(s);
      else byFile.set(s.file, [s]);
    }
    for (const [uri, signatures] of byFile) this.clusters.set(uri, signatures);
    // The stored clusters still hold the unsaved documents' meetings as saved: they are changed too
    // (a document whose meetings are gone would otherwise leave its old copies standing).
    if (since) this.clusters.adopt(this.store.clusters(), [...since, ...this.unsaved]);
    for (const uri of this.unsaved) {
      const summary = this.open.get(uri);
      if (summary) this.clusters.set(uri, signaturesOf(summary));
    }
  }

  /** Whether `signatures` are those the store holds for the file (then its copies stand as stored). */
  private sameAsStored(uri: string, signatures: readonly MeetingSignature[]): boolean {
    const stored = this.store!.signatureBlobs(uri);
    return stored.length === signatures.length && signatures.every((s, i) => Buffer.from(packSignature(s)).equals(stored[i]));
  }

  /**
   * Files whose signatures the store now holds changed: the held clusters take them, or are read
   * anew (`wereCurrent`: the stored clusters held until this write).
   */
  private restore(uris: readonly string[], wereCurrent: boolean): void {
    if (!uris.length || !this.store) return;
    if (!this.clustersHeld) this.holdClusters(wereCurrent ? uris : undefined);
    else
      for (const uri of uris) {
        const open = this.open.get(uri);
        this.clusters.set(uri, open ? signaturesOf(open) : this.store.signatureBlobs(uri).flatMap((b) => unpackSignature(uri, b) ?? []));
      }
    this.storeCopiesLater();
  }

  /**
   * The clusters found in memory are written to the store, and the signatures leave the heap:
   * after a build, or a while after the last saved file. While an open document differs from the
   * store, they are only settled (and kept).
   */
  private storeCopies(): void {
    clearTimeout(this.copiesTimer);
    if (!this.store || !this.clustersHeld || this.building) return;
    if (this.unsaved.size) return this.clusters.settle();
    this.store.writeCopies(this.clusters.clusters());
    this.clusters = new MeetingClusters();
    this.clustersHeld = false;
    this.copiesCache.clear();
  }

  /** The store's clusters answer as they are (none held, none stale). */
  private copiesCurrent(): boolean {
    return !!this.store && !this.clustersHeld && this.store.copiesCurrent();
  }

  private storeCopiesLater(): void {
    clearTimeout(this.copiesTimer);
    this.copiesTimer = setTimeout(() => this.storeCopies(), IDLE_MS);
    this.copiesTimer.unref();
  }

  /** Stored clusters looked up lately (the store's answers stand until the clusters are held again). */
  private readonly copiesCache = new Map<string, MeetingCopies | undefined>();

  get persisted(): IndexStore | undefined {
    return this.store;
  }

  /** A file's summary as the editor sees it (an open document's, or a fresh read). With a store, held until `release`. */
  set(summary: ReportSummary): void {
    this.changes++;
    this.skipped.delete(summary.uri);
    if (this.store) {
      this.open.set(summary.uri, summary);
      const signatures = signaturesOf(summary);
      if (this.sameAsStored(summary.uri, signatures)) this.unsaved.delete(summary.uri);
      else this.unsaved.add(summary.uri);
      if (this.unsaved.has(summary.uri) && !this.clustersHeld) this.holdClusters(this.store.copiesCurrent() ? [] : undefined);
      if (this.clustersHeld) this.clusters.set(summary.uri, signatures);
      return;
    }
    this.delete(summary.uri);
    if (!summary.meetings.length && !summary.officials.length) return;
    summary = this.compact(summary);
    this.files.set(summary.uri, summary);
    this.clusters.set(summary.uri, signaturesOf(summary));
    for (const o of summary.officials) {
      let uris = this.byOfficial.get(o.name);
      if (!uris) this.byOfficial.set(o.name, (uris = new Set()));
      uris.add(summary.uri);
    }
  }

  /** Writes a file's summary (undefined: not a report) into the store, as read from `state`. */
  persist(state: FileState, summary: ReportSummary | undefined, stamp: string): void {
    if (!this.store) {
      if (summary) this.set(summary);
      else this.delete(state.uri);
      return;
    }
    this.changes++;
    this.unsaved.delete(state.uri);
    const current = this.copiesCurrent();
    this.restore(this.store.write([{ state, summary }], stamp), current);
  }

  /** The open document is closed: the store's rows (as saved) answer for it again. */
  release(uri: string): void {
    if (this.open.delete(uri)) this.changes++;
    // Its unsaved meetings leave the clusters: the stored ones stand for it again.
    if (this.unsaved.delete(uri) && this.clustersHeld && this.store) {
      this.clusters.set(uri, this.store.signatureBlobs(uri).flatMap((b) => unpackSignature(uri, b) ?? []));
    }
  }

  /** The file is not in the index because it could not be read as a report (it is named, not forgotten). */
  markSkipped(uri: string, reason: SkipReason): void {
    this.delete(uri);
    this.skipped.set(uri, reason);
  }

  *skippedFiles(): Iterable<SkippedFile> {
    for (const [uri, reason] of this.skipped) yield { uri, reason };
  }

  delete(uri: string): void {
    this.changes++;
    this.skipped.delete(uri);
    if (this.store) return this.forget([uri]);
    this.clusters.delete(uri);
    const old = this.files.get(uri);
    if (!old) return;
    this.files.delete(uri);
    for (const o of old.officials) {
      const uris = this.byOfficial.get(o.name);
      uris?.delete(uri);
      if (uris && !uris.size) this.byOfficial.delete(o.name);
    }
  }

  /** Files gone from the workspace: out of the store (and of the clusters). */
  forget(uris: readonly string[]): void {
    if (!this.store) return uris.forEach((u) => this.delete(u));
    if (!uris.length) return;
    this.changes++;
    for (const uri of uris) {
      this.open.delete(uri);
      this.unsaved.delete(uri);
    }
    const current = this.copiesCurrent();
    this.restore(this.store.remove(uris), current);
  }

  *allMeetings(): Iterable<MeetingEntry> {
    if (this.store) {
      for (const f of this.open.values()) for (const m of f.meetings) yield m.entry;
      yield* this.store.meetings(this.isOpen);
      return;
    }
    for (const f of this.files.values()) for (const m of f.meetings) yield m.entry;
  }

  /**
   * Meetings that may match a workspace-symbol query (every term in the haystack; the service
   * checks again). With a store the filter runs in SQL, so a query never streams the whole corpus.
   */
  *meetingsMatching(query: string, limit: number): Iterable<MeetingEntry> {
    if (!this.store) return yield* this.allMeetings();
    const terms = toSimplified(query.trim().toLowerCase()).split(/\s+/).filter(Boolean);
    for (const f of this.open.values()) for (const m of f.meetings) yield m.entry;
    yield* this.store.meetings(this.isOpen, terms, limit + this.open.size * 50);
  }

  /** Index files in worker threads; resolves when all are done (or cancelled). */
  async indexFiles(files: readonly FileToIndex[], options: IndexOptions): Promise<void> {
    let done = 0;
    const byUri = this.store ? new Map(files.map((f) => [f.uri, f])) : undefined;
    const batches: FileToIndex[][] = [];
    for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
    const workers = this.startWorkers();
    const release = this.clusters.hold();
    this.building++;
    // Two batches in flight per worker, so a worker never waits for this thread between batches.
    const lanes = workers.flatMap((w) => [w, w]);
    const run = async (worker: Worker) => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        if (options.isCancelled?.()) return;
        const response = await this.send(worker, { id: this.nextId++, files: batch, settings: options.settings, extras: options.extras, segmenter: true });
        for (const e of response.errors) this.log(`Could not index ${e}`);
        if (this.store) this.writeResponse(response, options.stamp ?? '', byUri);
        else
          for (const s of response.summaries) {
            if ('unchanged' in s) continue;
            if (!('skipped' in s)) this.set(s);
            else if (s.reason) this.markSkipped(s.uri, s.reason);
            else this.delete(s.uri);
          }
        done += batch.length;
        options.onProgress?.(done, files.length);
      }
    };
    try {
      await Promise.all(lanes.map(run));
    } finally {
      release();
      // Workers (and jieba's dictionary in each) are only for whole builds: a file changed later is
      // read on the main thread. Kept past the build they held a third of the server's memory.
      if (--this.building === 0) await this.stopWorkers();
    }
  }

  /** One worker batch into the store, in one transaction; a file unchanged (same hash) only gets its new size and time. */
  private writeResponse(response: WorkerResponse, stamp: string, byUri: Map<string, FileToIndex> | undefined): void {
    const written: IndexedFile[] = [];
    const touched: FileState[] = [];
    for (const s of response.summaries) {
      const file = byUri?.get(s.uri);
      if ('skipped' in s && s.reason) this.skipped.set(s.uri, s.reason);
      if (!s.read || !file) continue; // unreadable: left as it was
      const state: FileState = { uri: s.uri, path: file.path, ...s.read };
      if ('unchanged' in s) touched.push(state);
      else if ('skipped' in s) {
        written.push({ state });
      } else {
        const { read: _, ...summary } = s;
        written.push({ state, summary });
        this.skipped.delete(s.uri);
      }
    }
    this.changes++;
    // The copies are clustered once the build ends (settleCopies), from the store.
    if (this.store!.write(written, stamp).length) this.builtChanges = true;
    this.store!.touch(touched);
  }

  private startWorkers(): Worker[] {
    while (this.workers.length < this.threads) {
      // A small young generation: a worker's objects live for one file (its figures: docs/benchmarks.md,
      // "Why the optimisations are there").
      const worker = new Worker(this.workerScript, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      worker.unref();
      worker.on('message', (r: WorkerResponse) => {
        const resolve = this.pending.get(r.id);
        this.pending.delete(r.id);
        resolve?.(r);
      });
      worker.on('error', (e) => this.log(`Index worker failed: ${e.stack ?? e.message}`));
      worker.on('exit', () => {
        this.workers = this.workers.filter((w) => w !== worker);
        for (const [id, resolve] of this.pending) resolve({ id, summaries: [], errors: [] });
        this.pending.clear();
      });
      this.workers.push(worker);
    }
    return this.workers;
  }

  private send(worker: Worker, request: WorkerRequest): Promise<WorkerResponse> {
    return new Promise((resolve) => {
      this.pending.set(request.id, resolve);
      worker.postMessage(request);
    });
  }

  /** Resolves once the workers have exited (their heaps released). */
  stopWorkers(): Promise<void> {
    const stopping = this.workers.map((w) => w.terminate());
    this.workers = [];
    return Promise.all(stopping).then(() => undefined, () => undefined);
  }

  /** Every report's summary, for the service's officials list. */
  summaries(): Iterable<ReportSummary> {
    if (this.store) {
      const store = this.store;
      const open = this.open;
      return (function* () {
        yield* open.values();
        yield* store.summaries((uri) => open.has(uri));
      })();
    }
    return this.files.values();
  }

  /**
   * The officials one at a time, as the Officials view lists them (officialListOfSources): with a
   * store, the `limit` officials it ranks first (or every one) and the open documents' officials,
   * each read from the index in two queries (its meetings grouped there, with their stored
   * clusters while those answer copiesOf), so that the view never holds the corpus's summaries.
   */
  *officialSources(limit?: number): Iterable<OfficialSource> {
    const store = this.store;
    if (!store) return yield* officialSources(this.summaries());
    const names = new Set(store.officialNames(limit, [...this.open.keys()]));
    for (const f of this.open.values()) for (const o of f.officials) names.add(o.name);
    // The stored clusters answer copiesOf while none are held in memory (copiesOf below).
    const storedClusters = !this.clustersHeld;
    const live = clusterLookup(this);
    for (const name of names) {
      const open = officialSources([...this.open.values()].flatMap((f) => {
        const o = f.officials.find((x) => x.name === name);
        return o ? [{ ...f, officials: [o] }] : [];
      }))[0];
      const stored = store.officialSource(name, this.isOpen, storedClusters);
      if (!stored) {
        if (open) yield open;
        continue;
      }
      const clusterOf = stored.clusterOf;
      if (!open && !stored.files.length) continue;
      yield {
        name,
        files: [...(open?.files ?? []), ...stored.files],
        appearances: [...(open?.appearances ?? []), ...stored.appearances],
        clusterOf: clusterOf && ((uri, meeting) => (this.open.has(uri) ? live(uri, meeting) : clusterOf(uri, meeting))),
      };
    }
  }

  /** Runs a request's reads of the store in one read transaction (one file lock for all its queries). */
  reading<T>(work: () => T): T {
    return this.store ? this.store.reading(work) : work();
  }

  /** Every mention of `name` (simplified) across the corpus. */
  locations(name: string): Location[] {
    const out: Location[] = [];
    if (this.store) {
      for (const file of this.open.values()) for (const o of file.officials) if (o.name === name) out.push(...summaryLocations(file, o));
      out.push(...this.store.locations(name, this.isOpen));
      return out;
    }
    for (const uri of this.byOfficial.get(name) ?? []) {
      const file = this.files.get(uri);
      const o = file?.officials.find((x) => x.name === name);
      if (file && o) out.push(...summaryLocations(file, o));
    }
    return out;
  }

  /** One appearance per (file, meeting) of `name`. */
  appearances(name: string): Appearance[] {
    const out: Appearance[] = [];
    if (this.store) {
      for (const file of this.open.values()) for (const o of file.officials) if (o.name === name) out.push(...summaryAppearances(file, o));
      out.push(...this.store.appearances(name, this.isOpen));
      return out;
    }
    for (const uri of this.byOfficial.get(name) ?? []) {
      const file = this.files.get(uri);
      const o = file?.officials.find((x) => x.name === name);
      if (file && o) out.push(...summaryAppearances(file, o));
    }
    return out;
  }

  /** The meeting's copies in other files. */
  copiesOf(uri: string, meeting: number): MeetingCopies | undefined {
    if (!this.store || this.clustersHeld) return this.clusters.copiesOf(uri, meeting);
    const key = `${meeting}\u0000${uri}`;
    if (this.copiesCache.has(key)) return this.copiesCache.get(key);
    const found = this.store.copiesOf(uri, meeting);
    if (this.copiesCache.size >= COPIES_CACHE) this.copiesCache.clear();
    this.copiesCache.set(key, found);
    return found;
  }

  rangeOf(uri: string, meeting: number): Range | undefined {
    const held = this.open.get(uri) ?? this.files.get(uri);
    if (held) return held.meetings[meeting]?.entry.range;
    return this.store?.meetingRange(uri, meeting);
  }

  /**
   * With a store: the Corpus Overview's tallies counted in SQL over the store's rows and the open
   * documents' (index-store/overview-queries.ts); undefined without a store (or when its file was
   * found damaged), where the overview counts over summaries().
   */
  overviewTallies(query: OverviewQuery): OverviewTallies | undefined {
    const store = this.store;
    // The copies as copiesOf answers them: held in memory, or as the store keeps them. Every change
    // of what they can be moves `changes` (a file set, written or dropped).
    const clusters = () => (this.clustersHeld ? this.clusters.clusters() : store!.clusters());
    return store?.overviewTallies(query, [...this.open.values()], { version: this.changes, clusters });
  }

  /** Clusters the copies now (after indexing), so that the next lookup does not wait for it. */
  async settleCopies(): Promise<void> {
    if (!this.store) return this.clusters.settle();
    if (!this.builtChanges && this.store.copiesCurrent()) return void (this.clustersHeld && this.clusters.settle());
    // Read anew from the store; the build's workers (and their memory) are gone (indexFiles).
    this.builtChanges = false;
    if (this.building) return void (this.builtChanges = true); // a new build began: it settles them
    this.clusters = new MeetingClusters();
    this.clustersHeld = false;
    this.copiesCache.clear();
    if (!this.unsaved.size) {
      // Clustered from the stored signatures as they stream by, then written: the signatures never
      // all in the heap at once (a build of 100,000 reports held 400 MB of them).
      clearTimeout(this.copiesTimer);
      return void this.store.writeCopies(this.store.clusterSignatures());
    }
    this.holdClusters();
    this.storeCopies();
  }

  /** Shutting down: clusters held since the last save are written, so the next start need not find them. */
  close(): void {
    if (this.clustersHeld) this.storeCopies();
    void this.stopWorkers();
  }
}
