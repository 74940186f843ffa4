// Fuzz: a document opened and edited incrementally over real LSP reads exactly like a fresh open
// of its final text. Random report-like documents get random didChange edits (ranges from offsets
// inside surrogate pairs and CRLFs, raw positions past line ends, whole-text replacements); then
// diagnostics, document symbols, folding ranges, semantic tokens and a hover of the edited document
// must equal those of the final text opened under a new uri (uris and versions aside).
// One server serves every case; cases run in concurrent batches so the 200 ms debounce of the
// diagnostics is paid once per batch, not once per case. Every wait has a timeout and fails if the
// server exits, so a failing batch fails (and shrinks) instead of hanging.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../protocol/lsp-client.mjs';
import { core, doc } from '../unit/helpers.mjs';
import { changeNotifications, documentText } from './documents.mjs';
import { planEdits } from './edits.mjs';
import { fuzzParameters, runsFor } from './fuzz-config.mjs';

const BATCH = 25;
const CASES = runsFor('lsp');

const fuzzCase = fc.record({
  text: documentText,
  languageId: fc.constantFrom('meeting-report', 'meeting-report', 'meeting-report', 'plaintext'),
  notifications: changeNotifications,
  hoverAt: fc.nat(),
  hoverOnToken: fc.boolean(),
});
// Mean length BATCH; a failing batch shrinks to the one case that fails.
const batch = fc.array(fuzzCase, { minLength: 1, maxLength: 2 * BATCH, size: 'max' });

let server;
let run = 0;
let casesRun = 0;
/** How many cases had something to compare (printed, so a suite that compares empty lists shows). */
const seen = { diagnostics: 0, symbols: 0, tokens: 0, hover: 0, characters: 0 };

before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

/** Whether the server publishes diagnostics for this text (a report, or a skipped file), as the core decides. */
function publishes(text, languageId) {
  const admission = core.admit(languageId, text, core.DEFAULT_SETTINGS);
  if (admission.kind !== 'analyse') return admission.kind === 'skip';
  return languageId === 'meeting-report' || core.buildReportModel(doc(text, { languageId })).isReport;
}

/** Replaces the case's two uris by one placeholder and every version by 0. */
function normalized(value, uris) {
  let json = JSON.stringify(value ?? null, (key, v) => (key === 'version' && typeof v === 'number' ? 0 : v));
  for (const uri of uris) json = json.replaceAll(uri, '<uri>').replaceAll(uri.slice(uri.lastIndexOf('/') + 1), '<file>');
  return JSON.parse(json);
}

/** A position of the final text to hover: on an official or title (a semantic token) or anywhere. */
function hoverPosition(text, tokens, c) {
  const data = tokens?.data ?? [];
  if (c.hoverOnToken && data.length) {
    const pick = c.hoverAt % (data.length / 5);
    let line = 0;
    let character = 0;
    for (let k = 0; k <= pick; k++) {
      line += data[5 * k];
      character = data[5 * k] ? data[5 * k + 1] : character + data[5 * k + 1];
    }
    return { line, character: character + (c.hoverAt % (data[5 * pick + 2] + 1)) };
  }
  return TextDocument.create('file:///x', 'plaintext', 1, text).positionAt(c.hoverAt % (text.length + 1));
}

async function features(uri, position) {
  const textDocument = { uri };
  const [symbols, folding, tokens] = await Promise.all([
    server.request('textDocument/documentSymbol', { textDocument }),
    server.request('textDocument/foldingRange', { textDocument }),
    server.request('textDocument/semanticTokens/full', { textDocument }),
  ]);
  const hover = position ? await server.request('textDocument/hover', { textDocument, position }) : undefined;
  return { symbols, folding, tokens, hover };
}

