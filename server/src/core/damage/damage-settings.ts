// The damage diagnostics' settings, validated from untrusted input:
//   huiyi.diagnostics.severity      { "<code>": "error" | "warning" | "information" | "hint" | "off" }
//   huiyi.diagnostics.groupPerParagraph  findings of one code in a paragraph shown as one from this many (0: never)
//   huiyi.maxNumberOfProblems       cap on findings per file (then one summary finding)
//   huiyi.repair.questionMarkIndent "fullwidth" | "remove"
import { CODE_FACTS, DAMAGE_CODES, isDamageCode, type DamageCode } from './codes';
import { isSeverity, type Severity } from '../severity';
import type { IndentRepair } from './detector';

export interface DamageSettings {
  readonly severity: Readonly<Record<DamageCode, Severity>>;
  readonly maxNumberOfProblems: number;
  /** From this many findings of one code in one paragraph, one diagnostic for them all (0: each its own). */
  readonly groupPerParagraph: number;
  readonly questionMarkIndent: IndentRepair;
}


const defaultSeverity = Object.freeze(Object.fromEntries(DAMAGE_CODES.map((c) => [c, CODE_FACTS[c].severity])) as Record<DamageCode, Severity>);

export const DEFAULT_DAMAGE_SETTINGS: DamageSettings = Object.freeze({
  severity: defaultSeverity,
  maxNumberOfProblems: 1000,
  groupPerParagraph: 3,
  questionMarkIndent: 'fullwidth',
});

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** From the `huiyi` section: { diagnostics: { severity, groupPerParagraph }, maxNumberOfProblems, repair: { questionMarkIndent } }. */
export function resolveDamageSettings(section: Record<string, unknown>): DamageSettings {
  const severity: Record<DamageCode, Severity> = { ...defaultSeverity };
  // Accept the nested form and the dotted key VS Code may hand over ("diagnostics.severity").
  const given = { ...record(record(section.diagnostics).severity), ...record(section['diagnostics.severity']) };
  for (const [code, value] of Object.entries(given)) {
    if (isDamageCode(code) && isSeverity(value)) severity[code] = value;
  }
  const max = section.maxNumberOfProblems;
  const group = record(section.diagnostics).groupPerParagraph ?? section['diagnostics.groupPerParagraph'];
  const indent = record(section.repair).questionMarkIndent ?? section['repair.questionMarkIndent'];
  return {
    severity,
    maxNumberOfProblems: typeof max === 'number' && Number.isFinite(max) && max >= 1 ? Math.floor(max) : DEFAULT_DAMAGE_SETTINGS.maxNumberOfProblems,
    groupPerParagraph: typeof group === 'number' && Number.isFinite(group) && group >= 0 ? Math.floor(group) : DEFAULT_DAMAGE_SETTINGS.groupPerParagraph,
    questionMarkIndent: indent === 'remove' ? 'remove' : 'fullwidth',
  };
}
