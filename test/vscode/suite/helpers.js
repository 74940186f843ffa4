// Helpers for the real-editor suite. They wait on events or poll with a deadline; never fixed sleeps.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'huiyi.huiyi';
const SOURCE = 'huiyi';
const DEFAULT_TIMEOUT = 20000;

/** The workspace folder the suite runs on (a temporary copy of seeds/). */
function workspaceFolder() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'the suite must be started on a folder (a copy of seeds/)');
  return folder.uri;
}

/** URI of the seed whose file name starts with `prefix` ('000', '001_', …). */
function seedUri(prefix) {
  const dir = workspaceFolder().fsPath;
  const name = fs.readdirSync(dir).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  assert.ok(name, `no seed starting with ${prefix} in ${dir}`);
  return vscode.Uri.file(path.join(dir, name));
}

/** Writes a file into the workspace (tests may create scratch files) and returns its URI. */
function writeWorkspaceFile(relativePath, contents) {
  const file = path.join(workspaceFolder().fsPath, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, contents);
  return vscode.Uri.file(file);
}

/** Opens a document and shows it in an editor. */
async function open(uri, options = {}) {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false, ...options });
  return { document, editor };
}

function openSeed(prefix, options) {
  return open(seedUri(prefix), options);
}

function extension() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/**
 * Polls `probe` (sync or async) until it returns a truthy value, or fails after `timeout` ms with `message`
 * and the last value seen. Returns the truthy value.
 */
async function waitFor(probe, { timeout = DEFAULT_TIMEOUT, interval = 50, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? `; last error: ${lastError.message}` : `; last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Resolves with the diagnostics of `uri` once `predicate(diagnostics)` holds, checking now and on every
 * vscode.languages.onDidChangeDiagnostics event for that URI. `predicate` defaults to "at least one from huiyi".
 */
function waitForDiagnostics(uri, predicate = (ds) => ds.some((d) => d.source === SOURCE), { timeout = DEFAULT_TIMEOUT, message } = {}) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (predicate(diagnostics)) {
        done();
        resolve(diagnostics);
        return true;
      }
      return false;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const now = vscode.languages.getDiagnostics(uri).map((d) => `${d.source}: ${d.message}`);
      reject(new Error(`timed out after ${timeout} ms waiting for ${message || 'diagnostics'} on ${path.basename(uri.fsPath)}; now: ${JSON.stringify(now)}`));
    }, timeout);
    function done() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Resolves on the next onDidChangeDiagnostics event that concerns `uri` (whatever it holds). */
function nextDiagnosticsChange(uri, { timeout = DEFAULT_TIMEOUT } = {}) {
  return new Promise((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(vscode.languages.getDiagnostics(uri));
      }
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeout} ms waiting for a diagnostics change on ${path.basename(uri.fsPath)}`));
    }, timeout);
  });
}

function huiyiDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Document symbols of `uri`, polled until the provider answers with at least `min` symbols. */
function documentSymbols(uri, { min = 1, timeout } = {}) {
  return waitFor(
    async () => {
      const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
      return symbols && symbols.length >= min ? symbols : undefined;
    },
    { timeout, message: `document symbols of ${path.basename(uri.fsPath)}` },
  );
}

/** Hovers at `position`, polled until some hover is returned; returns the joined markdown/plain text. */
async function hoverText(uri, position, { timeout } = {}) {
  const hovers = await waitFor(
    async () => {
      const result = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
      return result && result.length ? result : undefined;
    },
    { timeout, message: `a hover at ${position.line}:${position.character}` },
  );
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Position of the first occurrence of `text` in `document` (optionally the n-th, 0-based). */
function positionOf(document, text, nth = 0) {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = document.getText().indexOf(text, index + 1);
    assert.ok(index >= 0, `${JSON.stringify(text)} not found in ${path.basename(document.uri.fsPath)}`);
  }
  return document.positionAt(index);
}

/**
 * Code actions for `range` (a Range, a Position for an empty range, or the whole document by default),
 * optionally only of `kind` (a vscode.CodeActionKind or its string value, e.g. 'source.fixAll'); the first
 * `resolveCount` actions have their edits resolved.
 */
async function codeActions(uri, kind, range, resolveCount = 100) {
  const document = await vscode.workspace.openTextDocument(uri);
  let target = range || new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  if (target instanceof vscode.Position) target = new vscode.Range(target, target);
  const kindValue = kind ? (typeof kind === 'string' ? kind : kind.value) : undefined;
  // itemResolveCount: resolve the edits of lazily resolved actions (codeAction/resolve) so `.edit` is set.
  return (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, target, kindValue, resolveCount)) || [];
}

/** Closes all editors (call in afterEach / after so tests do not see each other's editors). */
async function closeAllEditors() {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

module.exports = {
  EXTENSION_ID,
  SOURCE,
  workspaceFolder,
  seedUri,
  writeWorkspaceFile,
  open,
  openSeed,
  extension,
  waitFor,
  waitForDiagnostics,
  nextDiagnosticsChange,
  huiyiDiagnostics,
  documentSymbols,
  hoverText,
  positionOf,
  codeActions,
  closeAllEditors,
};
