// Entry point of the standalone language server (dist/server.js, bin huiyi-language-server).
// Only the connection may write to stdout, so console output goes to stderr.
import { startServer } from './lsp/server';
import { VERSION } from './version';

for (const method of ['log', 'info', 'debug'] as const) {
  console[method] = (...args: unknown[]) => console.error(...args);
}

if (process.argv.includes('--version')) {
  process.stderr.write(`huiyi-language-server ${VERSION}\n`);
} else if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stderr.write('Usage: huiyi-language-server --stdio | --node-ipc | --socket=<port>\n');
} else {
  startServer();
}
