// mojibake.replacement-char: U+FFFD, and the strings lost bytes turn into (锟斤拷, 烫烫烫, 屯屯屯).
// Flagged only: the bytes are gone.
import markers from '../../data/damage-markers.json';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { t } from '../../l10n';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FAMILIES = markers.replacementFamilies.map((f) => `(?:${escape(f.unit)}){${f.min},}`);
const PATTERN = new RegExp(`\\ufffd+|${FAMILIES.join('|')}`, 'g');

export const replacementChars: Detector<'mojibake.replacement-char'> = {
  code: 'mojibake.replacement-char',
  detect({ text }) {
    const out: Finding<'mojibake.replacement-char'>[] = [];
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(text))) {
      const s = m[0];
      const message = s[0] !== '\ufffd'
        ? t('"{0}" is what lost bytes look like when read as GBK. The original characters cannot be recovered from this text; compare with the source.', s.length > 12 ? s.slice(0, 12) + '…' : s)
        : s.length > 1
          ? t('{0} replacement characters (�): bytes that could not be decoded were thrown away. The original characters cannot be recovered from this text; compare with the source.', s.length)
          : t('{0} replacement character (�): bytes that could not be decoded were thrown away. The original characters cannot be recovered from this text; compare with the source.', s.length);
      out.push(finding('mojibake.replacement-char', m.index, m.index + s.length, message));
    }
    return out;
  },
};
