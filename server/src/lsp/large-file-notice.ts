// A file over huiyi.maxFileSizeMB gets a notice the user sees, once per file: an information message
// with "Open settings" (clients that handle huiyi/openSettings) and "Analyse anyway", which lifts
// the limit for that file until the server restarts.
import { t } from '../core';
import type { Connection } from 'vscode-languageserver/node';
import { OPEN_SETTINGS_NOTIFICATION } from '../protocol/api';

export class LargeFileNotices {
  private readonly told = new Set<string>();
  private readonly lifted = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly clientCommands: ReadonlySet<string>,
    private readonly analyseAgain: (uri: string) => void,
  ) {}

  /** Whether the user asked to analyse this file whatever its size. */
  isLifted(uri: string): boolean {
    return this.lifted.has(uri);
  }

  tell(uri: string, message: string): void {
    if (this.told.has(uri) || this.lifted.has(uri)) return;
    this.told.add(uri);
    const settings = t('Open settings');
    const anyway = t('Analyse anyway');
    const actions = [...(this.clientCommands.has(OPEN_SETTINGS_NOTIFICATION) ? [{ title: settings }] : []), { title: anyway }];
    void this.connection.window.showInformationMessage(message, ...actions).then(
      (answer) => {
        if (answer?.title === anyway) {
          this.lifted.add(uri);
          this.analyseAgain(uri);
        } else if (answer?.title === settings) {
          void this.connection.sendNotification(OPEN_SETTINGS_NOTIFICATION, { query: 'huiyi.maxFileSizeMB' });
        }
      },
      () => undefined,
    );
  }
}
