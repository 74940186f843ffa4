// Shared helpers to run a real VS Code (code-server 4.96.4, see ../shared/guide/REAL-VSCODE.md) and drive it
// with Debian's Chromium through playwright-core. Used by the test-electron shim (code-server-electron.mjs),
// the UI test (ui.mjs) and `npm start` (scripts/start.mjs).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerEntry, CACHE_DIR, isInstalled } from '../../../scripts/vscode/install-code-server.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CHROMIUM = process.env.HUIYI_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Settings every run gets: no welcome page (it hides quick open), nothing that reaches the network.
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A deadline helper: rejects with `message` after `ms`. */
export function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function killGroup(child, signal = 'SIGTERM') {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the process group we created (detached) — code-server and its children
  } catch {
    try {
      process.kill(child.pid, signal);
    } catch {}
  }
}

/**
 * A stand-in for a language pack, which cannot be installed offline: `--locale` alone leaves VS Code
 * (and so every extension) in English. VS Code reads the installed packs from <user-data>/languagepacks.json;
 * this one lists `locale` with an empty translation of VS Code's own strings. So VS Code's own UI
 * stays in English, while extensions run as under the real pack: vscode.env.language is the locale,
 * package.nls.<locale>.json names their settings and commands, l10n/bundle.l10n.<locale>.json their messages.
 */
function stubLanguagePack(root, userDataDir, locale) {
  const translations = join(root, `language-pack-${locale}`, 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = { hash: `huiyi-test-${locale}`, extensions: [{ extensionIdentifier: { id: `huiyi-test.language-pack-${locale}` }, version: '0.0.0' }], translations: { vscode: translations }, label: locale };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/**
 * Starts code-server on a free 127.0.0.1 port with temporary user-data, extensions and XDG folders.
 * Options: settings (merged over BASE_SETTINGS), env (extra environment for code-server and its extension
 * host), installExtensions (paths of .vsix files or ids to --install-extension first), folder (opened by
 * default), locale (a display language such as zh-cn: see stubLanguagePack), log (a function for progress lines), keepTemp.
 * Returns { port, origin, pid, root, userDataDir, extensionsDir, logFile, remoteUri(path), url(options), stop() }.
 */
export async function startCodeServer(options = {}) {
  if (!isInstalled()) {
    throw new Error(`code-server is not installed in ${CACHE_DIR}; run: node scripts/vscode/install-code-server.mjs`);
  }
  const log = options.log ?? (() => {});
  const root = mkdtempSync(join(tmpdir(), 'huiyi-code-server-'));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  const xdg = { XDG_CONFIG_HOME: join(root, 'xdg-config'), XDG_DATA_HOME: join(root, 'xdg-data'), XDG_CACHE_HOME: join(root, 'xdg-cache') };
  for (const dir of [join(userDataDir, 'User'), extensionsDir, ...Object.values(xdg)]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...(options.settings ?? {}) }, null, 2));
  const locale = options.locale && !/^en\b/i.test(options.locale) ? options.locale.toLowerCase() : undefined;
  if (locale) stubLanguagePack(root, userDataDir, locale);
  const port = options.port ?? (await freePort());
  const configFile = join(root, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = join(root, 'code-server.log');
  const env = {
    ...process.env,
    ...xdg,
    // Lets suites find the extension host's logs (e.g. to check the Huiyi output channel for errors).
    HUIYI_TEST_USER_DATA_DIR: userDataDir,
    ...(options.env ?? {}),
  };
  delete env.VSCODE_IPC_HOOK_CLI; // when started from a VS Code terminal, do not talk to that editor
  const common = [
    '--config', configFile,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];

  const entry = codeServerEntry();
  for (const extension of options.installExtensions ?? []) {
    log(`installing ${extension} into code-server`);
    await runToEnd(process.execPath, [entry, ...common, '--install-extension', extension], { env, logFile });
  }

  const args = [entry, ...common, '--bind-addr', `127.0.0.1:${port}`, ...(locale ? ['--locale', locale] : []), ...(options.extraArgs ?? [])];
  if (options.folder) args.push(options.folder);
  const out = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  if (options.echo) {
    child.stdout.on('data', (d) => process.stderr.write(d));
    child.stderr.on('data', (d) => process.stderr.write(d));
  }
  const exited = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal })));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup(child, 'SIGTERM');
    const done = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 3000).unref())]);
    if (!done) killGroup(child, 'SIGKILL');
    // Children (extension host, language server) share the process group; make sure none outlives us.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    out.end();
    if (!options.keepTemp && !process.env.HUIYI_KEEP_TEMP) rmSync(root, { recursive: true, force: true });
  };
  const stopSync = () => {
    killGroup(child, 'SIGKILL');
  };
  process.once('exit', stopSync);

  const origin = `http://127.0.0.1:${port}`;
  try {
    await withTimeout(
      waitForHealthy(origin, exited),
      Number(process.env.HUIYI_CODE_SERVER_START_TIMEOUT ?? 30000),
      `code-server did not start listening on ${origin} within ${process.env.HUIYI_CODE_SERVER_START_TIMEOUT ?? 30000} ms`,
    );
  } catch (error) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
    await stop();
    throw new Error(`${error.message}\n--- code-server log ---\n${tail}`);
  }
  log(`code-server (pid ${child.pid}) listening on ${origin}`);

  const remoteUri = (path) => `vscode-remote://127.0.0.1:${port}${resolve(path).split('/').map(encodeURIComponent).join('/')}`;
  /**
   * Workbench URL. folder: absolute folder to open; openFile: absolute file to open; payload: extra [key, value]
   * pairs; extensionDevelopmentPath / extensionTestsPath: absolute paths (a list for the former).
   */
  const url = ({ folder = options.folder, openFile, extensionDevelopmentPath, extensionTestsPath, payload = [] } = {}) => {
    const entries = [];
    for (const dev of [extensionDevelopmentPath ?? []].flat()) entries.push(['extensionDevelopmentPath', remoteUri(dev)]);
    if (extensionTestsPath) entries.push(['extensionTestsPath', remoteUri(extensionTestsPath)]);
    if (openFile) entries.push(['openFile', remoteUri(openFile)]);
    entries.push(...payload);
    const params = new URLSearchParams();
    if (folder) params.set('folder', resolve(folder));
    if (entries.length) params.set('payload', JSON.stringify(entries));
    return `${origin}/?${params}`;
  };
  const logTail = (lines = 40) => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n') : '');
  return { port, origin, pid: child.pid, root, userDataDir, extensionsDir, logFile, logTail, remoteUri, url, stop, exited };
}

