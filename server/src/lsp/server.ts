// The LSP adapter: wires the analysis core to a connection. It parses nothing itself; every
// handler reads the model the language service caches per (uri, version).
import { CONVERT_WORKSPACE_COMMAND, REPORT_FILE_GLOB, type ClientOptions, type HuiyiInitializationOptions } from '../protocol/api';
import { convertWorkspace } from './workspace-conversion';
import { DEFAULT_SETTINGS, createLanguageService, resolveSettings, t, useLocale, type HuiyiSettings } from '../core';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import type { ServerContext, ServerFeature } from './feature';
import { outlineFeature } from './outline-feature';
import { conversionCodeActionProvider, conversionFeature } from './conversion-feature';
import { codeActionHub } from './code-action-hub';
import { damageCodeActionProvider } from './code-actions-feature';
import { encodingCodeActionProvider } from './encoding-actions-feature';
import { WorkspaceIndex } from './workspace-index';
import { indexingProgress } from './indexing-progress';
import { officialsFeature } from './officials-feature';
import { copiesFeature } from './copies-feature';
import { overviewFeature } from './overview-feature';
import { TEXT_DOCUMENTS } from './text-document-sync';
import { VERSION } from '../version';
import { LargeFileNotices } from './large-file-notice';
import { indexFileFor } from './index-location';

