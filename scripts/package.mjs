#!/usr/bin/env node
// Builds the .vsix with @vscode/vsce (npm run package → huiyi-<version>.vsix in the repository root).
//
// package.json keeps a "files" list for the npm package (the standalone language server), and vsce refuses
// a .vscodeignore next to "files"; so the extension is staged in .cache/vsix-stage with a package.json
// without "files", scripts or devDependencies, the runtime part of nodejieba (native binary and
// dictionaries) under node_modules, and .vscodeignore trimming what the extension does not load.
// The native binary is built for this platform, so the .vsix is platform-specific (--target).
//
//   node scripts/package.mjs [--out <file.vsix>] [--no-build]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAGE = join(REPO, '.cache', 'vsix-stage');
const argv = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const outIndex = argv.indexOf('--out');
const out = resolve(outIndex >= 0 ? argv[outIndex + 1] : join(REPO, `${manifest.name}-${manifest.version}.vsix`));
const say = (line) => process.stderr.write(`[package] ${line}\n`);

if (!argv.includes('--no-build')) {
  say('production build (node esbuild.mjs --production)');
  try {
    execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch {
    say('FAILED: the production build failed (see above)');
    process.exit(1);
  }
}
for (const file of ['dist/client.js', 'dist/server.js', 'node_modules/nodejieba/build/Release/nodejieba.node']) {
  if (!existsSync(join(REPO, file))) throw new Error(`${file} is missing (npm install && npm run build)`);
}

rmSync(STAGE, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
const copy = (relative) => {
  const source = join(REPO, relative);
  if (existsSync(source)) cpSync(source, join(STAGE, relative), { recursive: true, dereference: true });
};
for (const entry of ['dist', 'syntaxes', 'seeds', 'l10n', 'images', 'README.md', 'LICENSE', 'CHANGELOG.md', '.vscodeignore']) copy(entry);
for (const name of readdirSync(REPO)) if (/^package\.nls(\..+)?\.json$/.test(name)) copy(name);
// Pictures the README shows (relative links resolve inside the installed extension).
const readme = existsSync(join(REPO, 'README.md')) ? readFileSync(join(REPO, 'README.md'), 'utf8') : '';
for (const [, link] of readme.matchAll(/!\[[^\]]*\]\((?!https?:)([^)\s]+)\)/g)) copy(link);

// The extension's package.json, as vsce and VS Code need it.
const staged = { ...manifest };
for (const key of ['files', 'scripts', 'devDependencies', 'allowScripts']) delete staged[key];
writeFileSync(join(STAGE, 'package.json'), JSON.stringify(staged, null, 2) + '\n');

// Runtime dependencies: nodejieba only needs its binary and dictionaries at runtime (its own dependencies
// are build tools), so they are dropped from its staged package.json for `npm list`, which vsce runs.
for (const dependency of Object.keys(manifest.dependencies ?? {})) {
  copy(join('node_modules', dependency));
  const pkgFile = join(STAGE, 'node_modules', dependency, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (dependency === 'nodejieba') {
    delete pkg.dependencies;
    delete pkg.scripts;
    delete pkg.devDependencies;
  }
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
}

const target = `${process.platform === 'win32' ? 'win32' : process.platform}-${process.arch}`;
const vsce = join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
const args = [vsce, 'package', '--out', out, '--target', target, '--no-rewrite-relative-links'];
if (!manifest.repository) args.push('--allow-missing-repository');
if (!existsSync(join(REPO, 'LICENSE'))) args.push('--skip-license');
say(`vsce ${args.slice(1).join(' ')}`);
rmSync(out, { force: true });
execFileSync(process.execPath, args, { cwd: STAGE, stdio: 'inherit', env: { ...process.env, npm_config_loglevel: 'error' } });
const size = statSync(out).size;
say(`${out}: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`);
console.log(out);
