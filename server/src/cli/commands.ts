// `huiyi check`, `huiyi fix` and `huiyi export`: inputs → jobs (in parallel) → output.
import { DAMAGE_CODES, DEFAULT_SETTINGS, isDamageCode, OPT_IN_REPAIRS, resolveSettings, TRADITIONAL_CODE, type DamageCode, type HuiyiSettings, SEVERITY_RANK, type ShownSeverity } from '../core';
import { readSettingsFile } from './settings-file';
import { listOption, parseArgs, UsageError } from './args';
import { sarifLog } from './format/sarif';
import { summaryTable } from './format/human';
import { MEETING_HEADER, OFFICIAL_HEADER, officialRow, row } from './format/csv';
import { collectInputs, type InputProblem } from './inputs';
import type { Command, FileResult, JobOptions } from './job';
import { defaultJobs, runAll } from './pool';
import { Progress } from './progress';
import { officialRecords, type OfficialAppearance } from './records';
import { output, outputClosed } from './stdout';
import { SummaryBuilder } from './summary';
import { sweepStaleTemps } from './temp-files';
import { Assignments, clusterAll, clusterRecord, SignatureCollector, writeWithClusters } from './clusters';
import { readSignatures } from './read-signatures';
import { countedDamageOnly } from './counted-damage';
import { isFromEncoding, type FromEncoding } from './legacy-input';
import { VERSION } from '../version';
import { INDEX_HELP } from './index-command';

const COMMON_VALUED = ['jobs', 'min-severity', 'only', 'skip', 'variant', 'also', 'max-file-size', 'lang', 'settings'];
const COMMON_FLAGS = ['quiet', 'help'];
const FLAGS: Record<Command, string[]> = {
  check: ['json'],
  fix: ['to-simplified', 'dry-run', 'backup'],
  export: ['officials', 'csv', 'unique', 'duplicates'],
  duplicates: ['from-signatures'],
  signatures: [],
  index: [],
};
const VALUED: Partial<Record<Command, string[]>> = { export: ['clusters'], fix: ['from-encoding'] };

/** Larger files are skipped with a message: the analysis holds about 30 times a file's size. */
const DEFAULT_MAX_FILE_MB = 64;

