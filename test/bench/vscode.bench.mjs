// Real-editor speed (issue 6): activation, open → outline in VS Code (code-server 4.96.4 + Chromium), and the
// memory of the extension host and of the language server. Runs test/vscode/bench/index.js through the
// same executable as the test suite. Needs code-server (installed into .cache on first use) and Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const title = 'In VS Code (code-server 4.96.4, headless Chromium)';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function run() {
  const { ensureCodeServer, missingDebianPackages } = await import('../../scripts/vscode/install-code-server.mjs');
  if (missingDebianPackages().includes('chromium')) return [{ name: 'skipped: Chromium not installed', value: '—' }];
  ensureCodeServer();
  const temp = mkdtempSync(join(tmpdir(), 'huiyi-bench-'));
  const workspace = join(temp, 'seeds');
  cpSync(join(root, 'seeds'), workspace, { recursive: true });
  const out = join(temp, 'result.json');
  try {
    execFileSync(process.execPath, [
      join(root, 'test', 'vscode', 'code-server-electron.mjs'),
      `--extensionDevelopmentPath=${root}`,
      `--extensionTestsPath=${join(root, 'test', 'vscode', 'bench', 'index.js')}`,
      workspace,
    ], { env: { ...process.env, HUIYI_VSCODE_BENCH_OUT: out, HUIYI_VSCODE_LOGS: join(temp, 'logs') }, stdio: ['ignore', 'ignore', 'pipe'] });
    if (!existsSync(out)) throw new Error('the editor run wrote no result');
    const r = JSON.parse(readFileSync(out, 'utf8'));
    const rows = [
      { name: 'activation (open seed 000 → extension active)', value: r.activationMs, unit: 'ms' },
      { name: 'open seed 000 → its 4 meetings in the outline (cold server)', value: r.firstOutlineMs, unit: 'ms' },
      { name: 'open seed 004 → outline (warm server)', value: r.warmOutlineMs, unit: 'ms' },
      { name: 'extension host RSS (all extensions)', value: r.extensionHostRssMB, unit: 'MB' },
    ];
    if (r.languageServerRssMB !== undefined) rows.push({ name: 'language server RSS', value: r.languageServerRssMB, unit: 'MB' });
    return rows;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
