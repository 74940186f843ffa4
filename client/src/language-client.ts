// Starts dist/server.js (the same bundle as the standalone server) over IPC and keeps the client handle.
import { FOLDER_ENCODING_COMMAND, OPEN_SETTINGS_NOTIFICATION, REOPEN_WITH_ENCODING_COMMAND, REPORT_FILE_GLOB, type ClientOptions, type HuiyiInitializationOptions } from '../../server/src/protocol/api';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export function getLanguageClient(): LanguageClient | undefined {
  return client;
}

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Huiyi', { log: true });
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'meeting-report' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'vscode-remote' },
    ],
    synchronize: {
      configurationSection: 'huiyi',
      fileEvents: vscode.workspace.createFileSystemWatcher(REPORT_FILE_GLOB),
    },
    // The client commands the server's code actions and notices may name.
    outputChannel,
    traceOutputChannel: outputChannel,
    // The commands and notifications this client handles; the corpus index is kept in this
    // extension's storage for the workspace, or in the folder the user chose
    // (huiyi.index.location, read at start); never in the workspace itself.
    initializationOptions: {
      clientCommands: [REOPEN_WITH_ENCODING_COMMAND, FOLDER_ENCODING_COMMAND, OPEN_SETTINGS_NOTIFICATION],
      indexStorage: context.storageUri?.fsPath,
      indexLocation: vscode.workspace.getConfiguration('huiyi').get<string>('index.location') || undefined,
    } satisfies ClientOptions & HuiyiInitializationOptions,
  };
  client = new LanguageClient('huiyi', 'Huiyi', serverOptions, clientOptions);
  await client.start();
  client.onNotification(OPEN_SETTINGS_NOTIFICATION, (params: { query?: string }) => {
    void vscode.commands.executeCommand('workbench.action.openSettings', typeof params?.query === 'string' ? params.query : 'huiyi');
  });
  return client;
}

export async function stopLanguageClient(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
