// huiyi.officials.*: titles and names users add, and false names they ignore.
import type { VocabularyExtras } from './vocabulary';
import { toSimplified } from '../script/char-map';

export type OfficialsSettings = Required<VocabularyExtras>;

export const DEFAULT_OFFICIALS_SETTINGS: OfficialsSettings = Object.freeze({ titles: [], names: [], ignore: [] });

function words(v: unknown): string[] {
  return Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => toSimplified(x.trim())))] : [];
}

/** Reads the `officials` section ({ titles, names, ignore }); words are compared in simplified form. */
export function resolveOfficialsSettings(input: unknown): OfficialsSettings {
  const s = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  return { titles: words(s.titles), names: words(s.names), ignore: words(s.ignore) };
}
