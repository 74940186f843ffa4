// What the server knows of every report file in the workspace, open or not: the meetings of
// each file (for workspace symbols). Built in the background; kept current by edits and
// watched-file events. It keeps summaries, never file texts, so memory stays bounded.
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { admit } from '../core/admission';
import { meetingEntries, type MeetingEntry } from '../core/features/workspace-symbols';
import { buildReportModel } from '../core/model/build-model';
import type { ReportModel } from '../core/model/types';
import type { HuiyiSettings } from '../core/settings';
import { reportFiles } from './workspace-files';

export class WorkspaceIndex {
  private readonly meetings = new Map<string, MeetingEntry[]>();
  private building: Promise<void> | undefined;

  constructor(private readonly settings: () => HuiyiSettings, private readonly log: (m: string) => void) {}

  /** Index every report file under the folders; resolves when done. Requests never wait on it. */
  build(folderUris: readonly string[], onProgress?: (done: number, file: string) => void): Promise<void> {
    this.building = (async () => {
      let done = 0;
      for (const folder of folderUris) {
        if (!folder.startsWith('file:')) continue;
        for await (const file of reportFiles(fileURLToPath(folder))) {
          await this.indexFile(pathToFileURL(file).href, file);
          onProgress?.(++done, file);
          await new Promise((r) => setImmediate(r));
        }
      }
    })().catch((error) => this.log(`Workspace indexing failed: ${error instanceof Error ? error.stack : String(error)}`));
    return this.building;
  }

  get ready(): Promise<void> {
    return this.building ?? Promise.resolve();
  }

  private async indexFile(uri: string, path: string): Promise<void> {
    try {
      const stat = await fs.stat(path);
      if (stat.size > this.settings().maxFileSizeMB * 1024 * 1024) return;
      this.update(TextDocument.create(uri, 'plaintext', 0, await fs.readFile(path, 'utf8')));
    } catch (error) {
      this.log(`Could not index ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Index a file's text (not open in the editor). */
  private update(document: TextDocument): void {
    if (admit(document.languageId, document.getText(), this.settings()).kind !== 'analyse') {
      this.meetings.delete(document.uri);
      return;
    }
    this.updateFromModel(document, buildReportModel(document));
  }

  /** Index an open document from the model the language service already built for it. */
  updateFromModel(document: Pick<TextDocument, 'uri' | 'positionAt'>, model: ReportModel | undefined): void {
    if (!model) {
      this.meetings.delete(document.uri);
      return;
    }
    const entries = meetingEntries(model, (start, end) => ({ start: document.positionAt(start), end: document.positionAt(end) }));
    if (entries.length) this.meetings.set(document.uri, entries);
    else this.meetings.delete(document.uri);
  }

  async refreshFile(uri: string): Promise<void> {
    if (uri.startsWith('file:')) await this.indexFile(uri, fileURLToPath(uri));
  }

  remove(uri: string): void {
    this.meetings.delete(uri);
  }

  *allMeetings(): Iterable<MeetingEntry> {
    for (const entries of this.meetings.values()) yield* entries;
  }

  get fileCount(): number {
    return this.meetings.size;
  }
}
