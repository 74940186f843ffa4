// The normalized view: what the parser reads, and how every offset maps back to the raw text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core, seed } from './helpers.mjs';

test('pinyin annotations and lost indents are deleted; traditional read as simplified', () => {
  const raw = '????8月26日,經(jīng)開區(qū)召開會議。';
  const view = core.buildView(raw);
  assert.equal(view.cleaned, '8月26日,經開區召開會議。');
  assert.equal(view.normalized, '8月26日，经开区召开会议。');
  assert.equal(view.normalized.length, view.cleaned.length);
});

test('a name found in the view is reported at its exact place in the raw text', () => {
  const { text } = seed('001');
  const view = core.buildView(text);
  const at = view.normalized.indexOf('王俊岭');
  const span = view.toRawSpan(at, at + 3);
  assert.equal(text.slice(span.start, span.end), '王俊嶺');
  const kai = view.normalized.indexOf('经开区');
  const kaiSpan = view.toRawSpan(kai, kai + 3);
  assert.equal(text.slice(kaiSpan.start, kaiSpan.end), '經(jīng)開區(qū)'.slice(0, '經(jīng)開區'.length));
});

test('CRLF and a BOM keep offsets exact', () => {
  const raw = '\ufeff8月1日，區委召開會議。\r\n會(huì)議強調，要抓落實。\r\n';
  const view = core.buildView(raw);
  const i = view.normalized.indexOf('强调');
  const s = view.toRawSpan(i, i + 2);
  assert.equal(raw.slice(s.start, s.end), '強調');
});

test('property: every view character maps to the same character (or its simplified form) in the raw text', () => {
  const piece = fc.constantFrom('會議', '(huì)', '????', '，', ',', '\r\n', '\n', 'abc', '汤洁', '(PPP)', '經', '(jīng)', '?', '\ufeff', '\ud800');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const raw = parts.join('');
      const view = core.buildView(raw);
      assert.equal(view.cleaned.length, view.normalized.length);
      for (let i = 0; i < view.cleaned.length; i++) {
        const r = view.map.toRaw(i);
        assert.equal(raw[r], view.cleaned[i], `view ${i} → raw ${r}`);
      }
    }),
    { numRuns: 300 },
  );
});
