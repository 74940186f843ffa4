// The core's public surface, bundled as dist/core.js for unit tests and benchmarks.
export { createLanguageService } from './language-service';
export type { LanguageService, Analysis } from './language-service';
export { buildReportModel } from './model/build-model';
export { buildView } from './normalize/view';
export { OffsetMap } from './normalize/offset-map';
export { findPinyinAnnotations } from './text/pinyin-annotations';
export { splitLines } from './text/lines';
export { LineIndex } from './text/line-index';
export { decodeUtf8, decodeWellFormedUtf8 } from './text/utf8';
export { documentSymbols } from './features/document-symbols';
export { foldingRanges } from './features/folding-ranges';
export { meetingEntries, matchMeetings, toSimplified } from './features/workspace-symbols';
export { splitTitlesAndName } from './officials/title-chain';
export { admit } from './admission';
export { useLocale } from './l10n';
export { DEFAULT_SETTINGS, resolveSettings } from './settings';
export { ModelCache } from './model-cache';
export type * from './model/types';
export * as conversion from './conversion';
// Damage diagnostics and repairs (issue 3).
export { detectDamage, DETECTORS } from './damage/registry';
export { DAMAGE_CODES, CODE_FACTS } from './damage/codes';
export { resolveDamageSettings, DEFAULT_DAMAGE_SETTINGS } from './damage/damage-settings';
export { applyRepairs, composeRepairs } from './repair/edits';
export { fixAll, repairsOf } from './repair/fix-all';
export { damageDiagnostics, enabledFindings } from './features/damage-diagnostics';
export { damageCodeActions, fixAllRepairs, FIX_ALL_KIND } from './features/damage-code-actions';
export { documentProtection, textProtection, protectionOf } from './features/conversion-protection';
// Officials (issue 4).
export { extractOfficials } from './officials/extract-officials';
export { configureVocabulary } from './officials/vocabulary';
export { useSegmenter } from './officials/segmenter';
export { lazyJiebaSegmenter, loadJiebaSegmenter } from './officials/jieba-segmenter';
// Near-duplicate meetings (issue 16).
export * as duplicates from './duplicates';
