// cleanup.control-chars: C0/C1 controls other than tab and line endings, zero-width characters,
// a BOM inside the text, private-use characters. The fix removes them.
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { shown } from '../cjk';
import { t } from '../../l10n';

// U+200D (zero-width joiner) is left alone next to astral characters: it joins emoji.
const PATTERN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200c\u200d\u200e\u200f\u2060-\u2064\ufeff\ue000-\uf8ff]+/g;

/** The message of a run: its length, or for one character its kind, and the run as shown. */
function describe(run: string, seen: string): string {
  if (run.length > 1) return t('{0} invisible characters ({1}) left by a conversion or a web page; the fix removes them.', run.length, seen);
  const c = run.charCodeAt(0);
  if (c >= 0xe000 && c <= 0xf8ff) return t('A private-use character ({0}) left by a conversion or a web page; the fix removes it.', seen);
  if (c === 0xfeff) return t('A byte-order mark inside the text ({0}) left by a conversion or a web page; the fix removes it.', seen);
  if (c >= 0x200b) return t('A zero-width character ({0}) left by a conversion or a web page; the fix removes it.', seen);
  return t('A control character ({0}) left by a conversion or a web page; the fix removes it.', seen);
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
      out.push(finding('cleanup.control-chars', start, end, describe(run, shown(run, 8)), ''));
    }
    return out;
  },
};
