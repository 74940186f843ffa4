// Runs a request handler so that it yields first, honours cancellation, and never lets an
// exception kill the server: the error is logged and returned to the client as a response error.
// Given the request's params and their shape, it checks them first: params the handler cannot
// read are answered with InvalidParams (-32602), saying what is missing.
import { t } from '../core';
import { type CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { paramsProblem, type ParamShape } from './request-params';

export type Logger = (message: string) => void;

export function runSafe<T>(log: Logger, name: string, token: CancellationToken, work: () => T, params?: unknown, shape?: ParamShape): Promise<T | ResponseError<void>> {
  const problem = shape && paramsProblem(params, shape);
  if (problem) {
    log(`Invalid params for ${name}: ${problem}`);
    return Promise.resolve(new ResponseError(ErrorCodes.InvalidParams, `Invalid params for ${name}: ${problem}`));
  }
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
