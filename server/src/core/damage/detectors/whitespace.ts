// cleanup.whitespace: a paragraph indented with ASCII spaces or no-break spaces (instead of
// "　　"), and spaces at the end of a line. The indent becomes "　　" (or is removed, per
// huiyi.repair.questionMarkIndent); trailing spaces are removed.
import { splitLines } from '../../text/lines';
import { indentText, type Detector } from '../detector';
import { finding, type Finding } from '../finding';

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
const isStray = (c: number) => c === 0x20 || c === 0xa0;

export const whitespace: Detector = {
  code: 'cleanup.whitespace',
  detect({ text, options }) {
    const out: Finding[] = [];
    const indent = indentText(options);
    for (const line of splitLines(text)) {
      let start = line.start;
      if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
      let end = line.end;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (end < line.end) {
        out.push(finding('cleanup.whitespace', end, line.end, end === start ? 'A line of nothing but spaces; the fix empties it.' : `${line.end - end} space${line.end - end > 1 ? 's' : ''} at the end of the line; the fix removes ${line.end - end > 1 ? 'them' : 'it'}.`, ''));
      }
      if (end === start) continue;
      let k = start;
      let stray = false;
      for (; k < end && isSpace(text.charCodeAt(k)); k++) {
        if (isStray(text.charCodeAt(k))) stray = true;
      }
      if (stray && text.slice(start, k) !== indent) {
        const nbsp = text.slice(start, k).includes('\u00a0');
        const what = indent ? 'writes the indent as "　　"' : 'removes it';
        out.push(finding('cleanup.whitespace', start, k, `The paragraph is indented with ${nbsp ? 'no-break spaces' : 'ASCII spaces'}; the fix ${what}.`, indent));
      }
    }
    return out;
  },
};
