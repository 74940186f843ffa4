// cleanup.halfwidth-punctuation: ASCII , ; : ? ! ( ) standing between CJK characters. The fix
// writes the full-width form. A style hint: off the fix-all path, and can be turned off.
import { isCjkAt, isHanAt } from '../cjk';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { isQuestion } from './question-marks';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const PATTERN = /[,;:?!()]/g;

export const halfwidthPunctuation: Detector = {
  code: 'cleanup.halfwidth-punctuation',
  detect({ text }) {
    const out: Finding[] = [];
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(text))) {
      const i = m.index;
      if (!isCjkAt(text, i - 1) || !isCjkAt(text, i + 1)) continue;
      const ch = m[0];
      // A "?" between Han characters is a lost character unless it ends a question.
      if (ch === '?' && isHanAt(text, i - 1) && isHanAt(text, i + 1) && !isQuestion(text, i)) continue;
      out.push(finding('cleanup.halfwidth-punctuation', i, i + 1, `Half-width "${ch}" between Chinese characters; the fix writes "${FULL[ch]}".`, FULL[ch]));
    }
    return out;
  },
};
