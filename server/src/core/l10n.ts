// User-facing messages of the core and the server, in English or Simplified Chinese.
// @vscode/l10n holds the bundle (the same l10n/bundle.l10n.zh-cn.json the VS Code client uses,
// keyed by the English message) and looks messages up; placeholders are {0}, {1} … as in
// vscode.l10n.t. The damage detectors ask for a message per finding, hundreds of thousands of
// times on a damaged corpus, and l10n.t's general formatter (argument juggling and a regex
// replace per call) made a CLI check a third slower: so each message's template is looked up
// once and the {n} are filled in here.
import * as l10n from '@vscode/l10n';
import zhCN from '../../../l10n/bundle.l10n.zh-cn.json';

export type MessageArg = string | number | boolean;

const templates = new Map<string, string>();

/** The message in the selected language, with {n} replaced by the n-th argument. */
export function t(message: string, ...args: MessageArg[]): string {
  let template = templates.get(message);
  if (template === undefined) templates.set(message, (template = l10n.t(message)));
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
  if (locale && /^zh(?:[-_](?:cn|hans|sg)|$|\.)/i.test(locale)) {
    l10n.config({ contents: zhCN });
    templates.clear();
  }
}