async function runBatch(cases) {
  run++;
  const planned = cases.map((c, i) => ({
    c,
    ...planEdits(c.text, c.notifications),
    edited: `file:///fuzz/r${run}-c${i}-edited.huiyi`,
    fresh: `file:///fuzz/r${run}-c${i}-fresh.huiyi`,
  }));
  try {
    // Open and edit every case, then open every final text fresh. Notifications keep their order.
    for (const p of planned) {
      await server.open(p.edited, p.c.text, p.c.languageId);
      for (const changes of p.notifications) p.version = await server.change(p.edited, changes);
    }
    for (const p of planned) await server.open(p.fresh, p.finalText, p.c.languageId);
    // Every document has had its last run (so one that publishes nothing has had its clear).
    await server.settle(60000);
    // Every case ends before the documents are closed (none still waits on the next batch's server).
    const outcomes = await Promise.allSettled(
      planned.map(async (p) => {
        const uris = [p.edited, p.fresh];
        // Diagnostics of the last version (or, for a document Huiyi does not serve, none or a clear).
        const expected = publishes(p.finalText, p.c.languageId);
        const last = async (uri, version) => {
          if (expected) return (await server.waitForDiagnostics(uri, (d) => d.version === version, 60000)).diagnostics;
          const state = server.diagnosticsOf(uri);
          assert.ok(!state || (state.version === undefined && !state.diagnostics.length), `nothing published for ${uri}, or a clear`);
          return [];
        };
        const [edited, fresh] = await Promise.all([last(p.edited, p.version), last(p.fresh, 1)]);
        assert.deepEqual(normalized(edited, uris), normalized(fresh, uris), 'diagnostics');
        // The hover position comes from the fresh document's tokens, the same for both.
        const freshTokens = await server.request('textDocument/semanticTokens/full', { textDocument: { uri: p.fresh } });
        const position = hoverPosition(p.finalText, freshTokens, p.c);
        const [a, b] = await Promise.all([features(p.edited, position), features(p.fresh, position)]);
        assert.deepEqual(normalized(a, uris), normalized(b, uris), 'symbols, folding ranges, tokens and hover');
        seen.diagnostics += fresh.length ? 1 : 0;
        seen.symbols += b.symbols?.length ? 1 : 0;
        seen.tokens += b.tokens?.data.length ? 1 : 0;
        seen.hover += b.hover ? 1 : 0;
        seen.characters += p.finalText.length;
      }),
    );
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    for (const p of planned) {
      await server.close(p.edited);
      await server.close(p.fresh);
    }
    // Closed files that are not on disk leave the workspace index too.
    const deleted = planned.flatMap((p) => [p.edited, p.fresh]).map((uri) => ({ uri, type: 3 }));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: deleted });
  }
  casesRun += cases.length;
}

test(`LSP: incremental edits read like a fresh open of the final text (about ${CASES} cases in batches of 1 to ${2 * BATCH})`, async () => {
  const started = Date.now();
  await fc.assert(fc.asyncProperty(batch, runBatch), fuzzParameters(Math.ceil(CASES / BATCH)));
  assert.equal(server.child.exitCode, null, `the server is still running; stderr: ${server.stderr}`);
  assert.deepEqual(server.logs.filter((m) => m.startsWith('Error while computing')), [], 'the server logged no error');
  console.log(`lsp fuzz: ${casesRun} cases (shrinking included) in ${Date.now() - started} ms; with diagnostics ${seen.diagnostics}, symbols ${seen.symbols}, semantic tokens ${seen.tokens}, a hover card ${seen.hover}; ${Math.round(seen.characters / casesRun)} characters per final text`);
});

test('LSP: an edit whose range lies past the last line is read at the end of the document', async () => {
  // TextDocument.update alone leaves holes in its line table for such a range: positions came out
  // NaN (published as null) and later range edits landed at the wrong offsets.
  const uri = 'file:///fuzz/past-the-end.huiyi';
  await server.open(uri, '区委召开会议。', 'meeting-report');
  await server.waitForDiagnostics(uri, (d) => d.version === 1);
  await server.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '\n????会议指出' }]);
  await server.change(uri, [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, text: '，' }]);
  const published = await server.waitForDiagnostics(uri, (d) => d.version === 3);
  const marks = published.diagnostics.filter((d) => d.code === 'mojibake.question-marks');
  assert.deepEqual(marks.map((d) => d.range), [{ start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }]);
  const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(!JSON.stringify(symbols).includes('null'), JSON.stringify(symbols));
  await server.close(uri);
});
