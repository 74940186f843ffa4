// The `huiyi` command line: the same analysis core, over files and folders.
import { runOutline } from './outline-command';

const USAGE = `Usage: huiyi <command> [paths…]

Commands:
  outline <paths…>   print the meetings of each report file (folders are searched for .txt files)

Run "huiyi <command> --help" for details.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'outline':
      return runOutline(rest);
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE + '\n');
      return command ? 0 : 2;
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
    process.stderr.write(`huiyi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
