// Issue 4: a hover on an official shows their titles — 汤洁 is 区委书记 in seed 000.
'use strict';
const assert = require('node:assert/strict');
const h = require('./helpers');

describe('hover', () => {
  after(h.closeAllEditors);

  it('on 汤洁 in seed 000 shows 区委书记', async () => {
    const { document } = await h.openSeed('000');
    const text = await h.hoverText(document.uri, h.positionOf(document, '汤洁'));
    assert.ok(text.includes('区委书记'), `hover text: ${JSON.stringify(text)}`);
  });
});
