// User settings the core reads (contributed as huiyi.* in package.json).
import { DEFAULT_CONVERSION_SETTINGS, resolveConversionSettings, type ConversionSettings } from './conversion/conversion-settings';
import { DEFAULT_DAMAGE_SETTINGS, resolveDamageSettings, type DamageSettings } from './damage/damage-settings';
import { DEFAULT_OFFICIALS_SETTINGS, resolveOfficialsSettings, type OfficialsSettings } from './officials/officials-settings';

export interface HuiyiSettings {
  /** Files larger than this are skipped with one information diagnostic. */
  readonly maxFileSizeMB: number;
  /** Analyse plaintext documents that read as meeting reports. */
  readonly plaintextDetection: boolean;
  /** Traditional→simplified conversion (huiyi.conversion.*). */
  readonly conversion: ConversionSettings;
  /** Damage diagnostics and repairs (huiyi.diagnostics.severity, huiyi.maxNumberOfProblems, huiyi.repair.*). */
  readonly damage: DamageSettings;
  /** Extra titles and names, and names to ignore (huiyi.officials.*). */
  readonly officials: OfficialsSettings;
  /** Copies of a meeting in other files (huiyi.duplicates.*): counted once by hover cards and the Officials view when `merge`. */
  readonly duplicates: { readonly merge: boolean };
}

export const DEFAULT_SETTINGS: HuiyiSettings = Object.freeze({
  maxFileSizeMB: 20,
  plaintextDetection: true,
  conversion: DEFAULT_CONVERSION_SETTINGS,
  damage: DEFAULT_DAMAGE_SETTINGS,
  officials: DEFAULT_OFFICIALS_SETTINGS,
  duplicates: Object.freeze({ merge: true }),
});

/** Merges a partial, untrusted settings object (from the client) over the defaults. */
export function resolveSettings(input: unknown): HuiyiSettings {
  const s = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    maxFileSizeMB: num(s.maxFileSizeMB, DEFAULT_SETTINGS.maxFileSizeMB),
    plaintextDetection: bool(s.plaintextDetection, DEFAULT_SETTINGS.plaintextDetection),
    conversion: resolveConversionSettings(s.conversion),
    damage: resolveDamageSettings(s),
    officials: resolveOfficialsSettings(s.officials),
    duplicates: { merge: bool((s.duplicates as { merge?: unknown } | undefined)?.merge, DEFAULT_SETTINGS.duplicates.merge) },
  } as HuiyiSettings;
}
