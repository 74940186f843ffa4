// What the server knows of every report file in the workspace, open or not: each file's meetings
// (for workspace symbols) and officials (for hover, references, rename and the Officials view).
// Built in the background by worker threads (see corpus-index.ts); kept current by edits and
// watched-file events. It keeps compact summaries, never file texts, so memory stays bounded.
// With a persisted index (`usePersistedIndex`), a start reads only the files that changed since
// the index was written (size, time, then hash; and every file when the extractor or the
// vocabulary changed: the version stamp), and drops the files that are gone.
import { admit, enabledFindings, summarizeReport, type HuiyiSettings, type SkipReason, type MeetingEntry, type ReportModel, type VocabularyExtras } from '../core';
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusIndex, type FileToIndex } from './corpus-index';
import { reportFiles } from '../workspace/report-files';
import { contentHash, IndexStore, versionStamp } from '../index-store/store';

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  done(): void;
  readonly isCancelled?: () => boolean;
}

/** Files stat'ed at once when comparing the workspace with the persisted index. */
const STAT_CONCURRENCY = 64;

export class WorkspaceIndex {
  readonly corpus: CorpusIndex;
  private generation = 0;
  /** User titles and names (huiyi.officials.*), passed to the workers. */
  extras: VocabularyExtras = {};
  /** Called when what other files hold changed (a build ended, a file was read again): code lenses refresh. */
  onChanged: () => void = () => {};

  constructor(
    private readonly settings: () => HuiyiSettings,
    private readonly log: (m: string) => void,
    /** A closed file's model, built by the language service (with its vocabulary). */
    private readonly buildModel: (document: TextDocument) => ReportModel,
    /** Information (not an error): what a start found in the persisted index. */
    private readonly info: (m: string) => void = log,
  ) {
    this.corpus = new CorpusIndex(log);
  }

  /** Keeps the index in `file` (created, reused, or set aside and rebuilt when damaged); false when it cannot be opened. */
  usePersistedIndex(file: string): IndexStore | undefined {
    try {
      const store = new IndexStore(file, this.log);
      this.corpus.attach(store);
      return store;
    } catch (error) {
      this.log(`The corpus index cannot be kept in ${file} (${error instanceof Error ? error.message : String(error)}); it is held in memory instead.`);
      return undefined;
    }
  }

  private stamp(): string {
    return versionStamp(this.settings(), this.extras);
  }

  /** Index every report file under the folders; resolves when done. Requests never wait on it. */
  build(folderUris: readonly string[], progress?: IndexProgress): Promise<void> {
    // A new build (the vocabulary changed) stops the one before it at its next batch.
    const generation = ++this.generation;
    const superseded = () => generation !== this.generation || !!progress?.isCancelled?.();
    return (async () => {
      let files: FileToIndex[] = [];
      for (const folder of folderUris) {
        if (!folder.startsWith('file:')) continue;
        for await (const file of reportFiles(fileURLToPath(folder), 200_000)) files.push({ uri: pathToFileURL(file).href, path: file });
      }
      const store = this.corpus.persisted;
      const stamp = this.stamp();
      if (store) files = await this.changedSince(store, files, stamp);
      progress?.begin(files.length);
      try {
        await this.corpus.indexFiles(files, {
          settings: this.settings(),
          extras: this.extras,
          stamp,
          onProgress: (done, total) => progress?.report(done, total),
          isCancelled: superseded,
        });
        if (!superseded()) {
          await this.corpus.settleCopies();
          this.onChanged();
        }
      } finally {
        progress?.done();
      }
    })().catch((error) => this.log(`Workspace indexing failed: ${error instanceof Error ? error.stack : String(error)}`));
  }

  /** The files to read again: new ones, and those whose size, time or stamp differ from the store's. Drops the files gone. */
  private async changedSince(store: IndexStore, files: readonly FileToIndex[], stamp: string): Promise<FileToIndex[]> {
    const stored = store.times(stamp);
    const changed: FileToIndex[] = [];
    const moved: FileToIndex[] = [];
    for (let i = 0; i < files.length; i += STAT_CONCURRENCY) {
      await Promise.all(
        files.slice(i, i + STAT_CONCURRENCY).map(async (f) => {
          const old = stored.get(f.uri);
          stored.delete(f.uri);
          if (!old || !old.current) return void changed.push(f);
          try {
            const stat = await fs.stat(f.path);
            if (stat.size !== old.size || Math.round(stat.mtimeMs) !== old.mtimeMs) moved.push(f);
          } catch {
            changed.push(f); // unreadable now: the worker says why
          }
        }),
      );
    }
    // Files whose size or time moved: read again, but not extracted again if their text still hashes the same.
    store.reading(() => {
      for (const f of moved) changed.push({ ...f, knownHash: store.state(f.uri)?.hash });
    });
    // What the store holds and the workspace no longer has.
    const gone = [...stored.keys()];
    this.corpus.forget(gone);
    this.info(`Corpus index ${store.file}: ${files.length - changed.length} files up to date, ${changed.length} to read, ${gone.length} removed.`);
    return changed;
  }

