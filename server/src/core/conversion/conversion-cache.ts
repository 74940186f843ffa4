// Per (uri, version, settings), computed once and shared: the script profile (what the findings
// and the status bar need: cheap, no edits kept) and the whole conversion (what the code actions
// apply: computed only when one is listed for a small document or resolved). Bounded: a 5 MB
// document's edits are tens of megabytes. Both also depend on the protection (the document's
// mojibake spans), which is memoized per version: the same object while it holds.
import type { ReportDocument } from '../document';
import type { ConversionSettings } from './conversion-settings';
import { convertToSimplified, type Conversion } from './convert-document';
import { NO_PROTECTION, type Protection } from './protected-spans';
import { scriptProfile, type ScriptProfile } from './script-profile';

export interface DocumentConversion extends Conversion {
  readonly uri: string;
  readonly version: number;
}

const CAPACITY = 8;

/** A small LRU of one value per uri, valid for one key (version and settings). */
class PerDocument<T> {
  private readonly entries = new Map<string, { key: string; protection: Protection; value: T }>();

  get(document: ReportDocument, settings: ConversionSettings, protection: Protection, compute: () => T): T {
    const key = keyOf(document, settings);
    const cached = this.entries.get(document.uri);
    this.entries.delete(document.uri);
    const value = cached && cached.key === key && cached.protection === protection ? cached.value : compute();
    this.entries.set(document.uri, { key, protection, value });
    while (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  peek(document: ReportDocument, settings: ConversionSettings, protection: Protection): T | undefined {
    const cached = this.entries.get(document.uri);
    return cached && cached.key === keyOf(document, settings) && cached.protection === protection ? cached.value : undefined;
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

export function documentConversion(document: ReportDocument, settings: ConversionSettings, protection: Protection = NO_PROTECTION): DocumentConversion {
  return conversions.get(document, settings, protection, () => ({ ...convertToSimplified(document.getText(), settings, protection), uri: document.uri, version: document.version }));
}

/** The cached conversion, if this exact version was already converted (never computes). */
export function cachedConversion(document: ReportDocument, settings: ConversionSettings, protection: Protection = NO_PROTECTION): DocumentConversion | undefined {
  return conversions.peek(document, settings, protection);
}

export function documentProfile(document: ReportDocument, settings: ConversionSettings, protection: Protection = NO_PROTECTION): ScriptProfile {
  return profiles.get(document, settings, protection, () => scriptProfile(document.getText(), settings, protection));
}

export function forgetConversion(uri: string): void {
  conversions.delete(uri);
  profiles.delete(uri);
}
