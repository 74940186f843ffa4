// A real LSP client for tests: spawns dist/server.js --stdio and speaks the protocol through
// vscode-languageserver-protocol, as an editor would.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  ConfigurationRequest,
} from 'vscode-languageserver-protocol/node';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS = join(ROOT, 'seeds');

export function seedPath(prefix) {
  const name = readdirSync(SEEDS).sort().find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return join(SEEDS, name);
}

export function seedText(prefix) {
  return readFileSync(seedPath(prefix), 'utf8');
}

/**
 * Starts a server. `settings` answers workspace/configuration; `workspaceFolders` are URIs.
 * Returns helpers to open documents, send requests and wait for diagnostics.
 */
export async function startServer({ settings = {}, workspaceFolders = [], capabilities, locale, env, clientCommands, initializationOptions = {} } = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map();
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params);
    for (const w of [...waiters]) if (w.check()) waiters.splice(waiters.indexOf(w), 1);
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  const logs = [];
  connection.onNotification('window/logMessage', (params) => logs.push(params.message));
  const messages = [];
  connection.onNotification('window/showMessage', (params) => messages.push(params.message));
  connection.onNotification('$/progress', () => {});
  connection.listen();

  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    locale,
    rootUri: workspaceFolders[0] ?? null,
    workspaceFolders: workspaceFolders.map((uri) => ({ uri, name: uri })),
    capabilities: capabilities ?? {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite', 'source', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
      window: { workDoneProgress: true },
    },
    initializationOptions: { settings, ...(clientCommands ? { clientCommands } : {}), ...initializationOptions },
  });
  await connection.sendNotification(InitializedNotification.type, {});

  const versions = new Map();
  const api = {
    connection,
    child,
    initialize,
    logs,
    messages,
    get stderr() {
      return stderr;
    },
    async open(uri, text, languageId = 'plaintext', version = 1) {
      versions.set(uri, version);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    },
    async openFile(path, languageId = 'plaintext') {
      const uri = pathToFileURL(path).href;
      await api.open(uri, readFileSync(path, 'utf8'), languageId);
      return uri;
    },
    async change(uri, contentChanges, version) {
      const v = version ?? (versions.get(uri) ?? 1) + 1;
      versions.set(uri, v);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges });
      return v;
    },
    async close(uri) {
      await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    request(method, params) {
      return connection.sendRequest(method, params);
    },
    /** Changes the client's settings as an editor does: a didChangeConfiguration, then the server pulls them. */
    async setSettings(next) {
      settings = next;
      await connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    },
    /** Waits for a publishDiagnostics for `uri` that satisfies `predicate` (default: any). */
    waitForDiagnostics(uri, predicate = () => true, timeoutMs = 10000) {
      return new Promise((resolvePromise, reject) => {
        const check = () => {
          const d = diagnostics.get(uri);
          if (d && predicate(d)) {
            clearTimeout(timer);
            resolvePromise(d);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        if (!check()) waiters.push({ check });
      });
    },
    diagnosticsOf(uri) {
      return diagnostics.get(uri);
    },
    async stop() {
      try {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        /* already gone */
      }
      connection.dispose();
      await new Promise((r) => {
        if (child.exitCode !== null) return r();
        const t = setTimeout(() => child.kill('SIGKILL'), 2000);
        child.once('exit', () => (clearTimeout(t), r()));
      });
    },
  };
  return api;
}
