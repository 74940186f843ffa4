// Runs the built `huiyi` command (dist/cli.js) and validates its exports against schemas/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(ROOT, 'dist/cli.js');

export function huiyi(args, { cwd = ROOT, input } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function huiyiAsync(args, { cwd = ROOT } = {}) {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh copy of seeds/ in a temporary folder. */
export function seedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'huiyi-cli-'));
  cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  return dir;
}

const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = {
  meeting: ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/meeting.schema.json'), 'utf8'))),
  official: ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/official.schema.json'), 'utf8'))),
};

/** Parses JSON Lines and asserts every record against the shipped schema. */
export function records(stdout, kind) {
  const lines = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const r of lines) {
    if (!validators[kind](r)) throw new Error(`${kind} record does not match schemas/${kind}.schema.json: ${ajv.errorsText(validators[kind].errors)}\n${JSON.stringify(r).slice(0, 300)}`);
  }
  return lines;
}
