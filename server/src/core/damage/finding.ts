// A finding: one place where the text is damaged, what happened, and the repair if there is one.
import type { Span } from '../document';
import type { Edit } from '../text/edits';

/** A repair: an edit, raw [start, end) replaced with `newText`. */
export type TextRepair = Edit;

/** `C`: the code (a detector's own; DamageFinding in damage/codes.ts for any damage code). */
export interface Finding<C extends string = string> extends Span {
  readonly code: C;
  /** What happened and what the fix will do, in plain words. */
  readonly message: string;
  /** The repair; absent when the damage can only be flagged (the bytes are gone). */
  readonly repair?: TextRepair;
  /** A file-level finding (reported once; it does not compete with span findings). */
  readonly fileLevel?: boolean;
}

export function finding<C extends string>(code: C, start: number, end: number, message: string, newText?: string): Finding<C> {
  return newText === undefined ? { code, start, end, message } : { code, start, end, message, repair: { start, end, newText } };
}
