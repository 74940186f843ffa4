// Class 12: a hover card's "First seen" and "Last seen" follow the meetings' dates (ISO where
// known, the page's publication date where the meeting's own is not), whatever the order of the
// files; a meeting with no date at all is neither the first nor the last seen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc } from './helpers.mjs';

const meeting = (opening) => `县委召开常委会会议\n${opening}，县委召开常委会会议。县委书记王立新主持会议并讲话。\n会议强调，要抓好落实。\n`;

// File names in an order that is not the order in time.
const FILES = {
  'file:///corpus/a-2022.txt': meeting('2022年6月1日'),
  'file:///corpus/b-undated.txt': meeting('日前'),
  'file:///corpus/c-2021.txt': meeting('2021年3月5日'),
  'file:///corpus/d-published.txt': `发布时间：2023-05-01\n${meeting('近日')}`,
};

function appearances() {
  return Object.entries(FILES).flatMap(([uri, text]) => {
    const d = doc(text, { uri });
    return core.ownAppearances(d, core.buildReportModel(d), '王立新');
  });
}

test('the index summary dates a meeting by the page when the meeting has no date of its own', () => {
  const d = doc(FILES['file:///corpus/d-published.txt'], { uri: 'file:///corpus/d-published.txt' });
  const summary = core.summarizeReport(core.buildReportModel(d), (o) => d.positionAt(o));
  assert.deepEqual(summary.meetings.map((m) => m.iso), ['2023-05-01']);
});

test('first and last seen are the earliest and latest dated meetings, with their ISO dates', () => {
  const uri = 'file:///corpus/a-2022.txt';
  const d = doc(FILES[uri], { uri });
  const model = core.buildReportModel(d);
  const card = core.officialHover(d, model, FILES[uri].indexOf('王立新'), appearances()).contents.value;
  const first = card.match(/First seen: (.*)/)[1];
  const last = card.match(/Last seen: (.*)/)[1];
  assert.match(first, /^\[2021-03-05 · /);
  assert.match(first, /c-2021\.txt/);
  assert.match(last, /^\[2023-05-01 · /);
  assert.match(last, /d-published\.txt/);
  // The undated meeting is still listed among the appearances.
  assert.match(card, /Appearances: 4 meetings in 4 files\n/);
  assert.match(card, /b-undated\.txt/);
});
