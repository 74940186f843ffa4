// Decides whether Huiyi analyses a document at all, and says why not when it doesn't.
import { t } from './l10n';
import type { HuiyiSettings } from './settings';

export type Admission =
  | { readonly kind: 'analyse' }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'skip'; readonly reason: 'too-large' | 'binary'; readonly message: string };

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
    if (languageId !== REPORT_LANGUAGE) return { kind: 'ignore' };
    return {
      kind: 'skip',
      reason: 'binary',
      message: t('Huiyi skipped this file: it contains NUL bytes and looks binary, not like a text report.'),
    };
  }
  return { kind: 'analyse' };
}
