// Runs a request handler so that it yields first, honours cancellation, and never lets an
// exception kill the server: the error is logged and returned to the client as a response error.
import { t } from '../core/l10n';
import { type CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export type Logger = (message: string) => void;

export function runSafe<T>(log: Logger, name: string, token: CancellationToken, work: () => T): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    setImmediate(() => {
      if (token.isCancellationRequested) {
        resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled'));
        return;
      }
      try {
        const result = work();
        if (token.isCancellationRequested) resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled'));
        else resolve(result);
      } catch (error) {
        const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
        log(`Error while computing ${name}: ${message}`);
        resolve(new ResponseError(ErrorCodes.InternalError, t('Huiyi failed to compute {0}: {1}', t(name), error instanceof Error ? error.message : String(error))));
      }
    });
  });
}
