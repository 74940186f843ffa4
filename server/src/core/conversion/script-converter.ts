// The small interface the rest of Huiyi sees: traditional text in, edits to simplified out.
import type { Edit } from '../text/edits';

/** The traditional standard the source text follows (OpenCC's t2s, tw2s, tw2sp, hk2s). */
export type SourceVariant = 't' | 'tw' | 'twp' | 'hk';
export const SOURCE_VARIANTS: readonly SourceVariant[] = ['t', 'tw', 'twp', 'hk'];

export interface ScriptConverter {
  readonly variant: SourceVariant;
  /**
   * Edits that turn text[from, to) into simplified script (phrase-aware, exact offsets into
   * `text`), appended to `out`. Not yet minimal: a phrase match is one edit.
   */
  edits(text: string, from?: number, to?: number, out?: Edit[]): Edit[];
  /**
   * The first offset in [from, to) holding a code unit the conversion may change, or `to` when
   * there is none: `edits` of a range before it is certainly empty.
   */
  nextChange(text: string, from: number, to: number): number;
}
