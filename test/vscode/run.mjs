#!/usr/bin/env node
// Runs the real-editor mocha suite (test/vscode/suite) through @vscode/test-electron's runTests.
//
// By default VS Code is code-server 4.96.4 (installed offline into .cache/code-server by
// scripts/vscode/install-code-server.mjs) driven by Chromium, through test/vscode/code-server-electron.mjs.
// HUIYI_DESKTOP_VSCODE=1 lets test-electron download a desktop VS Code instead (needs internet);
// HUIYI_DESKTOP_VSCODE=<version> picks its version (default 1.96.4). HUIYI_VSCODE_EXECUTABLE=<path>
// runs an already installed desktop VS Code.
//
// `node test/vscode/run.mjs --vsix [file]` runs the suite against the installed .vsix (code-server only).
// The suite runs on a temporary copy of seeds/ (tests edit and create files there), in English, then
// zh-cn.test.js once more in Chinese (`--locale zh-cn`; HUIYI_VSCODE_LOCALE=<locale> runs one pass in it).
// Pass-through: HUIYI_VSCODE_GREP, HUIYI_VSCODE_FILES (see suite/index.js), HUIYI_VSCODE_TIMEOUT, HUIYI_VSCODE_VERBOSE.
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHIM = join(REPO, 'test', 'vscode', 'code-server-electron.mjs');
const SUITE = join(REPO, 'test', 'vscode', 'suite', 'index.js');

if (!existsSync(join(REPO, 'dist', 'client.js')) || !existsSync(join(REPO, 'dist', 'server.js'))) {
  console.error('dist/client.js or dist/server.js is missing: run `npm run build` first.');
  process.exit(1);
}

// --vsix [file]: test the packaged extension (default huiyi-<version>.vsix from `npm run package`) instead of
// this folder in development mode.
const vsixIndex = process.argv.indexOf('--vsix');
if (vsixIndex >= 0) {
  const { name, version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const next = process.argv[vsixIndex + 1];
  const vsix = resolve(next && !next.startsWith('-') ? next : join(REPO, `${name}-${version}.vsix`));
  if (!existsSync(vsix)) {
    console.error(`${vsix} not found: run \`npm run package\` first.`);
    process.exit(1);
  }
  process.env.HUIYI_VSCODE_VSIX = vsix;
}
const desktop = process.env.HUIYI_DESKTOP_VSCODE;
const executable = process.env.HUIYI_VSCODE_EXECUTABLE;
const files = (process.env.HUIYI_VSCODE_FILES || '').split(',').map((f) => f.trim()).filter(Boolean);

// The passes: the suite in English, then zh-cn.test.js under `--locale zh-cn` (issue 18 §10), which
// code-server runs with a stand-in language pack (lib/code-server.mjs). HUIYI_VSCODE_LOCALE=<locale>
// makes one pass in that locale; a desktop VS Code has no stand-in, so it gets the English pass only.
const CHINESE_FILE = 'zh-cn.test.js';
const passes = [];
if (process.env.HUIYI_VSCODE_LOCALE) passes.push({ locale: process.env.HUIYI_VSCODE_LOCALE });
else {
  if (!(files.length === 1 && files[0] === CHINESE_FILE)) passes.push({});
  if (!executable && !desktop && (!files.length || files.includes(CHINESE_FILE))) passes.push({ locale: 'zh-cn', files: CHINESE_FILE });
}

const cleanup = [];
const started = Date.now();
let exitCode = 0;
for (const pass of passes) {
  const workspace = mkdtempSync(join(tmpdir(), 'huiyi-seeds-'));
  cpSync(join(REPO, 'seeds'), workspace, { recursive: true });
  cleanup.push(workspace);
  try {
    const options = {
      extensionDevelopmentPath: REPO,
      extensionTestsPath: SUITE,
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', ...(pass.locale ? [`--locale=${pass.locale}`] : [])],
      extensionTestsEnv: { HUIYI_TEST_WORKSPACE: workspace, ...(pass.files ? { HUIYI_VSCODE_FILES: pass.files } : {}), ...(pass.locale ? { HUIYI_TEST_LOCALE: pass.locale } : {}) },
    };
    if (executable || desktop) {
      // A desktop VS Code: its own user-data folder, so host-log.test.js can read the logs.
      const userDataDir = join(workspace, '..', `${workspace.split('/').pop()}-user-data`);
      options.launchArgs.push(`--user-data-dir=${userDataDir}`);
      options.extensionTestsEnv.HUIYI_TEST_USER_DATA_DIR = userDataDir;
      cleanup.push(userDataDir);
    }
    if (executable) options.vscodeExecutablePath = executable;
    else if (desktop) options.version = desktop === '1' || desktop === 'true' ? '1.96.4' : desktop;
    else options.vscodeExecutablePath = SHIM;
    console.log(`[vscode tests] ${options.vscodeExecutablePath ?? `desktop VS Code ${options.version}`} on ${workspace}${pass.locale ? ` (locale ${pass.locale})` : ''}`);
    await runTests(options);
  } catch (error) {
    console.error(`[vscode tests] FAILED${pass.locale ? ` (locale ${pass.locale})` : ''}: ${error.message}`);
    exitCode = 1;
  }
}
for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
console.log(`[vscode tests] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
