// The script.traditional finding: one per paragraph whose script the conversion would change.
// The fix travels in Diagnostic.data (the document version and the paragraph), so the code
// action can refuse a newer version. Characters inside protected spans (mojibake) are not
// traditional script, so they make no finding and count for neither script.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import { t } from '../l10n';
import { ConversionCache } from './conversion-cache';
import { DEFAULT_CONVERSION_SETTINGS, type ConversionSettings } from './conversion-settings';
import { DIAGNOSTIC_SEVERITY } from '../severity';
import { NO_PROTECTION, type Protection } from './protected-spans';

export const TRADITIONAL_CODE = 'script.traditional';

export interface TraditionalFindingData {
  readonly version: number;
  readonly start: number;
  readonly end: number;
}


/** At most this many findings per document: the first ones carry the point, the rest is noise. */
const MAX_FINDINGS = 1000;

/** `conversions`: the language service's (a command-line run, which asks once per file, needs none). */
export function traditionalFindings(document: ReportDocument, given: ConversionSettings | undefined, source: string, protection: Protection = NO_PROTECTION, conversions = new ConversionCache()): Diagnostic[] {
  const settings = given ?? DEFAULT_CONVERSION_SETTINGS;
  if (settings.severity === 'off') return [];
  const severity = DIAGNOSTIC_SEVERITY[settings.severity];
  const profile = conversions.profile(document, settings, protection);
  const text = document.getText();
  const mixed = profile.script === 'mixed';
  const traditional = profile.traditional.length;
  const simplified = profile.simplifiedParagraphs;
  return profile.traditional.slice(0, MAX_FINDINGS).map((p): Diagnostic => {
    const first = p.example;
    const example = `${text.slice(first.start, first.end)} → ${first.newText || '∅'}`;
    const data: TraditionalFindingData = { version: document.version, start: p.start, end: p.end };
    return {
      source,
      code: TRADITIONAL_CODE,
      severity,
      range: { start: document.positionAt(p.start), end: document.positionAt(p.end) },
      message: mixed
        ? p.characters === 1
          ? t('Traditional script (繁体): {0} character to convert, e.g. {1}. This document mixes scripts: {2} traditional and {3} simplified paragraphs.', p.characters, example, traditional, simplified)
          : t('Traditional script (繁体): {0} characters to convert, e.g. {1}. This document mixes scripts: {2} traditional and {3} simplified paragraphs.', p.characters, example, traditional, simplified)
        : p.characters === 1
          ? t('Traditional script (繁体): {0} character to convert, e.g. {1}.', p.characters, example)
          : t('Traditional script (繁体): {0} characters to convert, e.g. {1}.', p.characters, example),
      data,
    };
  });
}
