// Shows workspace indexing in the editor with window/workDoneProgress (server-initiated; a
// client without that capability gets a silent reporter from vscode-languageserver).
import { t } from '../core';
import type { Connection } from 'vscode-languageserver/node';
import type { IndexProgress } from './workspace-index';

export function indexingProgress(connection: Connection): IndexProgress {
  let reporter: Awaited<ReturnType<Connection['window']['createWorkDoneProgress']>> | undefined;
  let starting: Promise<void> | undefined;
  let lastPercent = -1;
  return {
    begin(total) {
      starting = connection.window.createWorkDoneProgress().then(
        (r) => {
          reporter = r;
          r.begin(t('Indexing reports'), 0, t('{0} files', total), false);
        },
        () => undefined,
      );
    },
    report(done, total) {
      const percent = total ? Math.floor((done / total) * 100) : 100;
      if (percent === lastPercent) return;
      lastPercent = percent;
      reporter?.report(percent, t('{0}/{1} files', done, total));
    },
    done() {
      void (starting ?? Promise.resolve()).then(() => reporter?.done());
    },
  };
}
