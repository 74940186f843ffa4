// Decides whether Huiyi analyses a document at all, and says why not when it doesn't.
import { t } from './l10n';
import type { HuiyiSettings } from './settings';
import { looksLikeUtf16 } from './text/utf16-as-utf8';

export type Admission =
  | { readonly kind: 'analyse' }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'skip'; readonly reason: 'too-large' | 'binary' | 'utf16'; readonly message: string };

export const REPORT_LANGUAGE = 'meeting-report';

const MB = 1024 * 1024;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  return sample.includes('\u0000');
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Documents of languageId `meeting-report` are always analysed; plaintext ones only when they
 * read as a report (decided later by the model); any other language is ignored.
 */
export function admit(languageId: string, text: string, settings: HuiyiSettings): Admission {
  if (languageId !== REPORT_LANGUAGE && !(languageId === 'plaintext' && settings.plaintextDetection)) {
    return { kind: 'ignore' };
  }
  // Cheap bound first: UTF-8 takes at least one byte per UTF-16 unit and at most three.
  const limit = settings.maxFileSizeMB * MB;
  if (text.length > limit || (text.length * 3 > limit && utf8Length(text) > limit)) {
    const size = (utf8Length(text) / MB).toFixed(1);
    return {
      kind: 'skip',
      reason: 'too-large',
      message: t('Huiyi skipped this file: it is {0} MB, larger than huiyi.maxFileSizeMB ({1} MB). Raise the setting to analyse it.', size, settings.maxFileSizeMB),
    };
  }
  if (looksBinary(text)) {
    // A UTF-16 file opened as UTF-8 is a text file in another encoding: say so, in any language mode.
    if (looksLikeUtf16(text)) {
      return {
        kind: 'skip',
        reason: 'utf16',
        message: t('Huiyi skipped this file: it is UTF-16 text opened as UTF-8 (every other byte reads as NUL). Nothing is lost: reopen it with its encoding ("Reopen with Encoding" → UTF-16 LE, or UTF-16 BE) and save it as UTF-8, or convert it: iconv -f UTF-16 -t UTF-8.'),
      };
    }
    if (languageId !== REPORT_LANGUAGE) return { kind: 'ignore' };
    return {
      kind: 'skip',
      reason: 'binary',
      message: t('Huiyi skipped this file: it contains NUL bytes and looks binary, not like a text report.'),
    };
  }
  return { kind: 'analyse' };
}
