// The extension host's log and Huiyi's output channel hold no errors from Huiyi. Runs last (index.js).
// Needs HUIYI_TEST_USER_DATA_DIR (set by code-server-electron.mjs, and by run.mjs for desktop VS Code);
// skipped without it.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

function logFiles(dir) {
  const found = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.log')) found.push(full);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return found;
}

describe('extension host log', () => {
  it('holds no errors from Huiyi', function () {
    const userData = process.env.HUIYI_TEST_USER_DATA_DIR;
    if (!userData) this.skip();
    const files = logFiles(path.join(userData, 'logs'));
    const huiyiChannel = files.filter((f) => /huiyi/i.test(path.basename(path.dirname(f))) || /^\d*-?Huiyi/.test(path.basename(f)));
    const hostLogs = files.filter((f) => /exthost\.log$/i.test(f));
    assert.ok(hostLogs.length > 0, `no extension host log under ${userData}/logs`);
    const errors = [];
    for (const file of huiyiChannel) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (/\[error\]/.test(line)) errors.push(`${path.basename(file)}: ${line}`);
    }
    for (const file of hostLogs) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (/\[error\]/.test(line) && /huiyi/i.test(line)) errors.push(`${path.basename(file)}: ${line}`);
      }
    }
    assert.deepEqual(errors, []);
  });
});
