// The "Officials" tree view in the explorer: the workspace's officials from the server's corpus
// index (huiyi/officials), most meetings first; each expands to its meetings; a click opens the place.
import * as vscode from 'vscode';
import { OFFICIALS_REQUEST, type OfficialEntry as OfficialItem, type OfficialMeeting as MeetingItem } from '../../server/src/protocol/api';
import { getLanguageClient } from './language-client';


type Node = { kind: 'official'; official: OfficialItem } | { kind: 'meeting'; meeting: MeetingItem };

class OfficialsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'official') return node.official.meetings.map((meeting) => ({ kind: 'meeting', meeting }));
    if (node) return [];
    const client = getLanguageClient();
    if (!client?.isRunning()) return [];
    const officials = await client.sendRequest<OfficialItem[]>(OFFICIALS_REQUEST, {});
    return officials.map((official) => ({ kind: 'official', official }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'official') {
      const o = node.official;
      const item = new vscode.TreeItem(o.name, vscode.TreeItemCollapsibleState.Collapsed);
      const merged = o.mergedCopies ? ` (${o.mergedCopies === 1 ? vscode.l10n.t('1 copy merged') : vscode.l10n.t('{0} copies merged', o.mergedCopies)})` : '';
      item.description = `${(o.meetingCount === 1 ? vscode.l10n.t('{0} meeting', o.meetingCount) : vscode.l10n.t('{0} meetings', o.meetingCount))}${merged} · ${o.titles.slice(0, 2).join('、')}`;
      item.tooltip = [o.name, ...o.spellings.filter((s) => s !== o.name), ...o.titles].join('\n');
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

/** Registers the Officials view and its refresh command; refreshes as the index fills. */
export function registerOfficialsView(context: vscode.ExtensionContext): void {
  const provider = new OfficialsProvider();
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('huiyi.officials', provider),
    vscode.commands.registerCommand('huiyi.officials.refresh', () => provider.refresh()),
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
