// User-facing messages of the core and the server, in English or Simplified Chinese.
// The Chinese bundle is the same file the VS Code client uses (l10n/bundle.l10n.zh-cn.json),
// keyed by the English message; placeholders are {0}, {1} … as in vscode.l10n.t.
// Our own small `t` rather than @vscode/l10n's: the damage detectors call it once per finding,
// hundreds of thousands of times on a damaged corpus, and its general formatter cost a CLI run a
// quarter of its time.
import zhCN from '../../../l10n/bundle.l10n.zh-cn.json';

let bundle: Readonly<Record<string, string>> | undefined;

export type MessageArg = string | number | boolean;

/** The message in the selected language, with {n} replaced by the n-th argument. */
export function t(message: string, ...args: MessageArg[]): string {
  const template = bundle?.[message] ?? message;
  return args.length ? format(template, args) : template;
}

function format(template: string, args: readonly MessageArg[]): string {
  let out = '';
  let at = 0;
  for (let open = template.indexOf('{'); open !== -1; open = template.indexOf('{', open + 1)) {
    const close = template.indexOf('}', open + 1);
    if (close === -1) break;
    const n = Number(template.slice(open + 1, close));
    if (close === open + 1 || !Number.isInteger(n) || n < 0 || n >= args.length) continue;
    out += template.slice(at, open) + String(args[n]);
    at = close + 1;
    open = close;
  }
  return at ? out + template.slice(at) : template;
}

/** Selects the message bundle for an editor locale (zh-cn, zh-hans, zh) or a POSIX one (zh_CN.UTF-8). */
export function useLocale(locale: string | undefined): void {
  if (locale && /^zh(?:[-_](?:cn|hans|sg)|$|\.)/i.test(locale)) bundle = zhCN as Record<string, string>;
}
