// A finding: one place where the text is damaged, what happened, and the repair if there is one.
import type { Span } from '../document';
import type { DamageCode } from './codes';

/** Replace raw [start, end) with `newText`. */
export interface TextRepair extends Span {
  readonly newText: string;
}

export interface Finding extends Span {
  readonly code: DamageCode;
  /** What happened and what the fix will do, in plain words. */
  readonly message: string;
  /** The repair; absent when the damage can only be flagged (the bytes are gone). */
  readonly repair?: TextRepair;
  /** A file-level finding (reported once; it does not compete with span findings). */
  readonly fileLevel?: boolean;
}

export function finding(code: DamageCode, start: number, end: number, message: string, newText?: string): Finding {
  return newText === undefined ? { code, start, end, message } : { code, start, end, message, repair: { start, end, newText } };
}