export const HELP: Record<Command, string> = {
  check: `Usage: huiyi check [options] <paths…|->

Lists damage findings in report files, folders (recursive) and globs; "-" reads paths, or JSON
Lines of {"id", "text"}, from standard input.

Options:
  --format FORMAT             human (default, with a summary table), json, sarif, or jsonl (one
                              line per file and no summary, so outputs concatenate)
  --min-severity LEVEL        error, warning, information (default) or hint
  --only CODES / --skip CODES comma-separated finding codes to report (e.g. mojibake.pinyin-annotation)
  --lang en|zh-cn             the language of the messages (default: en, the same in any locale)
  -j, --jobs N                worker threads (default: the number of cores)
  --settings FILE             the editor's settings: a settings.json with huiyi.officials.* (names
                              ignored or added) and huiyi.conversion.*, as VS Code writes it
  --max-file-size MB          larger files are skipped and named (default: 64)
  -q, --quiet                 no progress bar

Exit status: 0 no findings, 1 findings, 2 usage error.`,
  fix: `Usage: huiyi fix [options] <paths…|->

Applies the safe repairs of the editor's "fix all" to each file, atomically (a temporary file, then
a rename). Files that would not change are not written.

Options:
  --to-simplified             also convert traditional script to simplified (OpenCC t2s)
  --variant t|tw|twp|hk       the traditional standard of the sources (default: t)
  --only CODES / --skip CODES which repair families apply (e.g. --skip cleanup.whitespace)
  --also CODES                repairs "fix all" leaves to you: cleanup.boilerplate (remove the web-page
                              header and footer blocks), cleanup.halfwidth-punctuation (full width)
  --from-encoding ENC         files that are not UTF-8 are read as gb18030 (GBK), big5, or auto
                              (guessed from their bytes) and written as UTF-8, keeping a backup;
                              UTF-8 files are read as UTF-8 (running it twice changes nothing)
  --dry-run                   print a unified diff instead of writing
  --backup                    keep the original as FILE.bak (FILE.bak.1, .2, … when that exists;
                              never over an earlier backup)
  --settings FILE             the editor's settings: a settings.json with huiyi.officials.* (names
                              ignored or added) and huiyi.conversion.*, as VS Code writes it
  -j, --jobs N, -q, --quiet, --max-file-size MB, --lang en|zh-cn

Exit status: 0 done, 1 some files could not be read, written or repaired without loss, 2 usage error.`,
  export: `Usage: huiyi export [options] <paths…|->

Writes the report model as JSON Lines on standard output: one record per meeting (schemas/meeting.schema.json).

Options:
  --officials                 one record per official instead (schemas/official.schema.json)
  --csv                       a flat CSV table instead of JSON Lines
  --duplicates                find the copies of each meeting (mirrors, reposts, traditional copies):
                              each record gains "cluster" and "canonical"; the records are written
                              at the end, once every file is read
  --unique                    canonical meetings only: one record per meeting, whatever the copies
                              (with --officials: appearances in canonical meetings only)
  --clusters FILE             take the copies from FILE (the output of huiyi duplicates, e.g. over
                              the signatures of every shard) instead of finding them in these paths;
                              records are then written as they come, not at the end
  --lang en|zh-cn             the language of the damage messages (default: en)
  --settings FILE             the editor's settings: a settings.json with huiyi.officials.* (names
                              ignored or added) and huiyi.conversion.*, as VS Code writes it
  -j, --jobs N, -q, --quiet, --max-file-size MB

Exit status: 0 done, 1 some files could not be read, 2 usage error.`,
  duplicates: `Usage: huiyi duplicates [options] <paths…|->
       huiyi duplicates --from-signatures <signature files…|->

Finds the same meeting in several files (traditional mirrors, pinyin reading mode, damaged,
truncated or reordered copies, another headline) and writes one JSON line per cluster of copies: the
members (file, meeting index, name, date), the canonical copy (simplified, then least damaged, then
earliest published, then most complete), each member's similarity to it and why it is a copy.

Options:
  --from-signatures           read the JSON Lines of huiyi signatures (from any number of processes
                              or machines) instead of report files
  -j, --jobs N, -q, --quiet, --max-file-size MB

Exit status: 0 done, 1 some files could not be read, 2 usage error.`,
  signatures: `Usage: huiyi signatures [options] <paths…|->

Writes one JSON line per meeting: its signature for huiyi duplicates --from-signatures (MinHash,
a sample of its shingles, its date, body and officials). Run it per shard, then cluster once:
  huiyi signatures shard1 > s1.jsonl; huiyi signatures shard2 > s2.jsonl
  huiyi duplicates --from-signatures s1.jsonl s2.jsonl > clusters.jsonl

Options:
  -j, --jobs N, -q, --quiet, --max-file-size MB

Exit status: 0 done, 1 some files could not be read, 2 usage error.`,
  index: INDEX_HELP,
};

interface Parsed {
  paths: string[];
  options: Map<string, string | true>;
  format: 'human' | 'json' | 'jsonl' | 'sarif';
  minimum: ShownSeverity;
  jobs: number;
  settings: HuiyiSettings;
  /** fix: opt-in repairs to apply as well. */
  also: DamageCode[];
  fromEncoding?: FromEncoding;
  /** --lang: the messages' language (undefined: English). */
  locale?: string;
}

/** A code the command line can name: a damage code or the traditional-script one. */
type NamedCode = DamageCode | typeof TRADITIONAL_CODE;

function codes(value: string | true | undefined, name: string): NamedCode[] {
  return listOption(value).map((c) => {
    if (!isDamageCode(c) && c !== TRADITIONAL_CODE) throw new UsageError(`--${name}: unknown code ${c} (codes: ${DAMAGE_CODES.join(', ')})`);
    return c;
  });
}

