// Entry of the real-editor suite: @vscode/test-electron (or code-server through
// ../code-server-electron.mjs) loads this file in the extension host and calls run().
// Every `*.test.js` file in this folder is a test file — one file per feature
// (outline.test.js, diagnostics.test.js, hover.test.js, …); helpers live in helpers.js.
// HUIYI_VSCODE_GREP (a mocha grep) and HUIYI_VSCODE_FILES (comma-separated file names) narrow a run.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.HUIYI_VSCODE_TEST_TIMEOUT || 60000),
    grep: process.env.HUIYI_VSCODE_GREP || undefined,
  });
  const only = (process.env.HUIYI_VSCODE_FILES || '').split(',').map((s) => s.trim()).filter(Boolean);
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => only.length === 0 || only.includes(name))
    .sort();
  // activation.test.js first (it checks the state before anything opened a report); host-log.test.js last
  // (it reads the logs everything else produced).
  const rank = (name) => (name === 'activation.test.js' ? -1 : name === 'host-log.test.js' ? 1 : 0);
  files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const name of files) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
};
