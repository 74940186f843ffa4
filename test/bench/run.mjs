// `npm run bench`: runs every test/bench/*.bench.mjs module, prints a table and records it in
// docs/benchmarks.md with the command and the machine. A benchmark, not a test: it never fails
// on a missed target, it reports it. Each module runs in a fresh Node process.
//   npm run bench                 all modules
//   npm run bench -- foundation   only modules whose file name contains "foundation"
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const filters = process.argv[2] === '--child' ? [] : process.argv.slice(2).filter((a) => !a.startsWith('-'));
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();

function format(value, unit) {
  if (typeof value !== 'number') return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit ?? ''}`.trim();
}

function verdict(row) {
  if (!row.target) return '';
  const [op, n] = [row.target.slice(0, 2), Number(row.target.slice(2).trim())];
  if (op === '<=') return row.value <= n ? 'met' : 'MISSED';
  if (op === '>=') return row.value >= n ? 'met' : 'MISSED';
  return '';
}

// Each module runs in a process of its own: no module's heap, caches or JIT state colours the next.
const CHILD = '--child';
if (process.argv[2] === CHILD) {
  const mod = await import(pathToFileURL(join(here, process.argv[3])).href);
  let rows;
  try {
    rows = await mod.run();
  } catch (error) {
    rows = [{ name: `${process.argv[3]} failed`, value: String(error?.message ?? error), unit: '' }];
  }
  process.stdout.write(`\n@@rows ${JSON.stringify({ title: mod.title ?? process.argv[3], rows })}\n`);
  process.exit(0);
}

const sections = [];
for (const file of modules) {
  process.stderr.write(`bench: ${file} …\n`);
  const started = Date.now();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), CHILD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@rows '));
  const { title, rows } = line ? JSON.parse(line.slice(7)) : { title: file, rows: [{ name: `${file} failed (exit ${child.status})`, value: '', unit: '' }] };
  sections.push({ file, title, rows, seconds: (Date.now() - started) / 1000 });
}

const lines = [];
lines.push('| benchmark | result | target | verdict | anchor | ratio |');
lines.push('|---|---|---|---|---|---|');
for (const s of sections) {
  lines.push(`| **${s.title}** | | | | | |`);
  for (const r of s.rows) {
    lines.push(`| ${r.name} | ${format(r.value, r.unit)} | ${r.target ? `${r.target} ${r.unit ?? ''}` : ''} | ${verdict(r)} | ${r.anchor ?? ''} | ${r.ratio ?? ''} |`);
  }
}
const table = lines.join('\n');
process.stdout.write(table + '\n');

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`;
const command = `npm run bench${filters.length ? ' -- ' + filters.join(' ') : ''}`;
mkdirSync(join(root, 'docs'), { recursive: true });
const out = join(root, 'docs/benchmarks.md');
const block = `<!-- bench:${filters.join(',') || 'all'} -->\n## \`${command}\`\n\n${header}\n\n${table}\n<!-- /bench:${filters.join(',') || 'all'} -->`;
let doc = existsSync(out) ? readFileSync(out, 'utf8') : '# Benchmarks\n\nRecorded by `npm run bench` (test/bench/run.mjs). Each block is replaced when the same command runs again.\n';
const re = new RegExp(`<!-- bench:${filters.join(',') || 'all'} -->[\\s\\S]*?<!-- /bench:${filters.join(',') || 'all'} -->`);
doc = re.test(doc) ? doc.replace(re, block) : `${doc.trimEnd()}\n\n${block}\n`;
writeFileSync(out, doc);
process.stderr.write(`bench: recorded in docs/benchmarks.md\n`);
