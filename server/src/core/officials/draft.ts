// A mention found by one of the extraction passes, in view offsets.
import type { Span } from '../document';

export type MentionForm = 'titled' | 'listed' | 'name-first' | 'comrade' | 'speaker' | 'bare';

export interface MentionDraft {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly titles: readonly Span[];
  readonly form: MentionForm;
}

/** A clause: text between clause punctuation, inside one sentence. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  /** End of the sentence the clause belongs to. */
  readonly sentenceEnd: number;
}
