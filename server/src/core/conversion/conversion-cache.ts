// Per (uri, version, settings), computed once and shared by one language service's features: the
// script profile (what the findings and the status bar need: cheap, no edits kept) and the whole
// conversion (what the code actions apply: computed only when one is listed for a small document
// or resolved). Bounded: a 5 MB
// document's edits are tens of megabytes. Both also depend on the protection (the document's
// mojibake spans), which is memoized per version: the same object while it holds.
import { DocumentCache } from '../document-cache';
import type { ReportDocument, Span } from '../document';
import type { ConversionSettings } from './conversion-settings';
import { convertToSimplified, type Conversion } from './convert-document';
import { NO_PROTECTION, type Protection } from './protected-spans';
import { scriptProfile, type ScriptProfile } from './script-profile';

export interface DocumentConversion extends Conversion {
  readonly uri: string;
  readonly version: number;
}

const CAPACITY = 8;

function keyOf(settings: ConversionSettings): string {
  return `${settings.variant}\u0000${settings.protectedPhrases.join('\u0001')}`;
}

/**
 * A document version's pinyin annotations when its report model already found them (never builds
 * a model); undefined: the conversion finds them.
 */
export type PinyinSource = (document: ReportDocument) => readonly Span[] | undefined;

/** A language service's conversions and script profiles, each kept for the last few documents. */
export class ConversionCache {
  private readonly conversions = new DocumentCache<DocumentConversion>(CAPACITY);
  private readonly profiles = new DocumentCache<ScriptProfile>(CAPACITY);

  constructor(private readonly pinyinOf: PinyinSource = () => undefined) {}

  conversion(document: ReportDocument, settings: ConversionSettings, protection: Protection = NO_PROTECTION): DocumentConversion {
    const compute = () => ({ ...convertToSimplified(document.getText(), settings, protection, this.pinyinOf(document)), uri: document.uri, version: document.version });
    return this.conversions.get(document.uri, document.version, compute, keyOf(settings), protection);
  }

  /** The kept conversion, if this exact version was already converted (never computes). */
  cachedConversion(document: ReportDocument, settings: ConversionSettings, protection: Protection = NO_PROTECTION): DocumentConversion | undefined {
    return this.conversions.peek(document.uri, document.version, keyOf(settings), protection);
  }

  profile(document: ReportDocument, settings: ConversionSettings, protection: Protection = NO_PROTECTION): ScriptProfile {
    return this.profiles.get(document.uri, document.version, () => scriptProfile(document.getText(), settings, protection, this.pinyinOf(document)), keyOf(settings), protection);
  }

  forget(uri: string): void {
    this.conversions.delete(uri);
    this.profiles.delete(uri);
  }
}
