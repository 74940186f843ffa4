// Helpers for the tests that go through the language service (service-*.test.mjs): in-memory
// documents, positions of a needle, applying edits, and a workspace made of the service's own
// summaries (what the corpus index keeps of each file), looked up as the server's index does.
import { core, doc, seedDoc } from './helpers.mjs';
import { createRequire } from 'node:module';

const { TextDocument } = createRequire(import.meta.url)('vscode-languageserver-textdocument');
export { core, doc, seedDoc };

/** The position of the nth occurrence of `needle` in the document. */
export function positionOf(document, needle, nth = 0) {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} (${nth}) not in ${document.uri}`);
  }
  return document.positionAt(index);
}

export function textAt(document, range) {
  return document.getText().slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

export function apply(document, edits) {
  return TextDocument.applyEdits(document, edits);
}

/** The edits of a versioned WorkspaceEdit on one document. */
export function editsOf(edit) {
  return edit.documentChanges.flatMap((c) => c.edits);
}

/** The other files of a workspace, for hover, references and rename: what the server's corpus index answers. */
export function workspaceOf(service, documents) {
  const summaries = documents.map((d) => service.summarize(d)).filter(Boolean);
  const each = (name, fn) => summaries.flatMap((s) => s.officials.filter((o) => o.name === name).slice(0, 1).flatMap((o) => fn(s, o)));
  return {
    summaries,
    appearances: (name) => each(name, core.summaryAppearances),
    locations: (name) => each(name, core.summaryLocations),
  };
}

/**
 * The same, knowing which meetings are copies of one another, as the server's index does: each
 * summary's signatures in a MeetingClusters, the copies' ranges from the summaries.
 */
export function workspaceWithCopies(service, documents) {
  const workspace = workspaceOf(service, documents);
  const clusters = new core.MeetingClusters();
  for (const s of workspace.summaries) clusters.set(s.uri, s.meetings.flatMap((m) => (m.signature ? [m.signature] : [])));
  const rangeOf = (uri, meeting) => workspace.summaries.find((s) => s.uri === uri)?.meetings[meeting]?.entry.range;
  return { ...workspace, clusters, copiesOf: (uri, meeting) => clusters.copiesOf(uri, meeting), rangeOf };
}

/** A traditional-script copy of a few sentences about 汤洁, as another file of the workspace. */
export const TRADITIONAL_REPORT = '區委召開會議\n3月5日上午，區委常委會召開會議。區委書記湯潔主持會議并講話。區長朱傑出席會議。\n湯潔強調，要抓好落實。\n';
