// The Corpus Overview (issue 17): a webview panel of charts over the workspace index. The panel asks
// the server for aggregates (huiyi/corpusOverview) with its filter, never for every meeting; a click
// on a bar, a row or a mark opens the report at that meeting; a file's "Fix all" applies the
// source.fixAll.huiyi code action. The page (dist/overview.js, client/webview/) runs under a strict
// Content-Security-Policy: its own script and style only, with a nonce, nothing remote.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { CORPUS_OVERVIEW_REQUEST, type CorpusOverviewParams, type OverviewFilter, type OverviewPlace, type PackedOverview } from '../../server/src/protocol/api';
import { getLanguageClient } from './language-client';
import { overviewStrings } from './overview-strings';

export const SHOW_OVERVIEW_COMMAND = 'huiyi.showCorpusOverview';

type FromPage = { type: 'ready' } | { type: 'filter'; filter: OverviewFilter; seq: number } | { type: 'open'; place: OverviewPlace } | { type: 'fixAll'; uri: string };

function html(webview: vscode.Webview, extension: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extension, 'dist', name)).toString();
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `font-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('overview.css')}" nonce="${nonce}">
<title>${overviewStrings().title}</title>
</head>
<body>
<main id="overview" data-nonce="${nonce}"></main>
<script nonce="${nonce}" src="${asset('overview.js')}"></script>
</body>
</html>`;
}

async function fixAll(uri: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.huiyi')) ?? [];
  const action = actions.find((a) => a.edit && a.kind?.value.startsWith('source.fixAll'));
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  if (!action?.edit) return void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix in this file.'));
  await vscode.workspace.applyEdit(action.edit);
}

class OverviewPanel {
  private static current: OverviewPanel | undefined;
  private filter: OverviewFilter = {};
  private last = -1;
  /** The first figures, asked for while the page loads (it asks once ready: the two waits overlap). */
  private early: Promise<PackedOverview> | undefined;
  /** What the page was last given (seq, filter and figures). */
  private sent: string | undefined;

  static show(context: vscode.ExtensionContext): void {
    if (OverviewPanel.current) return OverviewPanel.current.panel.reveal();
    const panel = vscode.window.createWebviewPanel('huiyi.overview', vscode.l10n.t('Corpus Overview'), vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
    });
    OverviewPanel.current = new OverviewPanel(panel, context);
  }

  private constructor(private readonly panel: vscode.WebviewPanel, context: vscode.ExtensionContext) {
    this.early = this.request();
    this.early.catch(() => undefined); // its failure is met again, and shown, when the page asks
    panel.webview.html = html(panel.webview, context.extensionUri);
    const subscriptions: vscode.Disposable[] = [];
    panel.webview.onDidReceiveMessage((m: FromPage) => this.receive(m), undefined, subscriptions);
    // The index fills in the background and follows edits: ask again when a report is saved, and a
    // few times while the panel is new.
    subscriptions.push(vscode.workspace.onDidSaveTextDocument(() => this.update()));
    let polls = 0;
    const timer = setInterval(() => (++polls > 10 ? clearInterval(timer) : this.update()), 3000);
    panel.onDidDispose(() => {
      clearInterval(timer);
      subscriptions.forEach((s) => s.dispose());
      OverviewPanel.current = undefined;
    });
  }

  private async receive(m: FromPage): Promise<void> {
    if (m.type === 'ready') {
      const early = this.early;
      this.early = undefined;
      this.sent = undefined; // a page (re)loaded has nothing drawn
      return this.update(0, early);
    }
    if (m.type === 'filter') {
      this.filter = m.filter;
      return this.update(m.seq);
    }
    if (m.type === 'open') {
      const range = new vscode.Range(m.place.range.start.line, m.place.range.start.character, m.place.range.end.line, m.place.range.end.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(m.place.uri), { selection: range, viewColumn: vscode.ViewColumn.Beside, preview: true });
      return;
    }
    if (m.type === 'fixAll') {
      await fixAll(m.uri);
      setTimeout(() => this.update(), 1000);
    }
  }

  /** Asks the server for the figures under the current filter and hands them to the page. */
  private request(): Promise<PackedOverview> {
    const client = getLanguageClient();
    if (!client?.isRunning()) return Promise.reject(new Error('not running'));
    // Packed: most of the answer is the officials' marks, a fraction of their size so (the page unpacks them).
    const params: CorpusOverviewParams = { filter: this.filter, packed: true };
    return client.sendRequest<PackedOverview>(CORPUS_OVERVIEW_REQUEST, params);
  }

  /** `early`: the unfiltered figures already asked for (the page's first request). */
  private async update(seq = this.last, early?: Promise<PackedOverview>): Promise<void> {
    const client = getLanguageClient();
    if (!client?.isRunning()) return;
    this.last = seq;
    try {
      const overview = await (early?.catch(() => this.request()) ?? this.request());
      // The panel asks again while it is new and at each save: the same figures are not drawn again.
      const sent = JSON.stringify([seq, this.filter, overview]);
      if (sent === this.sent) return;
      this.sent = sent;
      await this.panel.webview.postMessage({ type: 'overview', seq, overview, filter: this.filter, strings: overviewStrings(), locale: vscode.env.language });
    } catch (error) {
      await this.panel.webview.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
}

export function registerOverview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_OVERVIEW_COMMAND, () => OverviewPanel.show(context)));
}
