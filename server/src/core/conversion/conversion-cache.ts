// The conversion of each (uri, version, settings), computed once and shared by the findings,
// the code actions and the status bar. Bounded: a 5 MB document's edits are tens of megabytes.
import type { ReportDocument } from '../document';
import type { ConversionSettings } from './conversion-settings';
import { convertToSimplified, type Conversion } from './convert-document';
import { scriptProfile, type ScriptProfile } from './script-profile';

export interface DocumentConversion extends Conversion {
  readonly uri: string;
  readonly version: number;
  readonly profile: ScriptProfile;
}

const CAPACITY = 8;
const entries = new Map<string, { key: string; value: DocumentConversion }>();

function keyOf(document: ReportDocument, settings: ConversionSettings): string {
  return `${document.version}\u0000${settings.variant}\u0000${settings.protectedPhrases.join('\u0001')}`;
}

export function documentConversion(document: ReportDocument, settings: ConversionSettings): DocumentConversion {
  const key = keyOf(document, settings);
  const cached = entries.get(document.uri);
  entries.delete(document.uri);
  if (cached && cached.key === key) {
    entries.set(document.uri, cached);
    return cached.value;
  }
  const text = document.getText();
  const conversion = convertToSimplified(text, settings);
  const value: DocumentConversion = { ...conversion, uri: document.uri, version: document.version, profile: scriptProfile(text, conversion) };
  entries.set(document.uri, { key, value });
  while (entries.size > CAPACITY) entries.delete(entries.keys().next().value as string);
  return value;
}

/** The cached conversion, if this exact version was already converted (never computes). */
export function cachedConversion(document: ReportDocument, settings: ConversionSettings): DocumentConversion | undefined {
  const cached = entries.get(document.uri);
  return cached && cached.key === keyOf(document, settings) ? cached.value : undefined;
}

export function forgetConversion(uri: string): void {
  entries.delete(uri);
}
