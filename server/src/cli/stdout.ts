// Standard output for every command. A reader that stops reading (`huiyi check … | head -1`:
// EPIPE) ends the writing quietly: the run goes on without output, so its exit status is still the
// documented one (commands may stop early once it is decided). Any other write error is one line.
import { fsErrorText } from './fs-errors';

let closed = false;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  closed = true;
  if (error.code === 'EPIPE') return;
  process.stderr.write(`huiyi: cannot write to standard output (${fsErrorText(error)})\n`);
  process.exit(1);
});

/** Whether standard output is gone (set as soon as a write fails, before the error event). */
export function outputClosed(): boolean {
  return closed || process.stdout.destroyed;
}

export function output(s: string | Uint8Array | undefined): void {
  if (s?.length && !outputClosed()) process.stdout.write(s);
}
