// Turns the random edits of documents.mjs into LSP content changes on a given text, and applies
// them the way the protocol says, each on a fresh TextDocument (so the expected text never
// depends on the incremental line bookkeeping of the document under test).
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Offsets where lines start (after \r\n, \r or \n). */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** The position a naive client writes for `offset`: inside a CRLF it points between \r and \n. */
function positionOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** The LSP content change that `edit` (from documents.mjs) makes on `text`. */
export function contentChange(text, edit) {
  if (edit.how === 'full') return { text: edit.text };
  const starts = lineStarts(text);
  if (edit.how === 'raw') {
    const start = { line: edit.line % (starts.length + 2), character: edit.character };
    const end = { line: start.line + (edit.length % 3), character: edit.length % 50 };
    return { range: { start, end }, text: edit.text };
  }
  const from = edit.at % (text.length + 1);
  const to = from + (edit.length % (text.length - from + 1));
  return { range: { start: positionOf(starts, from), end: positionOf(starts, to) }, text: edit.text };
}

/** `text` after one content change, as a fresh document reads the change's positions. */
export function applyChange(text, change) {
  const document = TextDocument.create('file:///reference', 'plaintext', 0, text);
  return TextDocument.update(document, [change], 1).getText();
}

/** The notifications' content changes, each written against the text it meets, and the final text. */
export function planEdits(text, notifications) {
  const sent = [];
  let current = text;
  for (const edits of notifications) {
    const changes = [];
    for (const e of edits) {
      const change = contentChange(current, e);
      changes.push(change);
      current = applyChange(current, change);
    }
    sent.push(changes);
  }
  return { notifications: sent, finalText: current };
}
