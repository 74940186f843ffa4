// The requests and commands Huiyi adds to LSP, shared by the server and the VS Code client (and
// documented for other editors): one place for their names and the shapes they carry.
import type { OfficialSort, OverviewFilter } from '../core';

/** huiyi/officials: the officials of the workspace index, most meetings first (the Officials view). */
export const OFFICIALS_REQUEST = 'huiyi/officials';

export interface OfficialsRequestParams {
  /** Only officials whose name, spelling or title (either script) contains this. */
  readonly query?: string;
  /** 'meetings' (most first, the default), 'name' (pinyin order) or 'lastSeen' (latest first). */
  readonly sort?: OfficialSort;
  readonly limit?: number;
}

/** What the officials request answers: one entry per official, the core's own list (features/official-list.ts). */
export type { OfficialListEntry as OfficialEntry, OfficialListMeeting as OfficialMeeting, OfficialSort } from '../core';

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

/**
 * Client command behind the code lens on a meeting with copies in other files (arguments: [uri,
 * position, locations], LSP's Location[]): the VS Code client peeks at them; another editor can bind it.
 */
export const SHOW_COPIES_COMMAND = 'huiyi.showCopies';

/** Server command: convert every report of the workspace (arguments: [{ dryRun?: boolean }]). */
export const CONVERT_WORKSPACE_COMMAND = 'huiyi.convertWorkspaceToSimplified';

/** The files Huiyi reads as reports: the client's watcher, the server's registration and the walk. */
export const REPORT_FILE_GLOB = '**/*.{txt,huiyi}';

/** The code of the summary diagnostic over huiyi.maxNumberOfProblems (the client gives a one-time notice). */
export const TOO_MANY_PROBLEMS_CODE = 'file.too-many-problems';

export function isReportFileName(name: string): boolean {
  return /\.(txt|huiyi)$/i.test(name);
}

/**
 * Client commands the server's code actions name when the client says it has them
 * (initializationOptions.clientCommands, the VS Code client): reopen a wrongly decoded file with
 * its encoding ([uri, encoding] as VS Code spells it: gb18030, cp950), or write files.encoding /
 * files.autoGuessEncoding for its folder and read it again ([uri, { encoding } | { autoGuess: true }]).
 */
export const REOPEN_WITH_ENCODING_COMMAND = 'huiyi.reopenWithEncoding';
export const FOLDER_ENCODING_COMMAND = 'huiyi.useFolderEncoding';
/** Server → client notification { query }: open the settings there (the large-file notice's "Open settings"). */
export const OPEN_SETTINGS_NOTIFICATION = 'huiyi/openSettings';

/** What the VS Code client tells the server in initializationOptions: the commands and notifications above it handles. */
export interface ClientOptions {
  readonly clientCommands?: readonly string[];
}

/**
 * huiyi/corpusOverview: the Corpus Overview's figures over the workspace index (meetings per month
 * and kind of body, bodies, top officials' marks, damage per family), for a filter. The panel asks
 * for aggregates, never for every meeting; `huiyi stats` prints the same object.
 */
export const CORPUS_OVERVIEW_REQUEST = 'huiyi/corpusOverview';

export interface CorpusOverviewParams {
  readonly filter?: OverviewFilter;
  /** How many officials get a timeline (default 10). */
  readonly officials?: number;
  /** How many files the damage section lists (default 10). */
  readonly files?: number;
  /** The answer as a PackedOverview (its officials' marks packed, unpackOverview reads them): what the panel asks for. */
  readonly packed?: boolean;
}

// The page bundles the packing alone (a file that imports types only), not the whole core.
export { MARK_FIELDS, unpackOverview, type PackedOfficial, type PackedOverview } from '../core/features/overview-packing';
export type { CorpusOverview, OverviewBody, OverviewFamily, OverviewFile, OverviewFilter, OverviewMark, OverviewMonth, OverviewOfficial, OverviewPlace } from '../core';

/** What the client passes in `initializationOptions` (all optional; other editors may send none). */
export interface HuiyiInitializationOptions {
  /** huiyi.* settings, when the client pushes them at start. */
  readonly settings?: unknown;
  /** The extension's workspace storage folder (context.storageUri): where the corpus index is kept. */
  readonly indexStorage?: string;
  /** huiyi.index.location: a folder the user chose for the corpus index instead. */
  readonly indexLocation?: string;
}
