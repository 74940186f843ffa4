// cleanup.halfwidth-punctuation: ASCII , ; : ? ! ( ) standing between CJK characters. The fix
// writes the full-width form. A style hint: off the fix-all path, and can be turned off.
import { isCjkAt, isHanAt } from '../cjk';
import type { Detector } from '../detector';
import { DescribedFinding, type Describe, type Finding } from '../finding';
import { isQuestion } from './question-marks';
import { t } from '../../l10n';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** `test` with lastIndex walks the matches without allocating a match array for each one. */
const PATTERN = /[,;:?!()]/g;

const describe: Describe = (text, start) => t('Half-width "{0}" between Chinese characters; the fix writes "{1}".', text[start], FULL[text[start]]);

export const halfwidthPunctuation: Detector<'cleanup.halfwidth-punctuation'> = {
  code: 'cleanup.halfwidth-punctuation',
  detect({ text }) {
    const out: Finding<'cleanup.halfwidth-punctuation'>[] = [];
    PATTERN.lastIndex = 0;
    while (PATTERN.test(text)) {
      const i = PATTERN.lastIndex - 1;
      if (!isCjkAt(text, i - 1) || !isCjkAt(text, i + 1)) continue;
      const ch = text[i];
      // A "?" between Han characters is a lost character unless it ends a question.
      if (ch === '?' && isHanAt(text, i - 1) && isHanAt(text, i + 1) && !isQuestion(text, i)) continue;
      out.push(new DescribedFinding('cleanup.halfwidth-punctuation', text, i, i + 1, describe, FULL[ch]));
    }
    return out;
  },
};
