#!/usr/bin/env node
// A stand-in for VS Code's electron executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It accepts the electron-style arguments test-electron passes, runs the same mocha suite in code-server
// (a real VS Code 1.96.4) driven by Debian's Chromium, and exits with the suite's exit code.
//
//   code-server-electron.mjs --extensionDevelopmentPath=<dir> --extensionTestsPath=<suite index> [folder|file ...]
//
// Arguments test-electron adds (--no-sandbox, --disable-updates, --user-data-dir=…, --extensions-dir=…, …) are
// ignored: every run gets fresh temporary folders. Environment:
//   HUIYI_VSCODE_SETTINGS  JSON object of extra user settings (also --huiyi-settings=<json>)
//   HUIYI_VSCODE_TIMEOUT   ms before the run is abandoned (default 180000)
//   HUIYI_VSCODE_LOGS      folder where the workbench's log files are written at exit (default test-results/vscode-logs)
//   HUIYI_VSCODE_VERBOSE   echo code-server's own output
//   HUIYI_KEEP_TEMP        keep the temporary user-data folder (its path is printed)
//   HUIYI_VSCODE_VSIX      test a packaged extension: --install-extension this .vsix, and load no development
//                          folder (the suite then runs against the installed extension)
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { format } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { launchBrowser, isDirectory, REPO, startCodeServer } from './lib/code-server.mjs';

const NOISE = /open-vsx\.org|^\s+at .*workbench\.js|^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\] registered)/;
const TIMEOUT = Number(process.env.HUIYI_VSCODE_TIMEOUT ?? 180000);

function parseArgs(argv) {
  const parsed = { extensionDevelopmentPath: [], extensionTestsPath: undefined, paths: [], settings: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inlineValue ?? argv[++i];
    if (flag === '--extensionDevelopmentPath') parsed.extensionDevelopmentPath.push(resolve(value()));
    else if (flag === '--extensionTestsPath') parsed.extensionTestsPath = resolve(value());
    else if (flag === '--huiyi-settings') Object.assign(parsed.settings, JSON.parse(value()));
    else if (flag === '--locale') parsed.locale = value(); // VS Code's display-language flag (lib/code-server.mjs: stubLanguagePack)
    else if (arg.startsWith('-')) continue; // --no-sandbox, --disable-updates, --user-data-dir=…, --disable-extensions, …
    else parsed.paths.push(resolve(arg));
  }
  if (process.env.HUIYI_VSCODE_SETTINGS) Object.assign(parsed.settings, JSON.parse(process.env.HUIYI_VSCODE_SETTINGS));
  return parsed;
}

const say = (line) => process.stderr.write(`[code-server-electron] ${line}\n`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const folder = args.paths.find(isDirectory);
  const file = args.paths.find((p) => !isDirectory(p));
  const vsix = process.env.HUIYI_VSCODE_VSIX && resolve(process.env.HUIYI_VSCODE_VSIX);
  let server;
  let browser;
  let finishing = false;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  };
  const abort = (signal) => {
    if (finishing) return;
    finishing = true;
    say(`${signal}: stopping code-server and the browser`);
    cleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', () => abort('SIGINT'));
  process.on('SIGTERM', () => abort('SIGTERM'));

  const started = Date.now();
  try {
    server = await startCodeServer({
      folder: folder ?? (file ? dirname(file) : undefined),
      settings: args.settings,
      echo: Boolean(process.env.HUIYI_VSCODE_VERBOSE),
      keepTemp: Boolean(process.env.HUIYI_KEEP_TEMP),
      installExtensions: vsix ? [vsix] : [],
      locale: args.locale,
      env: { HUIYI_TEST_EXTENSION_MODE: vsix ? 'installed' : 'development' },
      log: say,
    });
    if (process.env.HUIYI_KEEP_TEMP) say(`temporary folders kept in ${server.root}`);
    browser = await launchBrowser();
    const { page } = browser;

    let resolveExit;
    const exitPromise = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const text = Array.isArray(logArgs) ? format(...logArgs) : String(logArgs);
      // The gallery (open-vsx.org) is unreachable offline; that noise is harmless.
      // Neither is the workbench's connection chatter.
      if (!process.env.HUIYI_VSCODE_VERBOSE && NOISE.test(text)) return;
      (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      resolveExit({ code, logs });
    });
    page.on('pageerror', (error) => {
      if (process.env.HUIYI_VSCODE_VERBOSE) say(`page error: ${error.message}`);
    });
    server.exited.then((info) => resolveExit({ code: 1, serverExited: info }));

    const url = server.url({
      folder: folder ?? (file ? dirname(file) : undefined),
      openFile: file,
      // The web workbench runs extension tests only in development mode: with a .vsix, the development
      // folder is an empty stand-in extension, so the installed extension is the one under test.
      extensionDevelopmentPath: vsix ? [standInExtension(server.root)] : args.extensionDevelopmentPath,
      extensionTestsPath: args.extensionTestsPath,
    });
    say(`opening ${url}`);
    await page.goto(url);
    const result = await new Promise((resolveResult) => {
      const timer = setTimeout(() => resolveResult({ timedOut: true }), TIMEOUT);
      exitPromise.then((r) => {
        clearTimeout(timer);
        resolveResult(r);
      });
    });
    finishing = true;
    let code;
    if (result.timedOut) {
      say(`TIMEOUT: the suite did not finish within ${TIMEOUT / 1000} s (HUIYI_VSCODE_TIMEOUT). Last lines of the code-server log:\n${server.logTail()}`);
      code = 124;
    } else if (result.serverExited) {
      say(`code-server exited unexpectedly (${result.serverExited.code ?? result.serverExited.signal}):\n${server.logTail()}`);
      code = 1;
    } else {
      code = result.code;
      writeLogs(result.logs, server);
    }
    say(`suite exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await cleanup();
    return code;
  } catch (error) {
    say(`FAILED: ${error.stack ?? error.message}`);
    await cleanup();
    return 1;
  }
}

function standInExtension(root) {
  const dir = join(root, 'stand-in-extension');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'huiyi-test-stand-in', publisher: 'huiyi-tests', version: '0.0.0', engines: { vscode: '*' } }));
  return dir;
}

// Keeps the run's logs as artifacts: the workbench's (browser side) and the server side's (extension host,
// output channels such as Huiyi's, under server/).
function writeLogs(logs, server) {
  const dir = resolve(process.env.HUIYI_VSCODE_LOGS ?? join(REPO, 'test-results', 'vscode-logs'));
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const serverLogs = join(server.userDataDir, 'logs');
    if (existsSync(serverLogs)) cpSync(serverLogs, join(dir, 'server'), { recursive: true });
    cpSync(server.logFile, join(dir, 'code-server.log'));
    for (const { relativePath, contents } of Array.isArray(logs) ? logs : []) {
      const target = join(dir, relativePath);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, contents);
    }
  } catch (error) {
    say(`could not write workbench logs to ${dir}: ${error.message}`);
  }
}

process.exitCode = await main();
// Do not let stray handles (playwright's pipes) keep us alive.
setTimeout(() => process.exit(process.exitCode), 200).unref();
