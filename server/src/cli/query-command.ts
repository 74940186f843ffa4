// `huiyi query --db FILE "SQL"`: a researcher's question to the corpus index, answered as JSON
// Lines (one object per row) or CSV. A query never changes the index (PRAGMA query_only).
import { existsSync } from 'node:fs';
import { Database } from 'node-sqlite3-wasm';
import { prepareIndexFile } from '../index-store/open-store';
import { parseArgs, UsageError } from './args';
import { row } from './format/csv';
import { output } from './stdout';

export const QUERY_HELP = `Usage: huiyi query --db FILE [--format jsonl|csv] "SQL"

Runs one SQL statement (SQLite's dialect) on the corpus index that huiyi index or the editor wrote,
and writes its rows on standard output. The tables are described in schemas/index.sql and in the
README ("Corpus index"). A query never changes the index.

Options:
  --db FILE                   the index file
  --format jsonl|csv          one JSON object per row (default), or CSV with a header row

Example, meetings per month and kind of body:
  huiyi query --db corpus.sqlite "SELECT substr(iso, 1, 7) AS month, kind, count(*) AS meetings
    FROM meetings WHERE iso <> '' GROUP BY month, kind ORDER BY month, kind"

Exit status: 0 done, 1 the query failed, 2 usage error.`;

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

export async function runQuery(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output(QUERY_HELP + '\n');
    return 0;
  }
  const { positional, options } = parseArgs(argv, ['db', 'format'], ['help']);
  const file = options.get('db');
  if (typeof file !== 'string' || !file) throw new UsageError('--db FILE names the index file');
  const format = options.get('format') ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new UsageError('--format must be jsonl or csv');
  if (positional.length !== 1) throw new UsageError('give the SQL as one argument (in quotes)');
  if (!existsSync(file)) throw new UsageError(`no index at ${file} (build it with huiyi index --db ${file} PATHS)`);
  let db: Database;
  try {
    // Read-write, then query-only: a run killed mid-write leaves a journal that SQLite must roll
    // back before the file can be read.
    prepareIndexFile(file, (m) => process.stderr.write(`huiyi: ${m}\n`));
    db = new Database(file, { fileMustExist: true });
    db.exec('PRAGMA query_only = 1');
  } catch (error) {
    process.stderr.write(`huiyi: cannot open ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const statement = db.prepare(positional[0]);
    try {
      let header: string[] | undefined;
      for (const r of statement.iterate() as Iterable<Record<string, unknown>>) {
        if (format === 'csv') {
          if (!header) output(row((header = Object.keys(r))));
          output(row(header.map((k) => plain(r[k]))));
        } else {
          output(JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)]))) + '\n');
        }
      }
      if (format === 'csv' && !header) {
        // No rows: still the columns, so a spreadsheet opens with its header.
      }
    } finally {
      statement.finalize();
    }
    return 0;
  } catch (error) {
    process.stderr.write(`huiyi: the query failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    db.close();
  }
}
