// The `huiyi` command line: the same analysis core as the editor, over whole corpora.
import { UsageError } from './args';
import { HELP, runCommand } from './commands';
import { runOutline } from './outline-command';
import { runStats } from './stats-command';
import { runIndex } from './index-command';
import { runQuery } from './query-command';
// `huiyi … | head` closes the pipe early: not an error (stdout.ts).
import { output } from './stdout';
import { VERSION } from '../version';

const USAGE = `Usage: huiyi <command> [options] <paths…|->

Commands:
  check     list damage findings, with a summary (human, json or sarif)
  fix       apply the safe repairs (and --to-simplified), atomically
  export    write meetings (or --officials) as JSON Lines or CSV
  duplicates  find the same meeting in several files (mirrors, copies), as JSON Lines clusters
  signatures  write meeting signatures, for duplicates --from-signatures over many shards
  outline   print the outline of each report
  stats     the Corpus Overview's figures: meetings by month and body, officials' titles, damage (json or csv)
  index     build or update the corpus index (SQLite) with --db FILE
  query     ask the corpus index a question in SQL: query --db FILE "SQL"

Paths are files, folders (searched recursively for .txt and .huiyi files) and globs; "-" reads
paths, or JSON Lines of {"id", "text"}, from standard input.
Run "huiyi <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
    case 'fix':
    case 'export':
    case 'duplicates':
    case 'signatures':
      return runCommand(command, rest);
    case 'outline':
      return runOutline(rest);
    case 'stats':
      return runStats(rest);
    case 'index':
      return runIndex(rest);
    case 'query':
      return runQuery(rest);
    case '-h':
    case '--help':
      output(USAGE + '\n');
      return 0;
    case '--version':
      output(VERSION + '\n');
      return 0;
    case undefined:
      process.stderr.write(USAGE + '\n');
      return 2;
    default:
      process.stderr.write(`huiyi: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`huiyi: ${error.message}\n`);
    } else {
      process.stderr.write(`huiyi: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    }
    process.exitCode = 2;
  },
);

export { HELP };