async function waitForHealthy(origin, exited) {
  let exitInfo;
  exited.then((info) => (exitInfo = info));
  for (;;) {
    if (exitInfo) throw new Error(`code-server exited early (${exitInfo.code ?? exitInfo.signal})`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
}

function runToEnd(command, args, { env, logFile }) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      writeFileSync(logFile, output, { flag: 'a' });
      if (code === 0) resolveRun(output);
      else reject(new Error(`${args.slice(1).join(' ')} failed with ${code}:\n${output}`));
    });
  });
}

/**
 * Launches Chromium (playwright-core, /usr/bin/chromium) with a temporary profile and HOME.
 * Returns { context, page, close() }. Options: viewport, headless (default true unless HUIYI_HEADED).
 */
export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; install the Debian package: apt-get install -y chromium`);
  const { chromium } = await import('playwright-core');
  const root = mkdtempSync(join(tmpdir(), 'huiyi-chromium-'));
  const home = join(root, 'home');
  mkdirSync(home, { recursive: true });
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: CHROMIUM,
    headless: options.headless ?? !process.env.HUIYI_HEADED,
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
    viewport: options.viewport ?? { width: 1400, height: 900 },
    timeout: 60000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    const browserProcess = context.browser?.()?.process?.();
    await withTimeout(context.close(), 10000, 'browser close timed out').catch(() => {
      if (browserProcess?.pid) {
        try {
          process.kill(browserProcess.pid, 'SIGKILL');
        } catch {}
      }
    });
    rmSync(root, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** Is `path` a directory? */
export function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
