// cleanup.halfwidth-punctuation: ASCII , ; : ? ! ( ) standing between CJK characters. The fix
// writes the full-width form. A style hint: off the fix-all path, and can be turned off.
import { isCjkAt, isHanAt } from '../cjk';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { isQuestion } from './question-marks';
import { t } from '../../l10n';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** `test` with lastIndex walks the matches without allocating a match array for each one. */
const PATTERN = /[,;:?!()]/g;

const MESSAGE = 'Half-width "{0}" between Chinese characters; the fix writes "{1}".';
/** One message per mark (a damaged file holds them by the hundred thousand), made again when the language changes. */
const messages = new Map<string, string>();
let messagesIn = '';

function describe(ch: string): string {
  const template = t(MESSAGE);
  if (template !== messagesIn) messages.clear(), (messagesIn = template);
  let message = messages.get(ch);
  if (message === undefined) messages.set(ch, (message = t(MESSAGE, ch, FULL[ch])));
  return message;
}

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
      out.push(finding('cleanup.halfwidth-punctuation', i, i + 1, describe(ch), FULL[ch]));
    }
    return out;
  },
};
