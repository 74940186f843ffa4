// A real LSP client for tests: spawns dist/server.js --stdio and speaks the protocol through
// vscode-languageserver-protocol, as an editor would.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Polls `check` (every 100 ms, 30 s at most) until it gives a value; fails naming `what`. */
export async function until(what, check) {
  for (let i = 0; i < 300; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Runs `work(dir, storage)` with a new workspace folder and a new index storage folder, removed after. */
export async function withIndexFolders(prefix, work) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const storage = mkdtempSync(join(tmpdir(), 'huiyi-storage-'));
  try {
    return await work(dir, storage);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}

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
  // Every wait ends: an exited server fails it at once (with its stderr), not never. Each wait
  // registers its rejection while it is pending only (none is kept once it settles).
  let exit;
  const onExit = new Set();
  child.once('exit', (code, signal) => {
    exit = { code, signal };
    for (const fail of [...onExit]) fail();
  });
  const exitError = (what) => new Error(`the server exited (code ${exit.code}, signal ${exit.signal}) while ${what}; stderr: ${stderr.slice(-2000)}`);
  /** `promise`, or a rejection saying so as soon as the server exits first. */
  const untilExit = (promise, what) => {
    if (exit) return Promise.reject(exitError(what));
    return new Promise((resolvePromise, reject) => {
      const fail = () => reject(exitError(what));
      onExit.add(fail);
      promise.then(
        (value) => (onExit.delete(fail), resolvePromise(value)),
        (error) => (onExit.delete(fail), reject(error)),
      );
    });
  };
  const diagnostics = new Map();
  const waiters = new Set();
  const notify = () => {
    for (const w of [...waiters]) if (w.check()) waiters.delete(w);
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params);
    notify();
  });
  /** Documents whose settings the server asked for and was answered (scopeUri of a workspace/configuration item). */
  const settingsAsked = new Set();
  connection.onRequest(ConfigurationRequest.type, (params) => {
    // Recorded once the answer below is queued for writing (the connection queues it in a microtask).
    setImmediate(() => {
      for (const item of params.items) if (item.scopeUri) settingsAsked.add(item.scopeUri);
      notify();
    });
    return params.items.map(() => settings);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  const logs = [];
  connection.onNotification('window/logMessage', (params) => logs.push(params.message));
  const messages = [];
  connection.onNotification('window/showMessage', (params) => messages.push(params.message));
  connection.onNotification('$/progress', () => {});
  connection.listen();

  const clientCapabilities = capabilities ?? {
    workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
    textDocument: {
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite', 'source', 'source.fixAll'] } } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
    },
    window: { workDoneProgress: true },
  };
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    locale,
    rootUri: workspaceFolders[0] ?? null,
    workspaceFolders: workspaceFolders.map((uri) => ({ uri, name: uri })),
    capabilities: clientCapabilities,
    initializationOptions: { settings, ...(clientCommands ? { clientCommands } : {}), ...initializationOptions },
  });
  await connection.sendNotification(InitializedNotification.type, {});

  const versions = new Map();
  let settles = 0;
  const asksSettings = clientCapabilities.workspace?.configuration === true;
  /** Resolves with `probe()`'s first defined value (probed now and on each message that can change it). */
  const waitFor = (probe, timeoutMs, what) => {
    const now = probe();
    if (now !== undefined) return Promise.resolve(now);
    let waiter;
    let timer;
    const waited = new Promise((resolvePromise, reject) => {
      waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return false;
          clearTimeout(timer);
          resolvePromise(value);
          return true;
        },
      };
      timer = setTimeout(() => (waiters.delete(waiter), reject(new Error(`no ${what} within ${timeoutMs} ms`))), timeoutMs);
      waiters.add(waiter);
    });
    return untilExit(waited, `waiting for ${what}`).finally(() => (clearTimeout(timer), waiters.delete(waiter)));
  };
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
      if (exit) return Promise.reject(exitError(`answering ${method}`));
      return untilExit(connection.sendRequest(method, params), `answering ${method}`);
    },
    /** Changes the client's settings as an editor does: a didChangeConfiguration, then the server pulls them. */
    async setSettings(next) {
      settings = next;
      await connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    },
    /** Waits for a publishDiagnostics for `uri` that satisfies `predicate` (default: any). */
    waitForDiagnostics(uri, predicate = () => true, timeoutMs = 10000) {
      return waitFor(() => {
        const d = diagnostics.get(uri);
        return d && predicate(d) ? d : undefined;
      }, timeoutMs, `diagnostics for ${uri}`);
    },
    /**
     * Resolves once every document opened or changed before the call has had its last diagnostics
     * run. A sentinel is opened and, once the server has asked for its settings and read the answer
     * (so every earlier document's settings were read and their runs scheduled), changed: its
     * debounced run comes after every earlier one (same delay, first in first out). Its own open
     * run cannot stand in for the debounced one: the run that follows reading its settings is
     * immediate. The sentinel is closed and dropped from the workspace index after.
     */
    async settle(timeoutMs = 60000) {
      const sentinel = `file:///settle/sentinel-${++settles}.huiyi`;
      await api.open(sentinel, '会议', 'meeting-report');
      try {
        if (asksSettings) {
          await waitFor(() => settingsAsked.has(sentinel) || undefined, timeoutMs, `the server to ask for the settings of ${sentinel}`);
          // Answered in order, so the server has read the answer once it answers a later request.
          await api.request('textDocument/documentSymbol', { textDocument: { uri: sentinel } });
        }
        const version = await api.change(sentinel, [{ text: '会议召开' }]);
        await api.waitForDiagnostics(sentinel, (d) => d.version === version, timeoutMs);
      } finally {
        settingsAsked.delete(sentinel);
        await api.close(sentinel);
        await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: sentinel, type: 3 }] });
      }
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
        if (child.exitCode !== null || child.signalCode !== null) return r();
        const t = setTimeout(() => child.kill('SIGKILL'), 2000);
        child.once('exit', () => (clearTimeout(t), r()));
      });
    },
  };
  return api;
}
