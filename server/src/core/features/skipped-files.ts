// Files a workspace-wide edit (rename, conversion) did not read, and why: said in its message and in
// the refactor preview, never silently left out.
import { t } from '../l10n';

export type SkipReason = 'too-large' | 'unreadable' | 'binary' | 'utf16' | 'wrong-encoding';

export interface SkippedFile {
  readonly uri: string;
  readonly reason: SkipReason;
}

const SHOWN = 5;

function reasonText(reason: SkipReason): string {
  switch (reason) {
    case 'too-large':
      return t('larger than huiyi.maxFileSizeMB');
    case 'unreadable':
      return t('could not be read');
    case 'binary':
      return t('looks binary');
    case 'utf16':
      return t('UTF-16, not UTF-8');
    case 'wrong-encoding':
      return t('not UTF-8 (GBK or Big5)');
  }
}

function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** "2 files skipped: a.txt (larger than huiyi.maxFileSizeMB), b.txt (not UTF-8 (GBK or Big5))", or '' for none. */
export function skippedSummary(skipped: readonly SkippedFile[]): string {
  if (!skipped.length) return '';
  const named = skipped.slice(0, SHOWN).map((s) => `${fileName(s.uri)} (${reasonText(s.reason)})`);
  if (skipped.length > SHOWN) named.push(t('{0} more', skipped.length - SHOWN));
  return skipped.length === 1 ? t('1 file skipped: {0}', named.join(', ')) : t('{0} files skipped: {1}', skipped.length, named.join(', '));
}
