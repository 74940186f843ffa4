// The catalogue of damage codes: default severity, whether source.fixAll applies the repair,
// and the README anchor that documents the code. Codes are stable: users configure them.

export const DAMAGE_CODES = [
  'mojibake.wrong-encoding',
  'mojibake.utf8-as-latin1',
  'mojibake.utf8-as-gbk',
  'mojibake.replacement-char',
  'mojibake.pinyin-annotation',
  'mojibake.question-marks',
  'cleanup.html',
  'cleanup.control-chars',
  'cleanup.boilerplate',
  'cleanup.whitespace',
  'cleanup.halfwidth-punctuation',
] as const;

export type DamageCode = (typeof DAMAGE_CODES)[number];

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface CodeFacts {
  readonly severity: SeverityName;
  /** source.fixAll applies this code's repairs (damage, not style or content removal). */
  readonly fixAll: boolean;
  /** Faded in the editor (text that should not be there at all). */
  readonly unnecessary?: boolean;
}

export const CODE_FACTS: Readonly<Record<DamageCode, CodeFacts>> = {
  'mojibake.wrong-encoding': { severity: 'error', fixAll: false },
  'mojibake.utf8-as-latin1': { severity: 'warning', fixAll: true },
  'mojibake.utf8-as-gbk': { severity: 'warning', fixAll: true },
  'mojibake.replacement-char': { severity: 'warning', fixAll: false },
  'mojibake.pinyin-annotation': { severity: 'warning', fixAll: true, unnecessary: true },
  'mojibake.question-marks': { severity: 'warning', fixAll: true },
  'cleanup.html': { severity: 'warning', fixAll: true },
  'cleanup.control-chars': { severity: 'warning', fixAll: true },
  'cleanup.boilerplate': { severity: 'information', fixAll: false, unnecessary: true },
  'cleanup.whitespace': { severity: 'information', fixAll: true },
  'cleanup.halfwidth-punctuation': { severity: 'hint', fixAll: false },
};

const PRIORITY = Object.fromEntries(DAMAGE_CODES.map((c, i) => [c, i])) as Record<DamageCode, number>;

/** Overlapping findings: the one whose code comes first in DAMAGE_CODES wins. */
export function priorityOf(code: DamageCode): number {
  return PRIORITY[code];
}

export function isDamageCode(code: unknown): code is DamageCode {
  return typeof code === 'string' && (DAMAGE_CODES as readonly string[]).includes(code);
}

/** The README anchor of a code (an explicit <a id> before its subsection). */
export function anchorOf(code: string): string {
  return code;
}
