// Real-editor measurements for `npm run bench` (test/bench/vscode.bench.mjs runs this in code-server).
// Not a test: it measures, writes JSON to $HUIYI_VSCODE_BENCH_OUT, and fails only if it cannot measure.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const vscode = require('vscode');

const EXTENSION_ID = 'huiyi.huiyi';

function seed(prefix) {
  const dir = vscode.workspace.workspaceFolders[0].uri.fsPath;
  return vscode.Uri.file(path.join(dir, fs.readdirSync(dir).find((n) => n.startsWith(prefix))));
}

async function until(probe, timeout = 60000, interval = 2) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, interval));
  }
}

async function openToOutline(uri, meetings) {
  const t0 = performance.now();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await until(async () => {
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.filter((s) => s.kind === vscode.SymbolKind.Event).length >= meetings;
  });
  return performance.now() - t0;
}

function rssOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
    return kb / 1024;
  } catch {
    return undefined;
  }
}

function childrenOf(pid) {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => ({ pid: Number(l.split(/\s+/)[0]), args: l.slice(l.indexOf(' ') + 1) }));
  } catch {
    return [];
  }
}

exports.run = async function run() {
  const out = process.env.HUIYI_VSCODE_BENCH_OUT;
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  const result = { editor: `${vscode.env.appName} ${vscode.version}` };

  // Activation: from opening seed 000 (plaintext) to the extension being active.
  const uri = seed('000');
  const t0 = performance.now();
  const shown = vscode.workspace.openTextDocument(uri).then((d) => vscode.window.showTextDocument(d));
  await until(() => ext.isActive, 60000, 1);
  result.activationMs = performance.now() - t0;
  await shown;
  // Open → outline, cold (the first report the server sees) …
  await until(async () => {
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.filter((s) => s.kind === vscode.SymbolKind.Event).length >= 4;
  });
  result.firstOutlineMs = performance.now() - t0;
  // … and warm: seed 004, not opened before, with the server running.
  result.warmOutlineMs = await openToOutline(seed('004'), 1);

  // Memory: this extension host, and the language server (a child of it) with its worker threads.
  result.extensionHostRssMB = process.memoryUsage().rss / 2 ** 20;
  const server = childrenOf(process.pid).find((c) => /dist\/server\.js/.test(c.args));
  if (server) result.languageServerRssMB = rssOf(server.pid);

  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result));
};
