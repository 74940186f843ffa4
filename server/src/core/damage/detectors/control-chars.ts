// cleanup.control-chars: C0/C1 controls other than tab and line endings, zero-width characters,
// a BOM inside the text, private-use characters. The fix removes them.
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { shown } from '../cjk';

// U+200D (zero-width joiner) is left alone next to astral characters: it joins emoji.
const PATTERN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200c\u200d\u200e\u200f\u2060-\u2064\ufeff\ue000-\uf8ff]+/g;

function describe(run: string): string {
  const c = run.charCodeAt(0);
  if (c >= 0xe000 && c <= 0xf8ff) return 'private-use character';
  if (c === 0xfeff) return 'byte-order mark inside the text';
  if (c >= 0x200b) return 'zero-width character';
  return 'control character';
}

export const controlChars: Detector = {
  code: 'cleanup.control-chars',
  detect({ text }) {
    const out: Finding[] = [];
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(text))) {
      let start = m.index;
      const end = start + m[0].length;
      if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1; // the file's own BOM
      if (start >= end) continue;
      const run = text.slice(start, end);
      if (run === '\u200d' && (/[\ud800-\udfff]/.test(text[start - 1] ?? '') || /[\ud800-\udfff]/.test(text[end] ?? ''))) continue;
      const kind = describe(run);
      out.push(finding('cleanup.control-chars', start, end, `${run.length > 1 ? `${run.length} invisible characters` : `A ${kind}`} (${shown(run, 8)}) left by a conversion or a web page; the fix removes ${run.length > 1 ? 'them' : 'it'}.`, ''));
    }
    return out;
  },
};
