#!/usr/bin/env node
// Installs code-server (a real VS Code 1.96.4 that runs offline) into a cache folder outside the
// project's node_modules, following ../shared/guide/REAL-VSCODE.md step by step. Idempotent: a stamp
// file records a finished install, and a second run returns at once.
//
//   node scripts/vscode/install-code-server.mjs          install if needed, print the folder
//   node scripts/vscode/install-code-server.mjs --apt    first apt-get the Debian packages (as root)
//   node scripts/vscode/install-code-server.mjs --force  reinstall from scratch
//
// HUIYI_CODE_SERVER_DIR overrides the cache folder (default: <repo>/.cache/code-server).
// The install is built in a temporary sibling folder and renamed into place only when complete.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, lstatSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.96.4';
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = resolve(process.env.HUIYI_CODE_SERVER_DIR || join(REPO, '.cache', 'code-server'));
const STAMP_NAME = `.installed-${CODE_SERVER_VERSION}`;
// chromium drives the workbench; ripgrep serves quick open and search; libkrb5-dev builds kerberos;
// fonts-wqy-microhei lets Chromium draw Chinese (screenshots show boxes without a CJK font).
const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'fonts-wqy-microhei'];
// The registry tarball that replaces the GitHub git URL of vscode-proxy-agent (same integrity hash).
const PROXY_AGENT_TARBALL = 'https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz';
const NATIVE_MODULES = ['@vscode/spdlog', 'native-watchdog', '@vscode/deviceid', 'node-pty', 'kerberos'];
// Modules whose failure to build leaves code-server usable (kerberos only serves proxy authentication).
const OPTIONAL_NATIVE = new Set(['kerberos']);

/** Path of code-server's entry script inside the cache (whether installed or not). */
export function codeServerEntry(dir = CACHE_DIR) {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export function isInstalled(dir = CACHE_DIR) {
  return existsSync(join(dir, STAMP_NAME)) && existsSync(codeServerEntry(dir));
}

function log(message) {
  process.stderr.write(`[code-server install] ${message}\n`);
}

function nodeDir() {
  // Headers for node-gyp: Debian's nodejs puts them in /usr/include/node; a tarball install in <prefix>/include/node.
  const candidates = [process.env.npm_config_nodedir, '/usr', resolve(dirname(process.execPath), '..')].filter(Boolean);
  return candidates.find((dir) => existsSync(join(dir, 'include', 'node', 'node.h'))) ?? '/usr';
}

function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    resolve(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ].filter(Boolean);
  try {
    const npmRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    candidates.push(join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  } catch {}
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`node-gyp not found (tried ${candidates.join(', ')}); set npm_config_node_gyp`);
  return found;
}

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || undefined;
}

/** Missing Debian packages, judged by the files we need from them. */
export function missingDebianPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!which('rg')) missing.push('ripgrep');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !which('krb5-config')) missing.push('libkrb5-dev');
  const cjkFont = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (cjkFont.status === 0 && !cjkFont.stdout.trim()) missing.push('fonts-wqy-microhei');
  return missing;
}

function aptInstall() {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`--apt needs root; install with: sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGES.join(' ')}`);
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES], { env });
}

function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    const error = new Error(`${command} ${args.join(' ')} (in ${options.cwd ?? process.cwd()}) failed with ${result.status ?? result.signal}:\n${output}`);
    error.output = output;
    throw error;
  }
  if (process.env.HUIYI_INSTALL_VERBOSE) log(`${command} ${args.join(' ')}: ${Date.now() - started} ms`);
  return result.stdout;
}

