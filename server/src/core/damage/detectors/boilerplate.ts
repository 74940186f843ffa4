// cleanup.boilerplate: the web-page chrome the report model found (breadcrumbs and publication
// line above the report, 上一条/版权所有/ICP备 below it, a publication line under a headline).
// The fix removes the block's lines, line endings included.
import type { ChromeBlock } from '../../model/types';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { t } from '../../l10n';

const PLACE: Record<ChromeBlock['kind'], () => string> = { header: () => t('header'), footer: () => t('footer'), inline: () => t('publication line') };

/** The block widened to whole lines: from its line's start to past its last line ending. */
function wholeLines(text: string, block: ChromeBlock): { start: number; end: number } {
  let start = block.start;
  while (start > 0 && /[ \t\u3000\u00a0]/.test(text[start - 1])) start--;
  if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r' && !(start === 1 && text.charCodeAt(0) === 0xfeff)) start = block.start;
  let end = block.end;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { start, end };
}

export const boilerplate: Detector<'cleanup.boilerplate'> = {
  code: 'cleanup.boilerplate',
  detect({ text, model }) {
    if (!model) return [];
    const blocks = [...model.chrome, ...model.meetings.flatMap((m) => m.chrome)].sort((a, b) => a.start - b.start);
    const out: Finding<'cleanup.boilerplate'>[] = [];
    for (const block of blocks) {
      const lines = block.lines.length;
      const first = block.lines[0]?.text ?? '';
      const place = PLACE[block.kind]();
      const excerpt = first.length > 20 ? first.slice(0, 20) + '…' : first;
      const message = lines > 1
        ? t('Web-page {0} ({1} lines: "{2}"), not part of the report; the fix removes these lines.', place, lines, excerpt)
        : t('Web-page {0} ({1} line: "{2}"), not part of the report; the fix removes this line.', place, lines, excerpt);
      const f = finding('cleanup.boilerplate', block.start, block.end, message);
      out.push({ ...f, repair: { ...wholeLines(text, block), newText: '' } });
    }
    return out;
  },
};
