// Findings are computed once per document version: memoized on the report model object (which
// the model cache keeps per (uri, version)) and on the repair options that shape the fixes.
import type { ReportModel } from '../model/types';
import type { Detector, DetectOptions } from './detector';
import type { DamageCode, DamageFinding as Finding } from './codes';
import { detectDamage, DETECTORS } from './registry';

const memo = new WeakMap<ReportModel, Map<string, readonly Finding[]>>();

/** `detectors`: DETECTORS or a first part of it (activeDetectors). */
export function damageOf(text: string, model: ReportModel, options: DetectOptions, detectors: readonly Detector<DamageCode>[] = DETECTORS): readonly Finding[] {
  let byOptions = memo.get(model);
  if (!byOptions) memo.set(model, (byOptions = new Map()));
  const key = `${options.indent}|${detectors.length}`;
  let findings = byOptions.get(key);
  if (!findings) byOptions.set(key, (findings = detectDamage({ text, model, options }, detectors)));
  return findings;
}

/** The memoized findings, if these detectors already ran on this model (never computes). */
export function memoizedDamage(model: ReportModel, options: DetectOptions, detectors: readonly Detector<DamageCode>[] = DETECTORS): readonly Finding[] | undefined {
  return memo.get(model)?.get(`${options.indent}|${detectors.length}`);
}
