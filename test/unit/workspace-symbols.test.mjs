// Workspace symbols' names (issue 18 §1): VS Code's Ctrl+T keeps a symbol only when the query's
// characters occur in order within the first 128 or so of "$(symbol-event) " + its name, so the
// name holds the date, the chair and the simplified spelling, short enough for all of it to count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc } from './helpers.mjs';

const inOrder = (query, name) => {
  let at = 0;
  for (const ch of query) if ((at = name.indexOf(ch, at) + 1) === 0) return false;
  return true;
};
const names = (text) => {
  const d = doc(text);
  return core.meetingEntries(core.buildReportModel(d), () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).map((e) => e.symbolName);
};

test('a long traditional headline: date, chair and the simplified spelling all within the budget', () => {
  const headline = '經開區黨工委召開全區經濟社會發展暨招商引資重點項目建設安全生產和疫情防控工作推進會議';
  const [name] = names(`${headline}\n8月26日上午，經開區黨工委召開會議。黨工委書記王俊嶺主持會議并講話。\n王俊嶺強調，要抓好落實。\n`);
  assert.ok(name.length <= 100, name);
  for (const query of ['8月26日', '王俊嶺', '王俊岭', '经开区党工委', '經開區黨工委']) assert.ok(inOrder(query, name), `${query} in ${name}`);
});
