// cleanup.halfwidth-punctuation: ASCII , ; : ? ! ( ) standing between CJK characters. The fix
// writes the full-width form. A style hint: off the fix-all path, and can be turned off.
import { isCjkAt, isHanAt } from '../cjk';
import type { Detector } from '../detector';
import { DescribedFinding, type Describe, type Finding } from '../finding';
import { isQuestion } from './question-marks';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** The ASCII punctuation this detector looks at, by code unit (a scan, not a regex: a pinyin-damaged file has two parentheses per character). */
const PUNCTUATION = (() => {
  const t = new Uint8Array(0x80);
  for (const ch of Object.keys(FULL)) t[ch.charCodeAt(0)] = 1;
  return t;
})();

const describe: Describe = (text, start) => `Half-width "${text[start]}" between Chinese characters; the fix writes "${FULL[text[start]]}".`;

export const halfwidthPunctuation: Detector = {
  code: 'cleanup.halfwidth-punctuation',
  detect({ text }) {
    const out: Finding[] = [];
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 || !PUNCTUATION[c]) continue;
      if (!isCjkAt(text, i - 1) || !isCjkAt(text, i + 1)) continue;
      const ch = text[i];
      // A "?" between Han characters is a lost character unless it ends a question.
      if (ch === '?' && isHanAt(text, i - 1) && isHanAt(text, i + 1) && !isQuestion(text, i)) continue;
      out.push(new DescribedFinding('cleanup.halfwidth-punctuation', text, i, i + 1, describe, FULL[ch]));
    }
    return out;
  },
};
