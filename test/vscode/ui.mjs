#!/usr/bin/env node
// UI test, as a person sees it: Playwright (playwright-core + /usr/bin/chromium) drives code-server with the
// extension loaded from this folder, on a temporary copy of seeds/. Screenshots go to test-results/screenshots/
// (CI artifacts); with HUIYI_UI_PUBLISH=1 the outline one also replaces docs/screenshot-outline.png (the README's).
//
// Add a scenario to SCENARIOS below (helpers: ./lib/workbench.mjs: runCommand, quickOpen, openOutline,
// hoverText, openExplorerView, openQuickFix, waitForSquiggles, screenshot, publishScreenshot). HUIYI_UI_ONLY=<name,…> runs some of them;
// HUIYI_HEADED=1 shows the browser (needs a display).
import assert from 'node:assert/strict';
import { OVERVIEW_SCENARIOS } from './overview-ui.mjs';
import { clearNotifications, collapseFolderSection, collapseSectionsExcept, hoverText, openExplorerView, openQuickFix, waitForSquiggles, setSidebarWidth, openWorkbench, openOutline, quickOpen, screenshot, publishScreenshot, waitForEditorText } from './lib/workbench.mjs';

const SEED_000 = '000_afaa12a064718efa.txt';
const SEED_001 = '001_e0a15ec941fbfe46.txt';
const MEETINGS_000 = ['八公山区招商引资、重点项目建设调度会', '区委理论学习中心组学习会议召开', '全区文明创建工作调度会召开', '八公山区召开双拥工作领导小组'];

const SCENARIOS = [
  {
    name: 'outline',
    async run({ page }) {
      await quickOpen(page, SEED_000);
      await waitForEditorText(page, '八公山区');
      const pane = await openOutline(page, '八公山区招商引资、重点项目建设调度会');
      await collapseFolderSection(page);
      await setSidebarWidth(page, 520);
      await clearNotifications(page);
      await pane.locator('.monaco-list-row', { hasText: MEETINGS_000[3] }).waitFor();
      const rows = await pane.locator('.monaco-list-row').allInnerTexts();
      for (const name of MEETINGS_000) {
        assert.ok(rows.some((row) => row.includes(name)), `the Outline view lists ${name}; rows: ${JSON.stringify(rows)}`);
      }
      const file = await screenshot(page, 'outline');
      if (process.env.HUIYI_UI_PUBLISH === '1') publishScreenshot(file, 'docs/screenshot-outline.png');
      return file;
    },
  },
  {
    name: 'hover',
    async run({ page }) {
      await quickOpen(page, SEED_000);
      await waitForEditorText(page, '八公山区');
      const text = await hoverText(page, '汤洁');
      assert.ok(text.includes('区委书记'), `the hover on 汤洁 shows 区委书记: ${JSON.stringify(text)}`);
      return screenshot(page, 'hover-official');
    },
  },
  {
    name: 'quick-fix',
    async run({ page }) {
      await quickOpen(page, SEED_001);
      await waitForEditorText(page, '王俊嶺');
      await waitForSquiggles(page);
      const menu = await openQuickFix(page, '(jīng)'); // pinyin glued after 經
      const items = await menu.locator('.monaco-list-row.action').allInnerTexts();
      assert.ok(items.length > 0, 'the quick-fix menu offers repairs');
      // Issue 18 §5: the highlighted first item repairs the annotation; fix-all is in the menu too.
      assert.match(items[0], /Remove the pinyin annotation/, `first item: ${JSON.stringify(items)}`);
      assert.ok(items.some((item) => item.includes('Fix all damage in this file')), `fix-all offered: ${JSON.stringify(items)}`);
      const file = await screenshot(page, 'quick-fix');
      await page.keyboard.press('Escape');
      return `${file} (${items.length} actions: ${items.slice(0, 3).join(' | ')})`;
    },
  },
  {
    name: 'officials-view',
    async run({ page }) {
      await quickOpen(page, SEED_000);
      await waitForEditorText(page, '八公山区');
      const pane = await openExplorerView(page, 'Officials', '汤洁');
      await collapseSectionsExcept(page, 'OFFICIALS');
      await setSidebarWidth(page, 520);
      const rows = await pane.locator('.monaco-list-row').allInnerTexts();
      for (const name of ['汤洁', '胡汪兴', '陈彦臣']) assert.ok(rows.some((row) => row.includes(name)), `the Officials view lists ${name}; rows: ${JSON.stringify(rows)}`);
      // Proper plural forms (issue 18 §7): "1 meeting", "4 meetings", never "1 meetings" or "meeting(s)".
      assert.ok(rows.some((row) => /\b\d+ meetings?\b/.test(row)), `meeting counts in the rows: ${JSON.stringify(rows)}`);
      assert.ok(!rows.some((row) => /\b1 meetings\b|meeting\(s\)/.test(row)), `plural forms: ${JSON.stringify(rows)}`);
      return screenshot(page, 'officials-view');
    },
  },
  // The Corpus Overview (issue 17, ./overview-ui.mjs); the dark one leaves the dark theme on, so they come last.
  ...OVERVIEW_SCENARIOS,
];

const say = (line) => process.stderr.write(`[ui] ${line}\n`);
const only = (process.env.HUIYI_UI_ONLY ?? '').split(',').filter(Boolean);
const started = Date.now();
let failures = 0;
let workbench;
try {
  workbench = await openWorkbench({ log: say });
  say(`workbench ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const scenario of SCENARIOS) {
    if (only.length && !only.includes(scenario.name)) continue;
    const t0 = Date.now();
    try {
      const result = await scenario.run(workbench);
      say(`✔ ${scenario.name} (${Date.now() - t0} ms)${result ? ` → ${result}` : ''}`);
    } catch (error) {
      failures++;
      const shot = await screenshot(workbench.page, `${scenario.name}-FAILED`).catch(() => undefined);
      say(`✘ ${scenario.name}: ${error.stack ?? error.message}${shot ? `\n  screenshot: ${shot}` : ''}`);
    }
  }
} catch (error) {
  failures++;
  say(`FAILED to open the workbench: ${error.stack ?? error.message}`);
} finally {
  await workbench?.close();
}
say(`${failures ? `${failures} failed` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures ? 1 : 0);
