// A server feature: the capabilities it announces and the handlers it registers.
// server.ts merges every feature; a new feature is one file plus one line in FEATURES.
import { type HuiyiSettings, type LanguageService } from '../core';
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceIndex } from './workspace-index';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: LanguageService;
  readonly index: WorkspaceIndex;
  settingsOf(uri: string): HuiyiSettings;
  /** The client commands the client said it has (initializationOptions.clientCommands). */
  readonly clientCommands: ReadonlySet<string>;
  /** What the client's workspace edits support (set at initialize). */
  readonly edits: { annotations: boolean; documentChanges: boolean };
  log(message: string): void;
}

export interface ServerFeature {
  readonly capabilities: ServerCapabilities;
  register(context: ServerContext): void;
}
