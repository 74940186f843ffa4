// The requests and commands Huiyi adds to LSP, shared by the server and the VS Code client (and
// documented for other editors): one place for their names and the shapes they carry.

/** huiyi/officials: the officials of the workspace index, most meetings first (the Officials view). */
export const OFFICIALS_REQUEST = 'huiyi/officials';

export interface OfficialsRequestParams {
  /** Only officials whose name (either script) contains this. */
  readonly query?: string;
  readonly limit?: number;
}

/** What the officials request answers: one entry per official, the core's own list (features/official-list.ts). */
export type { OfficialListEntry as OfficialEntry, OfficialListMeeting as OfficialMeeting } from '../core';

/** huiyi/documentScript: the script of one open document, from the conversion cached per version. */
export const DOCUMENT_SCRIPT_REQUEST = 'huiyi/documentScript';

export interface DocumentScriptParams {
  readonly uri: string;
}

export interface DocumentScriptResult {
  readonly script: 'simplified' | 'traditional' | 'mixed' | 'none';
  readonly traditionalParagraphs: number;
  readonly simplifiedParagraphs: number;
  readonly charactersChanged: number;
}

/** Server command: convert every report of the workspace (arguments: [{ dryRun?: boolean }]). */
export const CONVERT_WORKSPACE_COMMAND = 'huiyi.convertWorkspaceToSimplified';

/** The files Huiyi reads as reports: the client's watcher, the server's registration and the walk. */
export const REPORT_FILE_GLOB = '**/*.{txt,huiyi}';

export function isReportFileName(name: string): boolean {
  return /\.(txt|huiyi)$/i.test(name);
}

/** What the client passes in `initializationOptions` (all optional; other editors may send none). */
export interface HuiyiInitializationOptions {
  /** huiyi.* settings, when the client pushes them at start. */
  readonly settings?: unknown;
  /** The extension's workspace storage folder (context.storageUri): where the corpus index is kept. */
  readonly indexStorage?: string;
  /** huiyi.index.location: a folder the user chose for the corpus index instead. */
  readonly indexLocation?: string;
}
