// The conversion's settings (huiyi.conversion.* in package.json), validated from untrusted input.
import { SOURCE_VARIANTS, type SourceVariant } from './script-converter';

import { isSeverity, type Severity } from '../severity';

export interface ConversionSettings {
  /** Which traditional standard the sources follow. */
  readonly variant: SourceVariant;
  /** Severity of the script.traditional finding. */
  readonly severity: Severity;
  /** Phrases added to the shipped protected phrases (written in their simplified form). */
  readonly protectedPhrases: readonly string[];
}

export const DEFAULT_CONVERSION_SETTINGS: ConversionSettings = Object.freeze({
  variant: 't',
  severity: 'hint',
  protectedPhrases: Object.freeze([]) as readonly string[],
});

export function resolveConversionSettings(input: unknown): ConversionSettings {
  const s = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const variant = SOURCE_VARIANTS.includes(s.variant as SourceVariant) ? (s.variant as SourceVariant) : DEFAULT_CONVERSION_SETTINGS.variant;
  const severity = isSeverity(s.severity) ? s.severity : DEFAULT_CONVERSION_SETTINGS.severity;
  const phrases = Array.isArray(s.protectedPhrases) ? s.protectedPhrases.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
  return { variant, severity, protectedPhrases: phrases.slice(0, 10_000) };
}
