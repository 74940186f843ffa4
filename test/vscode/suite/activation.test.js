// The extension activates on a plaintext report, not at startup.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

describe('activation', () => {
  it('is not active before a report is opened, and activates on seed 000 (plaintext)', async () => {
    const ext = h.extension();
    // Runs first (index.js orders it); nothing has opened a plaintext file yet.
    assert.equal(ext.isActive, false, 'the extension must not activate at startup (no "*" activation)');
    const { document } = await h.openSeed('000');
    assert.equal(document.languageId, 'plaintext');
    await h.waitFor(() => ext.isActive, { message: 'the extension to activate' });
  });
});
