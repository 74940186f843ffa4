// The index's schema: schemas/index.sql (bundled as text), its version, and the stamp that says
// which extractor and vocabulary wrote a file's rows.
import { createHash } from 'node:crypto';
import SCHEMA_SQL from '../../../schemas/index.sql';
import type { HuiyiSettings, VocabularyExtras } from '../core';

export { SCHEMA_SQL };
/** Raised whenever schemas/index.sql changes: an index of another version is set aside and rebuilt. */
export const SCHEMA_VERSION = 2;
export const FORMAT = 'huiyi-index';
/**
 * Raised whenever what the extractor yields for a file changes (report-summary.ts, the model, the
 * officials' rules): every file indexed with another extractor is indexed again.
 */
export const EXTRACTOR_VERSION = 1;

/** The SHA-1 of a file's text (hex): what `files.hash` holds. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The version stamp of a file's rows: the extractor's version and the settings that change what it
 * extracts (user titles, names and ignored names; damage settings, which decide the findings; the
 * size limit). A file whose stamp differs from the current one is indexed again.
 */
export function versionStamp(settings: Pick<HuiyiSettings, 'damage' | 'maxFileSizeMB' | 'plaintextDetection'>, extras: VocabularyExtras): string {
  const vocabulary = createHash('sha1').update(JSON.stringify({ extras, damage: settings.damage, maxFileSizeMB: settings.maxFileSizeMB, plaintextDetection: settings.plaintextDetection })).digest('hex').slice(0, 16);
  return `x${EXTRACTOR_VERSION}.s${SCHEMA_VERSION}.${vocabulary}`;
}
