// What the rest of the core knows about damage codes, all derived from the one table
// (damage/detector-specs.ts): the codes in priority order, their type, their facts, the detectors.
import { DETECTOR_SPECS, type CodeFacts } from './detector-specs';
import type { Detector } from './detector';
import type { Finding } from './finding';

export type { CodeFacts } from './detector-specs';

export type DamageCode = (typeof DETECTOR_SPECS)[number]['code'];

/** A finding of any damage code. */
export type DamageFinding = Finding<DamageCode>;

/** Every code, in priority order. */
export const DAMAGE_CODES: readonly DamageCode[] = DETECTOR_SPECS.map((s) => s.code);

/** Every detector, in priority order (the order activeDetectors trims from the end). */
export const DETECTORS: readonly Detector<DamageCode>[] = DETECTOR_SPECS.map((s) => s.detector);

export const CODE_FACTS: Readonly<Record<DamageCode, CodeFacts>> = Object.fromEntries(DETECTOR_SPECS.map((s): [DamageCode, CodeFacts] => [s.code, s])) as Record<DamageCode, CodeFacts>;

/** Codes with a repair that fix-all leaves to the user (content removal, style), which `huiyi fix --also` can add. */
export const OPT_IN_REPAIRS: readonly DamageCode[] = DETECTOR_SPECS.filter((s) => s.optIn).map((s) => s.code);

/** Codes a block of web-page chrome hides. */
export const HIDDEN_IN_CHROME: ReadonlySet<DamageCode> = new Set(DETECTOR_SPECS.filter((s) => s.hiddenInChrome).map((s) => s.code));

const PRIORITY = Object.fromEntries(DAMAGE_CODES.map((c, i) => [c, i])) as Record<DamageCode, number>;

/** Overlapping findings: the one whose code comes first in DAMAGE_CODES wins. */
export function priorityOf(code: DamageCode): number {
  return PRIORITY[code];
}

export function isDamageCode(code: unknown): code is DamageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(PRIORITY, code);
}

/** The quick-fix title of a code, in the current locale. */
export function titleOf(code: DamageCode): string {
  return CODE_FACTS[code].title();
}