function parse(command: Command, argv: string[]): Parsed {
  const { positional, options } = parseArgs(argv, [...COMMON_VALUED, 'format', ...(VALUED[command] ?? [])], [...COMMON_FLAGS, ...FLAGS[command]]);
  const format = (options.get('format') ?? 'human') as Parsed['format'];
  if (!['human', 'json', 'jsonl', 'sarif'].includes(format)) throw new UsageError(`--format must be human, json, jsonl or sarif`);
  const minimum = (options.get('min-severity') ?? 'information') as ShownSeverity;
  if (!(minimum in SEVERITY_RANK)) throw new UsageError('--min-severity must be error, warning, information or hint');
  const jobsOption = options.get('jobs');
  const jobs = jobsOption === undefined ? defaultJobs() : Number(jobsOption);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs needs a whole number of at least 1');
  const maxFileSize = options.has('max-file-size') ? Number(options.get('max-file-size')) : DEFAULT_MAX_FILE_MB;
  if (!(maxFileSize > 0)) throw new UsageError('--max-file-size needs a size in MB, above 0');
  const variant = options.get('variant');
  if (variant !== undefined && !['t', 'tw', 'twp', 'hk'].includes(String(variant))) throw new UsageError('--variant must be t, tw, twp or hk');

  // Families: codes left out by --only, or named by --skip, are turned off (not reported, not fixed).
  const only = codes(options.get('only'), 'only');
  const skip = codes(options.get('skip'), 'skip');
  const severity = { ...DEFAULT_SETTINGS.damage.severity };
  for (const c of DAMAGE_CODES) if ((only.length && !only.includes(c)) || skip.includes(c)) severity[c] = 'off';
  // check and export never report a code below --min-severity: it is off, and its detector does
  // not run when that cannot change what is reported (activeDetectors). fix repairs what it finds
  // whatever the severity (--also cleanup.halfwidth-punctuation is a hint).
  if (command !== 'fix') for (const c of DAMAGE_CODES) if (severity[c] !== 'off' && SEVERITY_RANK[severity[c] as ShownSeverity] < SEVERITY_RANK[minimum]) severity[c] = 'off';
  if (command === 'duplicates' || command === 'signatures') Object.assign(severity, countedDamageOnly(severity));
  // script.traditional needs the whole conversion of each file: compute it only when it is reported
  // (check at --min-severity hint or with its code named); export and fix never report it.
  const conversionOff =
    (only.length && !only.includes(TRADITIONAL_CODE)) ||
    skip.includes(TRADITIONAL_CODE) ||
    command !== 'check' ||
    (SEVERITY_RANK[minimum] > SEVERITY_RANK.hint && !only.includes(TRADITIONAL_CODE));
  // --settings: the editor's huiyi.officials.* and huiyi.conversion.* (the options here take precedence).
  const fromFile = options.has('settings') ? resolveSettings(readSettingsFile(String(options.get('settings')))) : DEFAULT_SETTINGS;
  const settings: HuiyiSettings = {
    ...DEFAULT_SETTINGS,
    officials: fromFile.officials,
    maxFileSizeMB: maxFileSize,
    damage: { ...DEFAULT_SETTINGS.damage, severity, maxNumberOfProblems: Number.MAX_SAFE_INTEGER },
    conversion: { ...fromFile.conversion, ...(variant ? { variant: variant as HuiyiSettings['conversion']['variant'] } : {}), ...(conversionOff ? { severity: 'off' as const } : {}) },
  };
  const named = codes(options.get('also'), 'also');
  if (options.has('also') && command !== 'fix') throw new UsageError('--also is an option of huiyi fix');
  const also = named.map((c) => {
    if (c === TRADITIONAL_CODE || !OPT_IN_REPAIRS.includes(c)) throw new UsageError(`--also: ${c} is not an opt-in repair (it is one of: ${OPT_IN_REPAIRS.join(', ')})`);
    return c;
  });
  if (!positional.length) throw new UsageError('name at least one file, folder or glob (or - for standard input)');
  const lang = options.get('lang');
  if (lang !== undefined && lang !== 'en' && lang !== 'zh-cn') throw new UsageError('--lang must be en or zh-cn');
  const from = options.get('from-encoding');
  if (from !== undefined && (typeof from !== 'string' || !isFromEncoding(from))) throw new UsageError('--from-encoding must be gb18030, big5 or auto');
  return { paths: positional, options, format, minimum, jobs, settings, also, fromEncoding: from as FromEncoding | undefined, locale: lang === 'zh-cn' ? lang : undefined };
}

