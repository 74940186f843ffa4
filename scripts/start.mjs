#!/usr/bin/env node
// `npm start`: an editor on the sample reports (seeds/) with the extension loaded from this folder.
//   - desktop VS Code (`code --extensionDevelopmentPath=<repo> <repo>/seeds`) when `code` is on PATH;
//   - otherwise code-server (installed on first use into .cache/code-server) on 127.0.0.1, URL printed.
//
//   node scripts/start.mjs [--code-server] [--vsix] [--port N] [folder]
//     --code-server  use code-server even when `code` is installed (also HUIYI_START_CODE_SERVER=1)
//     --vsix         code-server with the packaged extension installed (npm run package first) instead of
//                    the development folder; then any URL of the server has the extension
//     --port N       port for code-server (default: HUIYI_PORT, else a free one)
//     folder         what to open (default: seeds/)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
const positional = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--port');
const folder = resolve(positional[0] ?? join(REPO, 'seeds'));
const say = (line) => process.stderr.write(`[start] ${line}\n`);

// The extension runs from dist/; build it if it is missing (npm install's "prepare" normally did).
if (!existsSync(join(REPO, 'dist', 'client.js')) || !existsSync(join(REPO, 'dist', 'server.js'))) {
  say('building dist/ (node esbuild.mjs)');
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, stdio: 'inherit' });
}

const codeOnPath = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
const wantCodeServer = flag('--code-server') || flag('--vsix') || process.env.HUIYI_START_CODE_SERVER === '1';

if (codeOnPath && !wantCodeServer) {
  say(`desktop VS Code: ${codeOnPath} --extensionDevelopmentPath=${REPO} ${folder}`);
  const child = spawn(codeOnPath, [`--extensionDevelopmentPath=${REPO}`, folder], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await startCodeServerEditor();
}

async function startCodeServerEditor() {
  const { ensureCodeServer } = await import('./vscode/install-code-server.mjs');
  if (!codeOnPath) say('`code` is not on PATH: using code-server (VS Code in the browser)');
  try {
    ensureCodeServer();
  } catch (error) {
    say(`could not install code-server: ${error.message}`);
    process.exit(1);
  }
  const { startCodeServer } = await import('../test/vscode/lib/code-server.mjs');
  let vsix;
  if (flag('--vsix')) {
    const { name, version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    vsix = join(REPO, `${name}-${version}.vsix`);
    if (!existsSync(vsix)) {
      say(`${vsix} not found: run \`npm run package\` first`);
      process.exit(1);
    }
  }
  const port = Number(option('--port') ?? process.env.HUIYI_PORT ?? 0) || undefined;
  const server = await startCodeServer({
    folder,
    port,
    installExtensions: vsix ? [vsix] : [],
    settings: { 'editor.wordWrap': 'on' },
    log: say,
  });
  const url = server.url({ folder, extensionDevelopmentPath: vsix ? undefined : REPO });
  console.log(`\nHuiyi in VS Code (code-server ${server.origin}), on ${folder}:\n\n  ${url}\n`);
  if (!vsix) console.log('(The extension is loaded through the URL\'s payload: open this exact URL. After `npm run build`, reload the page.)\n');
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const exit = await server.exited;
  if (!stopping) {
    say(`code-server exited (${exit.code ?? exit.signal}):\n${server.logTail()}`);
    process.exit(1);
  }
}