  private async indexFile(uri: string, path: string): Promise<void> {
    try {
      const stat = await fs.stat(path);
      const store = this.corpus.persisted;
      const stamp = this.stamp();
      if (store) {
        const old = store.state(uri);
        if (old && old.stamp === stamp && old.size === stat.size && old.mtimeMs === Math.round(stat.mtimeMs)) return;
      }
      const state = { uri, path, size: stat.size, mtimeMs: Math.round(stat.mtimeMs), hash: '' };
      if (stat.size > this.settings().maxFileSizeMB * 1024 * 1024) return this.corpus.markSkipped(uri, 'too-large');
      const text = await fs.readFile(path, 'utf8');
      const document = TextDocument.create(uri, 'plaintext', 0, text);
      const hashed = { ...state, hash: contentHash(text) };
      const admission = admit(document.languageId, text, this.settings());
      if (admission.kind === 'skip') return this.corpus.markSkipped(uri, admission.reason);
      if (admission.kind !== 'analyse') return this.corpus.persist(hashed, undefined, stamp);
      const model = this.buildModel(document);
      if (model.wronglyDecoded) return this.corpus.markSkipped(uri, 'wrong-encoding');
      this.corpus.persist(hashed, model.isReport ? this.summaryOf(document, model) : undefined, stamp);
    } catch (error) {
      this.log(`Could not index ${path}: ${error instanceof Error ? error.message : String(error)}`);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.corpus.markSkipped(uri, 'unreadable');
    }
  }

  private summaryOf(document: TextDocument, model: ReportModel) {
    const findings = enabledFindings(document, model, this.settings().damage);
    return summarizeReport({ ...model, uri: document.uri }, (o) => document.positionAt(o), findings, document.getText());
  }

  /** Index an open document from the model the language service already built for it. */
  updateFromModel(document: TextDocument, model: ReportModel | undefined, skipped?: SkipReason): void {
    if (skipped) return this.corpus.markSkipped(document.uri, skipped);
    if (model?.wronglyDecoded) return this.corpus.markSkipped(document.uri, 'wrong-encoding');
    if (!model) {
      // An open document that is no report (any more) holds nothing: it wins over the store's rows
      // of the file as saved, as it does over the file in memory.
      if (this.corpus.persisted) return this.corpus.set({ uri: document.uri, meetings: [], officials: [], script: 'simplified', published: '', findings: {} });
      return this.remove(document.uri);
    }
    this.corpus.set(this.summaryOf(document, model));
  }

  /** A saved document: written to the persisted index from its model (its text is the file's now). */
  async saved(document: TextDocument, model: ReportModel | undefined): Promise<void> {
    const store = this.corpus.persisted;
    if (!store || !document.uri.startsWith('file:')) return;
    try {
      const path = fileURLToPath(document.uri);
      const stat = await fs.stat(path);
      const state = { uri: document.uri, path, size: stat.size, mtimeMs: Math.round(stat.mtimeMs), hash: contentHash(document.getText()) };
      this.corpus.persist(state, model?.isReport ? this.summaryOf(document, model) : undefined, this.stamp());
    } catch (error) {
      this.log(`Could not index the saved ${document.uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** A document closed: the disk's version answers for it again (read again if it differs from the index). */
  async closed(uri: string): Promise<void> {
    this.corpus.release(uri);
    await this.refreshFile(uri);
  }

  async refreshFile(uri: string): Promise<void> {
    if (!uri.startsWith('file:')) return;
    await this.indexFile(uri, fileURLToPath(uri));
    this.onChanged();
  }

  remove(uri: string): void {
    this.corpus.delete(uri);
  }

  allMeetings(): Iterable<MeetingEntry> {
    return this.corpus.allMeetings();
  }

  /** The meetings a workspace-symbol query can match (all of them without a persisted index). */
  meetingsMatching(query: string): Iterable<MeetingEntry> {
    return this.corpus.meetingsMatching(query, 500);
  }

  /** Shutting down: the persisted index is closed (its lock released). */
  close(): void {
    this.generation++;
    this.corpus.close();
    this.corpus.persisted?.close();
  }
}