/** `huiyi duplicates --from-signatures FILES`: the second pass over the signatures of every shard. */
async function duplicatesFromSignatures(paths: readonly string[]): Promise<number> {
  const { signatures, failed } = await readSignatures(paths);
  const { clusters } = clusterAll(signatures);
  for (const c of clusters) output(JSON.stringify(clusterRecord(signatures, c)) + '\n');
  return failed ? 1 : 0;
}

function reportProblems(problems: readonly InputProblem[]): void {
  for (const p of problems) process.stderr.write(`huiyi: ${p.id}: ${p.message}\n`);
}

export async function runCommand(command: Command, argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output(HELP[command] + '\n');
    return 0;
  }
  const p = parse(command, argv);
  if (command === 'duplicates' && p.options.has('from-signatures')) return duplicatesFromSignatures(p.paths);
  const problems: InputProblem[] = [];
  const inputs = await collectInputs(p.paths, problems);
  reportProblems(problems);
  // An engine's shard can be empty (a partition with no records): from standard input, no inputs
  // is an empty output and exit 0 (1 when some paths were missing). Paths named on the command
  // line that give nothing are a usage error.
  if (!inputs.length && !p.paths.includes('-')) {
    process.stderr.write('huiyi: nothing to do: no report files found\n');
    return 2;
  }
  const csv = p.options.has('csv');
  const clustering = command === 'export' && (p.options.has('duplicates') || p.options.has('unique') || p.options.has('clusters'));
  const options: JobOptions = {
    command,
    format: command === 'check' ? p.format : csv ? 'csv' : 'jsonl',
    minimum: p.minimum,
    locale: p.locale,
    settings: p.settings,
    toSimplified: p.options.has('to-simplified'),
    fromEncoding: p.fromEncoding,
    also: p.also,
    dryRun: p.options.has('dry-run'),
    backup: p.options.has('backup'),
    officials: p.options.has('officials'),
    // export finds the copies when asked (--duplicates, --unique) unless --clusters names them
    // (--officials only needs them for --unique). Without, records stream as each file is done.
    signatures: command === 'duplicates' || (clustering && !p.options.has('clusters') && (!p.options.has('officials') || p.options.has('unique'))),
  };
  const unique = p.options.has('unique');
  let given: Assignments | undefined;
  if (p.options.has('clusters')) {
    try {
      given = Assignments.read(String(p.options.get('clusters')));
    } catch (error) {
      throw new UsageError(`--clusters: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const collected = new SignatureCollector();
  const signatures = collected.signatures;
  // export without --clusters: each file's records wait for the clusters (the whole run's output is held).
  const held: { id: string; output: Uint8Array; ends: number[] }[] = [];
  const progress = new Progress(inputs.length, !!process.stderr.isTTY && !p.options.has('quiet'));
  const summary = new SummaryBuilder();
  for (const _ of problems) summary.problem();
  const out = output;
  const kept: FileResult[] = [];
  const appearances: OfficialAppearance[] = [];
  let failed = problems.length;
  let jsonFiles = 0;
  if (command === 'export' && csv) out(row(options.officials ? OFFICIAL_HEADER : clustering ? [...MEETING_HEADER, 'cluster', 'canonical'] : MEETING_HEADER));

  if (command === 'fix' && !options.dryRun) {
    for (const stale of sweepStaleTemps(inputs.flatMap((i) => (i.path ? [i.path] : [])))) process.stderr.write(`huiyi: removed ${stale}, a temporary file left by an interrupted run\n`);
  }

  await runAll(inputs, options, p.jobs, (r) => {
    progress.tick(r.bytes);
    summary.add(r);
    if (r.status === 'error') failed++;
    if (r.status === 'error' || r.status === 'skipped') process.stderr.write(`huiyi: ${r.id}: ${r.reason}\n`);
    if (command === 'check') {
      if (p.format === 'human') {
        out(r.output);
      } else if (p.format === 'json') {
        // Streamed: one file at a time, the summary last, so memory stays flat on any corpus.
        out(jsonFiles++ ? ',\n' : '{\n"version": ' + JSON.stringify(VERSION) + ',\n"files": [\n');
        out(r.output);
      } else if (p.format === 'jsonl') {
        out(r.output);
        out('\n');
      } else {
        kept.push(r);
      }
    } else if (command === 'export') {
      if (r.signatures) for (const s of r.signatures) collected.add(s);
      if (options.officials) for (const a of r.appearances ?? []) appearances.push(a);
      else if (r.output && r.recordEnds) {
        if (given) writeWithClusters(out, r.id, r.output, r.recordEnds, given, csv, unique);
        else if (clustering) held.push({ id: r.id, output: r.output, ends: r.recordEnds });
        else out(r.output);
      }
    } else if (command === 'duplicates') {
      for (const s of r.signatures ?? []) collected.add(s);
    } else if (command === 'signatures') {
      out(r.output);
    } else if (r.fix) {
      if (r.fix.unrepairable) {
        failed++;
        process.stderr.write(`huiyi: ${r.id}: ${r.fix.unrepairable}\n`);
      }
      const left = r.fix.leftForRepair ? `, ${r.fix.leftForRepair} damaged span${r.fix.leftForRepair === 1 ? '' : 's'} left for repair (not converted)` : '';
      if (r.fix.diff) {
        out(r.fix.diff);
        if (left) process.stderr.write(`huiyi: ${r.id}: ${left.slice(2)}\n`);
      } else if (r.fix.written) process.stderr.write(`huiyi: fixed ${r.id} (${r.fix.reencoded ? `re-encoded from ${r.fix.reencoded} to UTF-8, ` : ''}${r.fix.repairs} repair${r.fix.repairs === 1 ? '' : 's'}${r.fix.converted ? `, ${r.fix.converted} characters to simplified` : ''}${left}${r.fix.backup ? `; the original is kept as ${r.fix.backup}` : ''})\n`);
      else if (left) process.stderr.write(`huiyi: ${r.id}: ${left.slice(2)}\n`);
      if (r.fix.note) process.stderr.write(`huiyi: ${r.id}: note: ${r.fix.note}\n`);
    }
    // Standard output is gone (… | head): once the exit status cannot change, stop here.
    if (outputClosed() && command !== 'fix' && (failed > 0 || (command === 'check' && summary.summary.findingCount > 0))) process.exit(1);
  });
  progress.end();

  if (command === 'duplicates') {
    const { clusters } = collected.cluster();
    for (const c of clusters) out(JSON.stringify(clusterRecord(signatures, c)) + '\n');
  }
  if (command === 'export') {
    const assignments = given ?? (options.signatures ? collected.cluster().assignments : undefined);
    if (assignments) for (const h of held) writeWithClusters(out, h.id, h.output, h.ends, assignments, csv, unique);
    if (options.officials) {
      const counted = unique && assignments ? appearances.filter((a) => a.meeting < 0 || assignments.get(a.file, a.meeting).canonical) : appearances;
      for (const o of officialRecords(counted)) out(csv ? officialRow(o) : JSON.stringify(o) + '\n');
    }
  }
  if (command === 'check') {
    const s = summary.summary;
    if (p.format === 'human') out(`\n${summaryTable(s)}\n`);
    else if (p.format === 'jsonl') {
      // No summary: the lines of several processes (GNU parallel, Spark) concatenate.
    } else if (p.format === 'json') out(`${jsonFiles ? '\n],\n' : '{\n"version": ' + JSON.stringify(VERSION) + ',\n"files": [],\n'}"summary": ${JSON.stringify(s)}\n}\n`);
    else out(JSON.stringify(sarifLog(kept, VERSION), null, 2) + '\n');
    return s.findingCount > 0 || failed > 0 ? 1 : 0;
  }
  return failed > 0 ? 1 : 0;
}
