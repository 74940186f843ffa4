// Per (uri, version, settings), computed once and shared: the script profile (what the findings
// and the status bar need: cheap, no edits kept) and the whole conversion (what the code actions
// apply: computed only when one is listed for a small document or resolved). Bounded: a 5 MB
// document's edits are tens of megabytes.
import type { ReportDocument } from '../document';
import type { ConversionSettings } from './conversion-settings';
import { convertToSimplified, type Conversion } from './convert-document';
import { scriptProfile, type ScriptProfile } from './script-profile';

export interface DocumentConversion extends Conversion {
  readonly uri: string;
  readonly version: number;
}

const CAPACITY = 8;

/** A small LRU of one value per uri, valid for one key (version and settings). */
class PerDocument<T> {
  private readonly entries = new Map<string, { key: string; value: T }>();

  get(document: ReportDocument, settings: ConversionSettings, compute: () => T): T {
    const key = keyOf(document, settings);
    const cached = this.entries.get(document.uri);
    this.entries.delete(document.uri);
    const value = cached && cached.key === key ? cached.value : compute();
    this.entries.set(document.uri, { key, value });
    while (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  peek(document: ReportDocument, settings: ConversionSettings): T | undefined {
    const cached = this.entries.get(document.uri);
    return cached && cached.key === keyOf(document, settings) ? cached.value : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

function keyOf(document: ReportDocument, settings: ConversionSettings): string {
  return `${document.version}\u0000${settings.variant}\u0000${settings.protectedPhrases.join('\u0001')}`;
}

const conversions = new PerDocument<DocumentConversion>();
const profiles = new PerDocument<ScriptProfile>();

export function documentConversion(document: ReportDocument, settings: ConversionSettings): DocumentConversion {
  return conversions.get(document, settings, () => ({ ...convertToSimplified(document.getText(), settings), uri: document.uri, version: document.version }));
}

/** The cached conversion, if this exact version was already converted (never computes). */
export function cachedConversion(document: ReportDocument, settings: ConversionSettings): DocumentConversion | undefined {
  return conversions.peek(document, settings);
}

export function documentProfile(document: ReportDocument, settings: ConversionSettings): ScriptProfile {
  return profiles.get(document, settings, () => scriptProfile(document.getText(), settings));
}

export function forgetConversion(uri: string): void {
  conversions.delete(uri);
  profiles.delete(uri);
}
