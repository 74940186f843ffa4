// A mention found by one of the extraction passes, in view offsets.
import type { Span } from '../document';

export type MentionForm = 'titled' | 'listed' | 'name-first' | 'comrade' | 'speaker' | 'bare';

export interface MentionDraft {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly titles: readonly Span[];
  readonly form: MentionForm;
  /** Written between spaces (市长 饶牧之 主持): its verb may follow past a space. */
  readonly spaced?: boolean;
}
