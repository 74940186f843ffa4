// Publishes diagnostics per document, debounced while typing. A run computes the document's
// current version synchronously, so what it publishes is never stale.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    /** Returns undefined for documents Huiyi does not serve (nothing is published for them). */
    private readonly compute: (document: TextDocument) => Diagnostic[] | undefined,
    private readonly log: (message: string) => void,
    private readonly delayMs = 200,
  ) {}

  /** Schedule a run; `immediate` for opens, debounced for edits. */
  schedule(uri: string, immediate = false): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => this.run(uri), immediate ? 0 : this.delayMs));
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, true);
  }

  private run(uri: string): void {
    this.timers.delete(uri);
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    let diagnostics: Diagnostic[] | undefined;
    try {
      diagnostics = this.compute(document);
    } catch (error) {
      this.log(`Error while computing diagnostics of ${uri}: ${error instanceof Error ? error.stack : String(error)}`);
      return;
    }
    if (diagnostics === undefined) {
      if (this.published.has(uri)) this.clear(uri);
      return;
    }
    this.published.add(uri);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
