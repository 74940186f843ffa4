// What every detector receives and returns. Detectors read the raw text (and, for chrome, the
// report model) and return findings in raw offsets, sorted by start.
import type { ReportModel } from '../model/types';
import type { CoveredSpans } from './covered';
import type { Finding } from './finding';

export type IndentRepair = 'fullwidth' | 'remove';

export interface DetectOptions {
  /** What a lost full-width indent ("????") and a stray indent become. */
  readonly indent: IndentRepair;
}

export interface DetectorInput {
  readonly text: string;
  /** Absent when the text is re-checked without a model (fix-all's later rounds). */
  readonly model?: ReportModel;
  readonly options: DetectOptions;
  /**
   * Set by detectDamage for the detectors after the first that found spans: ranges inside which
   * a finding of theirs would certainly be dropped (covered.ts). A detector may skip them.
   */
  readonly covered?: CoveredSpans;
}

/** `C`: the one code the detector's findings carry. */
export interface Detector<C extends string = string> {
  readonly code: C;
  /** May return a file-level finding (which replaces every other finding). */
  readonly fileLevel?: boolean;
  detect(input: DetectorInput): Finding<C>[];
}

export const DEFAULT_DETECT_OPTIONS: DetectOptions = Object.freeze({ indent: 'fullwidth' });

/** The indent a lost or stray indentation becomes, for `width` full-width spaces. */
export function indentText(options: DetectOptions, width = 2): string {
  return options.indent === 'remove' ? '' : '\u3000'.repeat(width);
}
