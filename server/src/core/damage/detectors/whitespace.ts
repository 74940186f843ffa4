// cleanup.whitespace: a paragraph indented with ASCII spaces or no-break spaces (instead of
// "　　"), and spaces at the end of a line. The indent becomes "　　" (or is removed, per
// huiyi.repair.questionMarkIndent); trailing spaces are removed.
import { forEachLine } from '../../text/lines';
import { indentText, type Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { t } from '../../l10n';

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
const isStray = (c: number) => c === 0x20 || c === 0xa0;

export const whitespace: Detector<'cleanup.whitespace'> = {
  code: 'cleanup.whitespace',
  detect({ text, options }) {
    const out: Finding<'cleanup.whitespace'>[] = [];
    const indent = indentText(options);
    forEachLine(text, (lineStart, lineEnd) => {
      let start = lineStart;
      if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
      let end = lineEnd;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (end < lineEnd) {
        const spaces = lineEnd - end;
        const message = end === start
          ? t('A line of nothing but spaces; the fix empties it.')
          : spaces > 1
            ? t('{0} spaces at the end of the line; the fix removes them.', spaces)
            : t('{0} space at the end of the line; the fix removes it.', spaces);
        out.push(finding('cleanup.whitespace', end, lineEnd, message, ''));
      }
      if (end === start) return;
      let k = start;
      let stray = false;
      for (; k < end && isSpace(text.charCodeAt(k)); k++) {
        if (isStray(text.charCodeAt(k))) stray = true;
      }
      if (stray && text.slice(start, k) !== indent) {
        const nbsp = text.slice(start, k).includes('\u00a0');
        const message = nbsp
          ? indent
            ? t('The paragraph is indented with no-break spaces; the fix writes the indent as "　　".')
            : t('The paragraph is indented with no-break spaces; the fix removes it.')
          : indent
            ? t('The paragraph is indented with ASCII spaces; the fix writes the indent as "　　".')
            : t('The paragraph is indented with ASCII spaces; the fix removes it.');
        out.push(finding('cleanup.whitespace', start, k, message, indent));
      }
    });
    return out;
  },
};
