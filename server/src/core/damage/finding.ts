// A finding: one place where the text is damaged, what happened, and the repair if there is one.
import type { Span } from '../document';

/** Replace raw [start, end) with `newText`. */
export interface TextRepair extends Span {
  readonly newText: string;
}

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

/** Writes a finding's message from the text and the finding's span. */
export type Describe = (text: string, start: number, end: number) => string;

/**
 * A finding whose message (and repair) is made only when read. For the kinds a damaged file holds by the
 * hundred thousand (pinyin annotations, half-width punctuation), of which an editor shows a few.
 * The text is held in a private field: not copied by spread, JSON or structured clone.
 */
export class DescribedFinding<C extends string> implements Finding<C> {
  readonly #text: string;
  readonly #describe: Describe;
  readonly #newText: string | undefined;

  constructor(readonly code: C, text: string, readonly start: number, readonly end: number, describe: Describe, newText?: string) {
    this.#text = text;
    this.#describe = describe;
    this.#newText = newText;
  }

  get message(): string {
    return this.#describe(this.#text, this.start, this.end);
  }

  /** The repair, made when asked for (a `check` never asks). */
  get repair(): TextRepair | undefined {
    return this.#newText === undefined ? undefined : { start: this.start, end: this.end, newText: this.#newText };
  }
}