/** Every feature the server offers; each announces its capabilities and registers its handlers. */
/** Code actions are listed in this order of their providers. */
const CODE_ACTION_PROVIDERS = [conversionCodeActionProvider, damageCodeActionProvider, encodingCodeActionProvider];
const COMMANDS = { [CONVERT_WORKSPACE_COMMAND]: convertWorkspace };
const FEATURES: readonly ServerFeature[] = [outlineFeature, conversionFeature, codeActionHub(CODE_ACTION_PROVIDERS, COMMANDS), officialsFeature, copiesFeature, overviewFeature];

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TEXT_DOCUMENTS);
  const service = createLanguageService();
  const log = (message: string) => connection.console.error(message);

  let globalSettings: HuiyiSettings = DEFAULT_SETTINGS;
  let supportsConfiguration = false;
  let supportsWatchedFiles = false;
  let folders: string[] = [];
  const clientCommands = new Set<string>();
  const edits = { annotations: false, documentChanges: false };
  const perDocument = new Map<string, HuiyiSettings>();

  // "Analyse anyway" on the large-file notice lifts the size limit for that file.
  const lifted = new WeakMap<HuiyiSettings, HuiyiSettings>();
  const settingsOf = (uri: string): HuiyiSettings => {
    const settings = perDocument.get(uri) ?? globalSettings;
    if (!notices.isLifted(uri)) return settings;
    let unlimited = lifted.get(settings);
    if (!unlimited) lifted.set(settings, (unlimited = { ...settings, maxFileSizeMB: Number.MAX_SAFE_INTEGER }));
    return unlimited;
  };

  async function refreshSettings(uri: string): Promise<void> {
    if (!supportsConfiguration) return;
    try {
      const value = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'huiyi' });
      perDocument.set(uri, resolveSettings(value));
    } catch (error) {
      log(`Could not read settings for ${uri}: ${String(error)}`);
    }
  }

  const index = new WorkspaceIndex(() => globalSettings, log, (document) => service.buildModel(document, globalSettings), (message) => connection.console.info(message));
  /** Said once the client is ready: the persisted index was damaged and is being rebuilt. */
  let setAsideNotice: string | undefined;

  /**
   * The workspace's settings, for the service and the index. A change of huiyi.officials.* changes
   * what every file yields (a name ignored or added): the open documents and the whole workspace
   * index are rebuilt with it, so hover, references and the Officials view agree.
   */
  function useGlobalSettings(settings: HuiyiSettings, rebuildIndex: boolean): void {
    globalSettings = settings;
    index.extras = settings.officials;
    if (service.configure(settings).vocabularyChanged && rebuildIndex) void index.build(folders, indexingProgress(connection));
  }

  async function pullGlobalSettings(): Promise<HuiyiSettings | undefined> {
    if (!supportsConfiguration) return undefined;
    try {
      return resolveSettings(await connection.workspace.getConfiguration({ section: 'huiyi' }));
    } catch (error) {
      log(`Could not read the workspace settings: ${String(error)}`);
      return undefined;
    }
  }

  const notices = new LargeFileNotices(connection, clientCommands, (uri) => diagnostics.schedule(uri, true));
  const diagnostics = new DiagnosticsScheduler(
    connection,
    documents,
    (document) => {
      const settings = settingsOf(document.uri);
      const analysis = service.analyse(document, settings);
      if (analysis.admission.kind === 'skip' && analysis.admission.reason === 'too-large') notices.tell(document.uri, analysis.admission.message);
      // Into the index once the diagnostics are sent (the meetings' signatures take a while on a
      // large file); skipped when the document changed meanwhile, since a newer run follows.
      const version = document.version;
      const skipped = analysis.admission.kind === 'skip' ? analysis.admission.reason : undefined;
      setImmediate(() => document.version === version && index.updateFromModel(document, analysis.model, skipped));
      if (analysis.admission.kind === 'ignore' || (analysis.admission.kind === 'analyse' && !analysis.model)) return undefined;
      return service.diagnostics(document, settings);
    },
    log,
  );

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    useLocale(params.locale);
    const caps = params.capabilities;
    supportsConfiguration = !!caps.workspace?.configuration;
    supportsWatchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    edits.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    edits.annotations = edits.documentChanges && !!caps.workspace?.workspaceEdit?.changeAnnotationSupport;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    const init = params.initializationOptions as (HuiyiInitializationOptions & ClientOptions) | undefined;
    useGlobalSettings(resolveSettings(init?.settings), false);
    const offered = init?.clientCommands;
    if (Array.isArray(offered)) for (const c of offered) if (typeof c === 'string') clientCommands.add(c);
    const indexFile = indexFileFor(init, folders);
    if (indexFile) {
      const store = index.usePersistedIndex(indexFile);
      if (store?.setAside) setAsideNotice = t('The corpus index could not be read and is being rebuilt; the old file was kept as {0}.', `${indexFile}.bad`);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...Object.assign({}, ...FEATURES.map((f) => f.capabilities)),
      },
      serverInfo: { name: 'huiyi-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // A notification, not a request: nothing to answer, nothing to wait for.
    if (setAsideNotice) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: setAsideNotice });
    if (supportsWatchedFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: REPORT_FILE_GLOB }],
      });
    }
    void (async () => {
      const pulled = await pullGlobalSettings();
      if (pulled) useGlobalSettings(pulled, false);
      await index.build(folders, indexingProgress(connection));
    })();
  });

  connection.onDidChangeConfiguration((change) => {
    void (async () => {
      // Clients that push settings send them here; the others are asked (the pull model).
      const section = (change.settings as { huiyi?: unknown } | undefined)?.huiyi;
      const settings = section !== undefined ? resolveSettings(section) : await pullGlobalSettings();
      if (settings) useGlobalSettings(settings, true);
      perDocument.clear();
      await Promise.all(documents.all().map((d) => refreshSettings(d.uri)));
      diagnostics.scheduleAll();
    })();
  });

  // An open also fires onDidChangeContent (a debounced run); the run once the document's own
  // settings are read replaces it.
  documents.onDidOpen((e) => void refreshSettings(e.document.uri).then(() => diagnostics.schedule(e.document.uri, true)));
  documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri));
  documents.onDidClose((e) => {
    service.forget(e.document.uri);
    perDocument.delete(e.document.uri);
    diagnostics.clear(e.document.uri);
    void index.closed(e.document.uri);
  });
  // Saved: the persisted index takes the document's own model (its text is now the file's).
  documents.onDidSave((e) => void index.saved(e.document, service.analyse(e.document, settingsOf(e.document.uri)).model));

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      // A deleted file leaves the index even while its document is open (an editor keeps closed
      // tabs' documents a while): its copies and officials are gone from the workspace.
      if (change.type === FileChangeType.Deleted) (index.remove(change.uri), index.onChanged());
      else if (!documents.get(change.uri)) void index.refreshFile(change.uri);
    }
  });

  connection.onShutdown(() => index.close());

  const context: ServerContext = { connection, documents, service, index, settingsOf, clientCommands, edits, log };
  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
  return connection;
}
