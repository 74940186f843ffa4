// What the server knows of every report file in the workspace, open or not: each file's meetings
// (for workspace symbols) and officials (for hover, references, rename and the Officials view).
// Built in the background by worker threads (see corpus-index.ts); kept current by edits and
// watched-file events. It keeps compact summaries, never file texts, so memory stays bounded.
import { admit, enabledFindings, summarizeReport, type HuiyiSettings, type SkipReason, type MeetingEntry, type ReportModel, type VocabularyExtras } from '../core';
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusIndex, type FileToIndex } from './corpus-index';
import { reportFiles } from '../workspace/report-files';

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  done(): void;
  readonly isCancelled?: () => boolean;
}

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
  ) {
    this.corpus = new CorpusIndex(log);
  }

  /** Index every report file under the folders; resolves when done. Requests never wait on it. */
  build(folderUris: readonly string[], progress?: IndexProgress): Promise<void> {
    // A new build (the vocabulary changed) stops the one before it at its next batch.
    const generation = ++this.generation;
    const superseded = () => generation !== this.generation || !!progress?.isCancelled?.();
    return (async () => {
      const files: FileToIndex[] = [];
      for (const folder of folderUris) {
        if (!folder.startsWith('file:')) continue;
        for await (const file of reportFiles(fileURLToPath(folder), 200_000)) files.push({ uri: pathToFileURL(file).href, path: file });
      }
      progress?.begin(files.length);
      try {
        await this.corpus.indexFiles(files, {
          settings: this.settings(),
          extras: this.extras,
          onProgress: (done, total) => progress?.report(done, total),
          isCancelled: superseded,
        });
        if (!superseded()) {
          this.corpus.settleCopies();
          this.onChanged();
        }
      } finally {
        progress?.done();
      }
    })().catch((error) => this.log(`Workspace indexing failed: ${error instanceof Error ? error.stack : String(error)}`));
  }

  private async indexFile(uri: string, path: string): Promise<void> {
    try {
      const stat = await fs.stat(path);
      if (stat.size > this.settings().maxFileSizeMB * 1024 * 1024) return this.corpus.markSkipped(uri, 'too-large');
      const document = TextDocument.create(uri, 'plaintext', 0, await fs.readFile(path, 'utf8'));
      const admission = admit(document.languageId, document.getText(), this.settings());
      if (admission.kind === 'skip') return this.corpus.markSkipped(uri, admission.reason);
      if (admission.kind !== 'analyse') return this.remove(uri);
      this.updateFromModel(document, this.buildModel(document));
    } catch (error) {
      this.log(`Could not index ${path}: ${error instanceof Error ? error.message : String(error)}`);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.corpus.markSkipped(uri, 'unreadable');
    }
  }

  /** Index an open document from the model the language service already built for it. */
  updateFromModel(document: TextDocument, model: ReportModel | undefined, skipped?: SkipReason): void {
    if (skipped) return this.corpus.markSkipped(document.uri, skipped);
    if (model?.wronglyDecoded) return this.corpus.markSkipped(document.uri, 'wrong-encoding');
    if (!model) return this.remove(document.uri);
    const findings = enabledFindings(document, model, this.settings().damage);
    this.corpus.set(summarizeReport({ ...model, uri: document.uri }, (o) => document.positionAt(o), findings, document.getText()));
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
}
