// `huiyi outline`: prints the outline of each report, as the editor shows it.
import { createLanguageService, documentSymbols } from '../core';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { parseArgs, UsageError } from './args';
import { collectInputs, type InputProblem } from './inputs';
import { forEachDocument } from './read-input';
import { output } from './stdout';

export const OUTLINE_HELP = `Usage: huiyi outline [options] <paths…|->

Prints the outline of each report (meetings, their agenda items and statements), as the editor
shows it. Paths are files, folders (recursive) and globs; "-" reads paths, or JSON Lines of
{"id", "text"}, from standard input.

Options:
  --max-file-size MB          larger files are skipped and named (default: 64)

Exit status: 0 done, 1 some files could not be read, 2 usage error.`;

function print(symbols: DocumentSymbol[], depth: number, out: string[]): void {
  for (const s of symbols) {
    const detail = s.detail ? `  — ${s.detail}` : '';
    out.push(`${'  '.repeat(depth)}${s.name}${detail}  [${s.range.start.line + 1}:${s.range.start.character + 1}]`);
    if (s.children) print(s.children, depth + 1, out);
  }
}

export async function runOutline(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output(OUTLINE_HELP + '\n');
    return 0;
  }
  const { positional, options } = parseArgs(argv, ['max-file-size'], []);
  if (options.has('quiet') || options.has('jobs')) throw new UsageError('huiyi outline takes no -q or -j');
  const maxMB = options.has('max-file-size') ? Number(options.get('max-file-size')) : 64;
  if (!(maxMB > 0)) throw new UsageError('--max-file-size needs a size in MB, above 0');
  if (!positional.length) throw new UsageError('name at least one file, folder or glob (or - for standard input)');
  const problems: InputProblem[] = [];
  const inputs = await collectInputs(positional, problems);
  let failed = problems.length;
  let printed = 0;
  for (const p of problems) process.stderr.write(`huiyi: ${p.id}: ${p.message}\n`);
  const service = createLanguageService({ cacheSize: 1 });
  failed += forEachDocument(inputs, maxMB, (document, input) => {
    const model = service.buildModel(document);
    const count = model.meetings.length;
    const out = [`${input.id}: ${model.isReport ? `${count} meeting${count === 1 ? '' : 's'}` : 'not a meeting report'}`];
    print(documentSymbols(document, model), 1, out);
    output((printed++ ? '\n' : '') + out.join('\n') + '\n');
  });
  return failed > 0 ? 1 : 0;
}
