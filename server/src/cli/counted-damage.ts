// The damage a meeting signature counts (for the choice of canonical copy): encoding damage and
// residue, not style (web chrome, whitespace, half-width punctuation).
import { DAMAGE_CODES, type DamageCode, type HuiyiSettings } from '../core';

export const isCountedDamage = (code: string): boolean => code.startsWith('mojibake.') || code === 'cleanup.html' || code === 'cleanup.control-chars';

/**
 * `duplicates` and `signatures` report no findings: the other codes are turned off, so their
 * detectors do not run (they come last in priority order, and a finding only ever hides those of
 * the codes after its own: the damage counted is the same).
 */
export function countedDamageOnly(severity: HuiyiSettings['damage']['severity']): HuiyiSettings['damage']['severity'] {
  const only = { ...severity };
  for (const c of DAMAGE_CODES) if (!isCountedDamage(c)) only[c as DamageCode] = 'off';
  return only;
}
