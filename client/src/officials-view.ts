// The "Officials" tree view in the explorer: the workspace's officials from the server's corpus
// index (huiyi/officials), most meetings first, by name or by last seen; a filter by name, title or
// body (either script). The filter and the sort are kept per workspace. Each official expands to
// its meetings; a click opens the place.
import * as vscode from 'vscode';
import { OFFICIALS_REQUEST, type OfficialEntry as OfficialItem, type OfficialMeeting as MeetingItem, type OfficialSort, type OfficialsRequestParams } from '../../server/src/protocol/api';
import { getLanguageClient } from './language-client';

type Node = { kind: 'official'; official: OfficialItem } | { kind: 'meeting'; meeting: MeetingItem };

const QUERY_KEY = 'huiyi.officials.query';
const SORT_KEY = 'huiyi.officials.sort';
const FILTERED_CONTEXT = 'huiyi.officials.filtered';
const SORTS: readonly OfficialSort[] = ['meetings', 'name', 'lastSeen'];

function sortLabel(sort: OfficialSort): string {
  if (sort === 'name') return vscode.l10n.t('By name');
  if (sort === 'lastSeen') return vscode.l10n.t('By last seen');
  return vscode.l10n.t('By meetings');
}

function meetingCount(n: number): string {
  return n === 1 ? vscode.l10n.t('{0} meeting', n) : vscode.l10n.t('{0} meetings', n);
}

class OfficialsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get query(): string {
    return this.state.get<string>(QUERY_KEY, '');
  }

  get sort(): OfficialSort {
    const sort = this.state.get<OfficialSort>(SORT_KEY, 'meetings');
    return SORTS.includes(sort) ? sort : 'meetings';
  }

  async update(change: { query?: string; sort?: OfficialSort }): Promise<void> {
    if (change.query !== undefined) await this.state.update(QUERY_KEY, change.query.trim() || undefined);
    if (change.sort !== undefined) await this.state.update(SORT_KEY, change.sort === 'meetings' ? undefined : change.sort);
    this.refresh();
  }

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'official') return node.official.meetings.map((meeting) => ({ kind: 'meeting', meeting }));
    if (node) return [];
    const client = getLanguageClient();
    if (!client?.isRunning()) return [];
    const params: OfficialsRequestParams = { query: this.query || undefined, sort: this.sort };
    const officials = await client.sendRequest<OfficialItem[]>(OFFICIALS_REQUEST, params);
    return officials.map((official) => ({ kind: 'official', official }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'official') {
      const o = node.official;
      const item = new vscode.TreeItem(o.name, vscode.TreeItemCollapsibleState.Collapsed);
      const merged = o.mergedCopies ? ` (${o.mergedCopies === 1 ? vscode.l10n.t('1 copy merged') : vscode.l10n.t('{0} copies merged', o.mergedCopies)})` : '';
      item.description = `${meetingCount(o.meetingCount)}${merged} · ${o.titles.slice(0, 2).join('、')}`;
      // The titles in simplified, with the spellings as written beside them, as the name's.
      const titles = o.titles.map((title) => {
        const written = o.titlesAsWritten[title];
        return written?.length ? `${title}（${vscode.l10n.t('as written')}: ${written.join('、')}）` : title;
      });
      item.tooltip = [o.name, ...o.spellings.filter((s) => s !== o.name).map((s) => `${vscode.l10n.t('as written')}: ${s}`), ...titles].join('\n');
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = 'huiyi.official';
      return item;
    }
    const m = node.meeting;
    const file = decodeURIComponent(m.uri.slice(m.uri.lastIndexOf('/') + 1));
    const item = new vscode.TreeItem([m.date, m.name].filter(Boolean).join(' · ') || file, vscode.TreeItemCollapsibleState.None);
    const copies = m.copies ? (m.copies === 1 ? vscode.l10n.t('+1 copy') : vscode.l10n.t('+{0} copies', m.copies)) : '';
    item.description = [m.roles.join(', '), file, copies].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon('calendar');
    const range = new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(m.uri), { selection: range }] };
    return item;
  }
}

/** Registers the Officials view, its refresh, filter and sort commands; refreshes as the index fills. */
export function registerOfficialsView(context: vscode.ExtensionContext): void {
  const provider = new OfficialsProvider(context.workspaceState);
  const view = vscode.window.createTreeView('huiyi.officials', { treeDataProvider: provider });
  // The view says what it shows: the filter in its message, the sort beside its title.
  const describe = () => {
    const query = provider.query;
    view.message = query ? vscode.l10n.t('Filtered by "{0}"', query) : undefined;
    view.description = sortLabel(provider.sort);
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, Boolean(query));
  };
  const update = async (change: { query?: string; sort?: OfficialSort }) => {
    await provider.update(change);
    describe();
  };
  describe();
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('huiyi.officials.refresh', () => provider.refresh()),
    // An argument skips the input (a keybinding or a script may pass the query).
    vscode.commands.registerCommand('huiyi.officials.filter', async (query?: unknown) => {
      const value =
        typeof query === 'string'
          ? query
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter the officials'),
              prompt: vscode.l10n.t('A name, a title or a body (汤洁, 副区长, 区委), in either script; empty shows everyone'),
              value: provider.query,
            });
      if (value !== undefined) await update({ query: value });
    }),
    vscode.commands.registerCommand('huiyi.officials.clearFilter', () => update({ query: '' })),
    vscode.commands.registerCommand('huiyi.officials.sort', async (sort?: unknown) => {
      let picked = SORTS.find((s) => s === sort);
      if (!picked) {
        const items = SORTS.map((s) => ({ label: sortLabel(s), description: s === provider.sort ? vscode.l10n.t('current') : undefined, sort: s }));
        picked = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Sort the officials') }))?.sort;
      }
      if (picked) await update({ sort: picked });
    }),
    vscode.workspace.onDidSaveTextDocument(() => provider.refresh()),
  );
  // The index is built in the background: refresh a few times while it fills.
  let refreshes = 0;
  const timer = setInterval(() => {
    provider.refresh();
    if (++refreshes >= 6) clearInterval(timer);
  }, 5000);
  context.subscriptions.push({ dispose: () => clearInterval(timer) });
}
