// One connection has one codeAction, one codeAction/resolve and one executeCommand handler, and
// server.ts merges capabilities with Object.assign, so features that offer code actions or
// commands plug into this hub instead of registering handlers themselves. server.ts makes the hub
// from its explicit lists of providers and commands (nothing registers itself by being imported).
import type { CodeAction, CodeActionParams, CancellationToken, ExecuteCommandParams } from 'vscode-languageserver/node';
import type { ServerContext, ServerFeature } from './feature';
import { runSafe } from './run-safe';
import { CODE_ACTION_PARAMS } from './request-params';

export interface CodeActionProvider {
  /** Unique name, stored in each action's data so resolve finds its way back. */
  readonly id: string;
  readonly kinds: readonly string[];
  provide(context: ServerContext, params: CodeActionParams, token: CancellationToken): CodeAction[];
  resolve?(context: ServerContext, action: CodeAction, token: CancellationToken): CodeAction | Promise<CodeAction>;
}

export type CommandHandler = (context: ServerContext, args: unknown[], token: CancellationToken) => unknown;

/**
 * Whether a provider of `kinds` can answer a request for `only` (source.fixAll asks for
 * source.fixAll.huiyi too). Providers that cannot are not asked, so a save's source.fixAll never
 * waits for a conversion it did not ask for.
 */
export function offers(kinds: readonly string[], only: readonly string[] | undefined): boolean {
  if (!only?.length) return true;
  return kinds.some((k) => only.some((o) => k === o || k.startsWith(o + '.') || o.startsWith(k + '.')));
}

/** Preferred actions first, the rest in the providers' order (clients that do not sort show this order). */
export function preferredFirst(actions: CodeAction[]): CodeAction[] {
  return [...actions.filter((a) => a.isPreferred), ...actions.filter((a) => !a.isPreferred)];
}

/** The one code-action and command feature: `providers` in the order their actions are listed. */
export function codeActionHub(providers: readonly CodeActionProvider[], commandList: Readonly<Record<string, CommandHandler>>): ServerFeature {
  const commands = new Map(Object.entries(commandList));
  return {
    capabilities: {
      codeActionProvider: { codeActionKinds: [...new Set(providers.flatMap((p) => p.kinds))], resolveProvider: true },
      executeCommandProvider: { commands: [...commands.keys()] },
    },
    register(context) {
      const { connection, log } = context;
      connection.onCodeAction((params, token) =>
        runSafe(log, 'code actions', token, () =>
          preferredFirst(providers.filter((p) => offers(p.kinds, params.context.only)).flatMap((p) => p.provide(context, params, token))),
          params,
          CODE_ACTION_PARAMS,
        ),
      );
      connection.onCodeActionResolve(async (action, token) => {
        const id = (action.data as { provider?: string } | undefined)?.provider;
        const provider = providers.find((p) => p.id === id);
        if (!provider?.resolve) return action;
        const result = await runSafe(log, 'a code action', token, () => provider.resolve!(context, action, token));
        return result instanceof Error ? action : result;
      });
      connection.onExecuteCommand(async (params: ExecuteCommandParams, token) => {
        const handler = commands.get(params.command);
        if (!handler) return null;
        return runSafe(log, params.command, token, () => handler(context, params.arguments ?? [], token));
      });
    },
  };
}
