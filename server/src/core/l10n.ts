// User-facing messages of the core and the server, in English or Simplified Chinese.
// The Chinese bundle is the same file the VS Code client uses (l10n/bundle.l10n.zh-cn.json).
import * as l10n from '@vscode/l10n';
import zhCN from '../../../l10n/bundle.l10n.zh-cn.json';

export const t = l10n.t;

/** Selects the message bundle for an editor locale (zh-cn, zh-hans, zh) or a POSIX one (zh_CN.UTF-8). */
export function useLocale(locale: string | undefined): void {
  if (locale && /^zh(?:[-_](?:cn|hans|sg)|$|\.)/i.test(locale)) l10n.config({ contents: zhCN });
}
