// The core's public surface, bundled as dist/core.js for unit tests and benchmarks.
export { createLanguageService } from './language-service';
export type { LanguageService, LanguageServiceOptions, Analysis, DocumentScriptSummary, WorkspaceOfficials } from './language-service';
export { buildReportModel } from './report/build-model';
export { buildView, mergeByStart, viewTexts } from './normalize/view';
export { OffsetMap } from './normalize/offset-map';
export { findPinyinAnnotations } from './text/pinyin-annotations';
export { splitLines } from './text/lines';
export { LineIndex } from './text/line-index';
export { decodeUtf8, decodeWellFormedUtf8 } from './text/utf8';
export { documentSymbols } from './features/document-symbols';
export { foldingRanges } from './features/folding-ranges';
export { meetingEntries, matchMeetings } from './features/workspace-symbols';
export { toSimplified } from './script/char-map';
export { admit } from './admission';
export { useLocale } from './l10n';
export { DEFAULT_SETTINGS, resolveSettings } from './settings';
export { DocumentCache } from './document-cache';
export type * from './model/types';
export * as conversion from './conversion';
// Damage diagnostics and repairs (issue 3).
export { detectDamage, DETECTORS } from './damage/registry';
export { roundTrips as gbkSpanRoundTrips, roundTripsByDecoding as gbkSpanRoundTripsByDecoding } from './damage/detectors/utf8-as-gbk';
export { gbkLeftoversAround, gbkLeftoversAroundPlain } from './damage/gbk-leftovers';
export { DAMAGE_CODES, CODE_FACTS } from './damage/codes';
export { DETECTOR_SPECS } from './damage/detector-specs';
export { resolveDamageSettings, DEFAULT_DAMAGE_SETTINGS } from './damage/damage-settings';
export { composeRepairs } from './repair/edits';
export { fixAll, repairsOf } from './repair/fix-all';
export { damageDiagnostics, enabledFindings } from './features/damage-diagnostics';
export { damageCodeActions, fixAllRepairs, FIX_ALL_KIND } from './features/damage-code-actions';
export { documentProtection, textProtection, protectionOf } from './features/conversion-protection';
// Officials (issue 4).
export { extractOfficials } from './officials/extract-officials';
export { officialHover, ownAppearances, appearanceSortKey } from './features/official-hover';
export { creditHover } from './features/credit-hover';
export { summarizeReport } from './features/report-summary';
export { OfficialsContext, officialsContext } from './officials/context';
export type { Segmenter } from './officials/segmenter';
export { lazyJiebaSegmenter, loadJiebaSegmenter } from './officials/jieba-segmenter';

// What the adapters (LSP server, command line, index workers) use: they import nothing else of the core.
export { DEFAULT_CONVERSION_SETTINGS, applyEdits, convertToSimplified } from './conversion';
export type { Conversion, DocumentConversion, DocumentScript, Protection, TraditionalFindingData } from './conversion';
export { CONVERSION_ACTION_KINDS, SOURCE_CONVERT_KIND } from './features/conversion-actions';
export type { ConversionActionData } from './features/conversion-actions';
export { traditionalFindings } from './conversion/script-findings';
export { composeEdits } from './text/edits';
export type { Edit } from './text/edits';
export { isDamageCode, OPT_IN_REPAIRS } from './damage/codes';
export type { DamageCode } from './damage/codes';
export { default as MEETING_TYPES } from './data/meeting-types.json';
export type { ReportDocument } from './document';
export { DAMAGE_SOURCE } from './features/damage-diagnostics';
export { scriptFindingsApply } from './features/diagnostics';
export type { Appearance } from './features/official-appearances';
export { summaryAppearances, summaryLocations, officialSources } from './features/official-list';
export type { OfficialListEntry, OfficialListMeeting, OfficialSort, OfficialSource } from './features/official-list';
export { clusterLookup } from './features/count-once';
export type { ClusterLookup, ClusterOfMeeting } from './features/count-once';
export { OFFICIAL_TOKEN_TYPES } from './features/official-tokens';
export type { ReportSummary } from './features/report-summary';
export type { MeetingEntry } from './features/workspace-symbols';
export { t } from './l10n';
export type { Meeting, PersonMention, ReportModel, Role, Statement } from './model/types';
export type { VocabularyExtras } from './officials/vocabulary';
export type { HuiyiSettings } from './settings';
export { readText } from './text/read-text';
// The long-token title scan and the anchor scan, for their property tests against plain ones.
export { ENCODING_FACTS, LEGACY_ENCODINGS, decodeLegacy, guessLegacyEncoding, isLegacyEncoding, isWellFormedUtf8 } from './damage/legacy-encoding';
export type { LegacyEncoding } from './damage/legacy-encoding';
export { skippedSummary } from './features/skipped-files';
export type { SkipReason, SkippedFile } from './features/skipped-files';
// The long-token title scan, for its property test against the plain one.
export { TitleStarts, titleStart } from './officials/title-chain';
// Near-duplicate meetings (issue 16).
export * as duplicates from './duplicates';
export { clusterMeetings, meetingSignatures, parseSignature, signatureLine, MeetingClusters, streamedCopies } from './duplicates';
export type { Cluster, MeetingRef, MeetingSignature, MeetingCopies, MeetingCopy, WorkspaceCopies } from './duplicates';
export { TRADITIONAL_CODE } from './conversion';
// What the corpus index keeps of a report: the body and kind of each meeting, titles per mention (issues 17, 19).
export { BODY_KINDS, bodyKind, meetingBody } from './features/meeting-body';
export type { BodyKind } from './features/meeting-body';
export { MENTION_FIELDS, mentionTitle, rolesOf } from './features/report-summary';
export type { SummaryMeeting, SummaryOfficial } from './features/report-summary';
// Scans that replace a regular expression or a two-pass count, for their property tests (test/unit/fast-scans.test.mjs).
export { foreignAtMostHan } from './model/classify';
export { SECTION_PATTERNS, sentenceEndAt } from './model/sections';
export { forEachLine, forEachLineSkipping, lineStartAfter, nextBreak } from './text/lines';
export { sliceOf } from './model/paragraphs';
export { meetingParagraphs, nonBlank } from './model/segment';
export { DIAGNOSTIC_SEVERITY, SEVERITIES, SEVERITY_RANK, isSeverity, severityName } from './severity';
export type { Severity, ShownSeverity } from './severity';
export { scanParagraphs } from './officials/anchor-scan';
// The Corpus Overview and `huiyi stats` (issue 17).
export { corpusOverview, writtenMonth } from './features/corpus-overview';
export { MARK_FIELDS, packOverview, unpackOverview, type PackedOfficial, type PackedOverview } from './features/overview-packing';
export type { OverviewQuery, OverviewTallies, OverviewTallySource, TalliedBody, TalliedMark } from './features/overview-tally';
export type { CorpusOverview, OverviewBody, OverviewFamily, OverviewFile, OverviewFilter, OverviewMark, OverviewMonth, OverviewOfficial, OverviewOptions, OverviewPlace } from './features/corpus-overview';
// Shortcuts of the analysis of odd document shapes and their plain references (test/unit/shape-speedups.test.mjs).
export { convertAroundDeletions, convertAroundDeletionsPlain } from './conversion/convert-document';
export { openccConverter } from './conversion/opencc-converter';
export { pushMinimalEdits, pushMinimalEditsPlain } from './text/edits';
