// Playwright helpers for driving the VS Code workbench (code-server in Chromium) as a person would.
// Reusable by UI scenarios: open a workbench with the extension, run palette commands, hover text in the
// editor, open the quick-fix menu, take screenshots into test-results/screenshots/.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launchBrowser, REPO, startCodeServer } from './code-server.mjs';

export const SCREENSHOTS = join(REPO, 'test-results', 'screenshots');
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
// Settings for stable pictures: a fixed theme (no "try the new theme" prompt), no minimap noise.
export const UI_SETTINGS = {
  'workbench.colorTheme': 'Default Light Modern',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'window.commandCenter': true,
};

/**
 * Starts code-server on a temporary copy of seeds/ with the extension in development mode, opens Chromium on
 * it (optionally with `openFile`, a name inside seeds/) and waits for the workbench. `locale` (zh-cn): the
 * display language, with a stand-in language pack (code-server.mjs), so extensions run in it.
 * Returns { server, browser, page, workspace, file(name), close() }.
 */
export async function openWorkbench({ openFile, settings, viewport, locale, source, log = () => {} } = {}) {
  const tempRoot = mkdtempSync(join(tmpdir(), 'huiyi-ui-'));
  const workspace = join(tempRoot, 'seeds'); // shown as "seeds" in the explorer and title
  // `source`: another folder copied as the workspace (the bench's 10,000 reports).
  cpSync(source ?? join(REPO, 'seeds'), workspace, { recursive: true });
  const server = await startCodeServer({ folder: workspace, settings: { ...UI_SETTINGS, ...settings }, locale, log, echo: Boolean(process.env.HUIYI_VSCODE_VERBOSE) });
  let browser;
  try {
    browser = await launchBrowser({ viewport });
    const { page } = browser;
    await page.goto(server.url({ folder: workspace, openFile: openFile && join(workspace, openFile), extensionDevelopmentPath: REPO }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    // The explorer has resolved the folder once a file row is shown.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    // Info toasts ("try the new theme", …) would cover the editor in screenshots; errors still show.
    await runCommand(page, 'Notifications: Toggle Do Not Disturb Mode');
  } catch (error) {
    await browser?.close();
    await server.stop();
    rmSync(tempRoot, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await browser.close().catch(() => {});
    await server.stop().catch(() => {});
    rmSync(tempRoot, { recursive: true, force: true });
  };
  return { server, browser, page: browser.page, workspace, file: (name) => join(workspace, name), close };
}

/** Collapses the explorer's folder section so the views below it (Outline, Timeline, Officials…) get the room. */
export async function collapseFolderSection(page) {
  const header = page.locator('.explorer-viewlet .pane-header', { has: page.locator('.title', { hasText: /./ }) }).first();
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/** Drags the sidebar's edge so the sidebar is `width` pixels wide (long Chinese names need the room). */
export async function setSidebarWidth(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
}

/** Collapses every explorer section but the one whose header shows `keep` (gives it the whole sidebar). */
export async function collapseSectionsExcept(page, keep) {
  const headers = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]');
  for (let i = (await headers.count()) - 1; i >= 0; i--) {
    const header = headers.nth(i);
    if (!(await header.innerText()).includes(keep)) await header.click();
  }
}

/** Clicks the action `label` (its tooltip: a command's title) in the title bar of the view whose header shows `viewName`. */
export async function clickViewAction(page, viewName, label) {
  const header = page.locator('.pane-header', { hasText: viewName });
  await header.hover(); // the actions show while the header is hovered or focused
  await header.locator(`.actions .action-label[aria-label="${label}"]`).click();
}

/** Dismisses all notifications (they cover the editor in screenshots). */
export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
}

/** Runs a command from the command palette by its label (as typed after ">"). */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor();
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 15000 });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a file of the workspace by name through quick open (Ctrl+P, which needs ripgrep). */
export async function quickOpen(page, name) {
  await page.keyboard.press(`${MOD}+P`);
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor();
  await input.fill(name);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 15000 });
  await row.click(); // not Enter: the highlighted row may still be a recently opened file
  await page.locator('.tab.active', { hasText: name }).waitFor();
}

/** Waits until the active editor shows `text`. */
export async function waitForEditorText(page, text, timeout = 30000) {
  await page.locator('.editor-instance .view-lines', { hasText: text }).first().waitFor({ timeout });
}

/** The Outline view's pane; runs "Explorer: Focus on Outline View" and waits for a row with `rowText`. */
export async function openOutline(page, rowText, timeout = 60000) {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /outline/i }) });
  await pane.locator('.monaco-list-row', { hasText: rowText }).first().waitFor({ timeout });
  return pane;
}

/**
 * Screen point (centre) of the `nth` rendered occurrence of `text` in the active editor's visible lines,
 * measured with a DOM Range (exact for mixed-width CJK/ASCII text). Waits until it is rendered.
 */
export async function textPoint(page, text, { nth = 0, timeout = 30000 } = {}) {
  const handle = await page.waitForFunction(
    ({ text, nth }) => {
      let seen = 0;
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          let index = node.data.indexOf(text);
          while (index >= 0) {
            if (seen++ === nth) {
              const range = document.createRange();
              range.setStart(node, index);
              range.setEnd(node, index + text.length);
              const rect = range.getBoundingClientRect();
              if (rect.width === 0) return null;
              return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
            }
            index = node.data.indexOf(text, index + 1);
          }
        }
      }
      return null;
    },
    { text, nth },
    { timeout },
  );
  return handle.jsonValue();
}

/** Focuses an explorer view by its name (e.g. 'Officials') and waits for a row with `rowText`. */
export async function openExplorerView(page, viewName, rowText, timeout = 60000) {
  await runCommand(page, `Focus on ${viewName} View`);
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: viewName }) });
  await pane.locator('.monaco-list-row', { hasText: rowText }).first().waitFor({ timeout });
  return pane;
}

/** Hovers the mouse over the `nth` rendered occurrence of `text` in the editor; returns the hover's text. */
export async function hoverText(page, text, { nth = 0, timeout = 30000 } = {}) {
  const point = await textPoint(page, text, { nth, timeout });
  await page.mouse.move(point.x, point.y);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
  await hover.waitFor({ timeout });
  return hover.innerText();
}

/** Clicks the `nth` occurrence of `text` (cursor there) and opens the quick-fix menu (Ctrl+.); returns its items. */
export async function openQuickFix(page, text, { nth = 0, timeout = 30000 } = {}) {
  const point = await textPoint(page, text, { nth, timeout });
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press(`${MOD}+Period`);
  const menu = page.locator('.action-widget').first();
  await menu.locator('.monaco-list-row').first().waitFor({ timeout });
  return menu;
}

/** Waits until the active editor shows diagnostics squiggles (the language server has published). */
export async function waitForSquiggles(page, timeout = 60000) {
  await page.locator('.editor-instance .view-overlays [class*="squiggly-"]').first().waitFor({ state: 'attached', timeout });
}

/** Saves a screenshot of the page as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Copies a screenshot into the repository (e.g. docs/screenshot-outline.png for the README). */
export function publishScreenshot(file, relativeTarget) {
  const target = join(REPO, relativeTarget);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  return target;
}
