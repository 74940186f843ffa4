// `huiyi stats`: the Corpus Overview's figures without the editor (issue 17): meetings by month and
// kind of body, the bodies, the officials with their dated titles, and damage by family. The same
// core function over the same summaries as the editor's panel (service.corpusOverview).
import { createLanguageService, lazyJiebaSegmenter, type CorpusOverview, type OverviewFilter, type ReportSummary } from '../core';
import { parseArgs, UsageError } from './args';
import { row } from './format/csv';
import { collectInputs, type InputProblem } from './inputs';
import { forEachDocument } from './read-input';
import { output } from './stdout';

export const STATS_HELP = `Usage: huiyi stats [options] <paths…|->

Prints the figures of the editor's Corpus Overview for these reports: meetings per month and kind of
body (and how many have no year), the bodies (count, first and last date, usual chair), the most
frequent officials with a dated, titled mark per meeting, and damage per family with the files that
have most. Paths are files, folders (recursive) and globs; "-" reads paths, or JSON Lines of
{"id", "text"}, from standard input.

Options:
  --format json|csv           json (default): one object, as the panel receives it; csv: one table,
                              a row per month, body, official's title, damage family and code, file
  --body NAME                 only the meetings of this body (as the bodies table names it)
  --from DATE / --to DATE     only meetings dated in this span (2021, 2021-01 or 2021-01-11, inclusive)
  --script simplified|traditional   only reports in this script
  --officials N               how many officials (default: 10)
  --files N                   how many files with most damage (default: 10)
  --max-file-size MB          larger files are skipped and named (default: 64)

Exit status: 0 done, 1 some files could not be read, 2 usage error.`;

const CSV_HEADER = ['section', 'name', 'kind', 'count', 'first', 'last', 'detail'];

/** The overview as one CSV table: its sections, one row per figure. */
export function overviewCsv(o: CorpusOverview): string {
  const rows = [row(CSV_HEADER)];
  for (const m of o.months) rows.push(row(['month', m.month, m.kind, m.count, '', '', '']));
  rows.push(row(['month', '', 'no year', o.undated, '', '', '']));
  for (const b of o.bodies) rows.push(row(['body', b.body, b.kind, b.count, b.first, b.last, b.chair]));
  for (const x of o.officials) {
    // One row per title: how many of the official's meetings it is written in, and when.
    const byTitle = new Map<string, { count: number; dates: string[] }>();
    for (const m of x.marks) {
      const t = byTitle.get(m.title) ?? { count: 0, dates: [] };
      byTitle.set(m.title, t);
      t.count++;
      t.dates.push(m.iso || m.date);
    }
    for (const [title, t] of byTitle) {
      const dated = t.dates.filter((d) => /^\d{4}-/.test(d)).sort();
      rows.push(row(['official', x.name, title, t.count, dated[0] ?? '', dated[dated.length - 1] ?? '', t.dates.join(' ')]));
    }
  }
  for (const f of o.damage) {
    rows.push(row(['damage', f.family, '', f.count, '', '', `${f.files} files`]));
    for (const [code, n] of Object.entries(f.codes)) rows.push(row(['damage', code, f.family, n, '', '', '']));
  }
  for (const f of o.files) rows.push(row(['file', f.uri, '', f.findings, '', '', Object.entries(f.families).map(([k, n]) => `${k}:${n}`).join(' ')]));
  return rows.join('');
}

function whole(value: string | true | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number`);
  return n;
}

function date(value: string | true | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new UsageError(`--${name} needs a date: 2021, 2021-01 or 2021-01-11`);
  return value;
}

export async function runStats(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output(STATS_HELP + '\n');
    return 0;
  }
  const { positional, options } = parseArgs(argv, ['format', 'body', 'from', 'to', 'script', 'officials', 'files', 'max-file-size'], []);
  const format = options.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
  const script = options.get('script');
  if (script !== undefined && script !== 'simplified' && script !== 'traditional') throw new UsageError('--script must be simplified or traditional');
  const maxMB = options.has('max-file-size') ? Number(options.get('max-file-size')) : 64;
  if (!(maxMB > 0)) throw new UsageError('--max-file-size needs a size in MB, above 0');
  const body = options.get('body');
  const filter: OverviewFilter = { body: typeof body === 'string' ? body : undefined, from: date(options.get('from'), 'from'), to: date(options.get('to'), 'to'), script: script as OverviewFilter['script'] };
  if (!positional.length) throw new UsageError('name at least one file, folder or glob (or - for standard input)');
  const problems: InputProblem[] = [];
  const inputs = await collectInputs(positional, problems);
  let failed = problems.length;
  for (const p of problems) process.stderr.write(`huiyi: ${p.id}: ${p.message}\n`);
  // The same name boundaries as the editor's corpus index (nodejieba where the vocabulary cannot decide).
  const service = createLanguageService({ cacheSize: 1, segmenter: lazyJiebaSegmenter() });
  const summaries: ReportSummary[] = [];
  failed += forEachDocument(inputs, maxMB, (document) => {
    const summary = service.summarize(document);
    if (summary && (summary.meetings.length || summary.officials.length)) summaries.push(summary);
  });
  const overview = service.corpusOverview(summaries, { filter, officials: whole(options.get('officials'), 'officials', 10), files: whole(options.get('files'), 'files', 10) });
  output(format === 'csv' ? overviewCsv(overview) : JSON.stringify(overview, null, 1) + '\n');
  return failed > 0 ? 1 : 0;
}
