// How open documents take the client's changes: TextDocument's own update, with every range first
// clamped to the document (offsetAt clamps a position past a line's end or past the last line).
// TextDocument.update keeps its line table incrementally from the range's line numbers, so a range
// on lines the document does not have left holes in it: later positions came out NaN and later
// range edits landed at the wrong offsets.
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

function clamped(document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  if (!('range' in change)) return change;
  const start = document.positionAt(document.offsetAt(change.range.start));
  const end = document.positionAt(document.offsetAt(change.range.end));
  return { range: { start, end }, text: change.text };
}

export const TEXT_DOCUMENTS: TextDocumentsConfiguration<TextDocument> = {
  create: TextDocument.create,
  update(document, changes, version) {
    // One change at a time: each change's positions refer to the text the previous one left.
    for (const change of changes) TextDocument.update(document, [clamped(document, change)], version);
    if (!changes.length) TextDocument.update(document, [], version);
    return document;
  },
};
