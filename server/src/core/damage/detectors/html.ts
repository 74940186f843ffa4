// cleanup.html: entities (&nbsp; &ldquo; &#12288;) and tags (<br>, <p>, </span>) left in scraped
// text. Entities are decoded, tags removed.
import residue from '../../data/html-residue.json';
import type { Detector } from '../detector';
import { finding, type Finding } from '../finding';
import { t } from '../../l10n';

const ENTITIES = residue.entities as Record<string, string>;
const TAGS = new Set(residue.tags);
const PATTERN = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});|&nbsp(?![;a-zA-Z0-9])|<!--[^\n]{0,200}?-->|<\/?([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z]+)?)(?:\s[^<>\n]{0,300})?\/?>/g;

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    return String.fromCodePoint(cp);
  }
  return Object.prototype.hasOwnProperty.call(ENTITIES, body) ? ENTITIES[body] : undefined;
}

export const htmlResidue: Detector<'cleanup.html'> = {
  code: 'cleanup.html',
  detect({ text }) {
    const out: Finding<'cleanup.html'>[] = [];
    if (text.indexOf('&') === -1 && text.indexOf('<') === -1) return out;
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(text))) {
      const s = m[0];
      const end = m.index + s.length;
      if (s[0] === '&') {
        const decoded = m[1] === undefined ? '\u00a0' : decodeEntity(m[1]);
        if (decoded === undefined) continue;
        const message = decoded === ''
          ? t('The HTML entity "{0}" was left by the web page; the fix removes it.', s)
          : t('The HTML entity "{0}" was left by the web page; the fix decodes it to "{1}".', s, decoded === '\u00a0' ? t('U+00A0 (no-break space)') : decoded);
        out.push(finding('cleanup.html', m.index, end, message, decoded));
      } else if (s.startsWith('<!--') || TAGS.has((m[2] ?? '').toLowerCase())) {
        const excerpt = s.length > 30 ? s.slice(0, 30) + '…' : s;
        const message = s.startsWith('<!--')
          ? t('The HTML comment "{0}" was left by the web page; the fix removes it.', excerpt)
          : t('The HTML tag "{0}" was left by the web page; the fix removes it.', excerpt);
        out.push(finding('cleanup.html', m.index, end, message, ''));
      }
    }
    return out;
  },
};
