// The conversion's public surface (for the LSP adapter, the CLI and tests).
export { convertToSimplified, forEachConvertedLine, type Conversion, type ConversionEdit } from './convert-document';
export { ConversionCache, type DocumentConversion } from './conversion-cache';
export { scriptProfile, type DocumentScript, type ScriptProfile } from './script-profile';
export { traditionalFindings, TRADITIONAL_CODE, type TraditionalFindingData } from './script-findings';
export { resolveConversionSettings, DEFAULT_CONVERSION_SETTINGS, type ConversionSettings } from './conversion-settings';
export { DEFAULT_PROTECTED_PHRASES } from './protected-phrases';
export { applyEdits, type Edit } from '../text/edits';
export { NO_PROTECTION, protectedSpansIn, type Protection, type ProtectedSpan } from './protected-spans';
export { SOURCE_VARIANTS, type SourceVariant } from './script-converter';
