// Shared by the real-editor and engine tests: what the command line says about the same files,
// and whether a program is installed (.ci/run installs them all from Debian).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const SERVER = join(ROOT, 'dist/server.js');

export const seedPath = (prefix) => join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith(prefix)));

/** A reason to skip when `program` is not on PATH, else false. */
export function missing(program) {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0 ? false : `${program} is not installed (.ci/run installs it)`;
}

export function huiyi(args, options = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Codes of the findings `huiyi check` reports for one file (every severity), sorted. */
export function cliCodes(file, { grouped = false } = {}) {
  const out = JSON.parse(huiyi(['check', '--format', 'json', '--min-severity', 'hint', file]).stdout);
  const findings = out.files[0].findings;
  if (!grouped) return findings.map((f) => f.code).sort();
  // What an editor lists: 3 or more findings of one code on one line (a paragraph) are one diagnostic
  // (huiyi.diagnostics.groupPerParagraph's default); the command line reports each.
  const perLine = new Map();
  for (const f of findings) perLine.set(`${f.line} ${f.code}`, (perLine.get(`${f.line} ${f.code}`) ?? 0) + 1);
  return [...perLine].flatMap(([key, n]) => Array(n >= 3 ? 1 : n).fill(key.split(' ')[1])).sort();
}

/** The text `huiyi fix` writes for a copy of `file` (the editor's fix-all, on disk). */
export function cliFixed(file) {
  const copy = join(mkdtempSync(join(tmpdir(), 'huiyi-fixed-')), basename(file));
  copyFileSync(file, copy);
  huiyi(['fix', '--quiet', copy]);
  return readFileSync(copy, 'utf8');
}

export const tempDir = (name) => mkdtempSync(join(tmpdir(), `huiyi-${name}-`));