function step(name, fn) {
  const started = Date.now();
  const result = fn();
  log(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

function install(target) {
  const gyp = nodeGyp();
  const nodedir = nodeDir();
  // The environment every step gets (REAL-VSCODE.md). npm 11 reads npm_config_yes; the project's .npmrc is not seen here.
  const env = {
    ...process.env,
    npm_config_yes: 'true',
    npm_config_unsafe_perm: 'true',
    npm_config_nodedir: nodedir,
    npm_config_node_gyp: gyp,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
    // code-server's postinstall checks the Node major version; so do its native modules' headers.
    FORCE_NODE_VERSION: process.versions.node.split('.')[0],
  };
  const npm = (cwd, args) => run('npm', args, { cwd, env });
  const gypRebuild = (cwd) => run(process.execPath, [gyp, 'rebuild', `--nodedir=${nodedir}`, '--jobs=max'], { cwd, env });

  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'package.json'), JSON.stringify({ name: 'huiyi-code-server-cache', private: true }, null, 2) + '\n');
  step(`npm install code-server@${CODE_SERVER_VERSION}`, () => npm(target, ['install', '--ignore-scripts', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`]));

  const codeServer = join(target, 'node_modules', 'code-server');
  const vscode = join(codeServer, 'lib', 'vscode');

  // argon2 is loaded even with --auth none; its prebuilt download fails offline, so build it from source.
  const argon2 = [join(codeServer, 'node_modules', 'argon2'), join(target, 'node_modules', 'argon2')].find(existsSync);
  if (!argon2) throw new Error('argon2 not found after installing code-server');
  const preGyp = [join(argon2, '..', '@mapbox', 'node-pre-gyp', 'bin', 'node-pre-gyp'), join(target, 'node_modules', '@mapbox', 'node-pre-gyp', 'bin', 'node-pre-gyp')].find(existsSync);
  if (!preGyp) throw new Error('@mapbox/node-pre-gyp not found after installing code-server');
  step('argon2 built from source', () => run(process.execPath, [preGyp, 'rebuild', '--build-from-source', `--nodedir=${nodedir}`], { cwd: argon2, env }));

  // VS Code's own dependencies: the shrinkwrap points vscode-proxy-agent at a GitHub commit; use the registry tarball.
  const shrinkwrapFile = join(vscode, 'npm-shrinkwrap.json');
  const shrinkwrap = readFileSync(shrinkwrapFile, 'utf8');
  const patched = shrinkwrap.replace(/"git\+ssh:\/\/git@github\.com\/microsoft\/vscode-proxy-agent\.git#0803e0a7[0-9a-f]*"/g, JSON.stringify(PROXY_AGENT_TARBALL));
  if (patched === shrinkwrap && !shrinkwrap.includes(PROXY_AGENT_TARBALL)) throw new Error('vscode-proxy-agent git URL not found in lib/vscode/npm-shrinkwrap.json');
  writeFileSync(shrinkwrapFile, patched);
  step('npm install in lib/vscode', () => npm(vscode, ['install', '--omit=dev', '--ignore-scripts']));

  step(`native modules rebuilt (${NATIVE_MODULES.join(', ')})`, () => {
    for (const name of NATIVE_MODULES) {
      const dir = join(vscode, 'node_modules', name);
      try {
        gypRebuild(dir);
        if (name === 'node-pty' && existsSync(join(dir, 'scripts', 'post-install.js'))) run(process.execPath, ['scripts/post-install.js'], { cwd: dir, env });
      } catch (error) {
        if (!OPTIONAL_NATIVE.has(name)) throw error;
        log(`WARNING: ${name} did not build (is libkrb5-dev installed?); code-server runs without it.\n${error.output ?? error.message}`);
      }
    }
  });

  // @vscode/ripgrep downloads rg from GitHub; link Debian's instead (quick open and search need it).
  const rg = which('rg');
  const rgBin = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  if (rg) {
    rmSync(join(rgBin, 'rg'), { force: true });
    symlinkSync(rg, join(rgBin, 'rg'));
  } else {
    log('WARNING: rg (Debian package ripgrep) not found; quick open and search will not work in code-server.');
  }

  // The rest of code-server's postinstall.sh.
  const link = (source, dest) => {
    rmSync(dest, { recursive: true, force: true });
    symlinkSync(source, dest);
  };
  link('node_modules', join(vscode, 'node_modules.asar'));
  link('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));
  const extensions = join(vscode, 'extensions');
  step('built-in extensions dependencies', () => {
    npm(extensions, ['install', '--omit=dev', '--ignore-scripts']);
    run(process.execPath, ['postinstall.mjs'], { cwd: extensions, env });
  });

  // Smoke check: the entry runs.
  // (with its config in a throwaway XDG folder, or it writes ~/.config/code-server/config.yaml)
  const xdg = join(target, '.xdg-smoke');
  const smokeEnv = { ...env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data'), XDG_CACHE_HOME: join(xdg, 'cache') };
  const output = run(process.execPath, [codeServerEntry(target), '--version'], { env: smokeEnv });
  rmSync(xdg, { recursive: true, force: true });
  if (!output.split('\n').some((line) => line.startsWith(CODE_SERVER_VERSION))) throw new Error(`code-server --version printed ${JSON.stringify(output)}`);
  writeFileSync(join(target, STAMP_NAME), JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, nodedir, date: new Date().toISOString() }, null, 2) + '\n');
}

export function ensureCodeServer({ force = false, apt = false } = {}) {
  if (apt) aptInstall();
  const missing = missingDebianPackages();
  if (missing.length) {
    log(`WARNING: missing Debian packages: ${missing.join(' ')}.\n  Install them (as root): apt-get update && apt-get install -y ${DEBIAN_PACKAGES.join(' ')}\n  (.ci/run does this; or pass --apt to this script as root)`);
  }
  if (!force && isInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION} already installed in ${CACHE_DIR}`);
    return CACHE_DIR;
  }
  const started = Date.now();
  const temp = `${CACHE_DIR}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  log(`installing code-server ${CODE_SERVER_VERSION} into ${CACHE_DIR}`);
  try {
    install(temp);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  rmSync(CACHE_DIR, { recursive: true, force: true });
  mkdirSync(dirname(CACHE_DIR), { recursive: true });
  renameSync(temp, CACHE_DIR);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return CACHE_DIR;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const dir = ensureCodeServer({ force: process.argv.includes('--force'), apt: process.argv.includes('--apt') });
    console.log(dir);
  } catch (error) {
    log(`FAILED: ${error.message}`);
    process.exit(1);
  }
}
