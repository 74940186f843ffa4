// What the officials passes read besides the text: the vocabulary of one language service's
// settings, its segmenter (with the names it learned) and the scratch buffers its scans reuse.
// Made by the service (one per vocabulary): no pass reads process-wide state.
import { OffsetList } from '../text/offset-list';
import { NameSegmenter } from './segmenter';
import { vocabularyOf, type Vocabulary, type VocabularyExtras } from './vocabulary';

export class OfficialsContext {
  /** A table made from the vocabulary when first needed (not-mentions.ts). */
  fixedTermChars: Uint8Array | undefined;
  /** The known names last asked about by hasGivenNameStart (name-boundary.ts), and what it found. */
  givenStarts: { known: ReadonlySet<string>; seen: number; chars: Set<number> } | undefined;
  /**
   * Buffers the anchor scan writes again on each scan (anchor-scan.ts): its result is read before
   * the next extraction by this context, which is synchronous.
   */
  readonly anchorLists = { clauses: new OffsetList(), titleClauses: new OffsetList(), suffixEnds: new OffsetList(), nameFirstStarts: new OffsetList(), comrades: new OffsetList() };
  /** A first-character table the bare-mention pass fills and clears (untitled-mentions.ts). */
  readonly firsts = new Uint8Array(0x10000);

  constructor(readonly vocabulary: Vocabulary, readonly segmenter?: NameSegmenter) {
    segmenter?.teachVocabulary(vocabulary);
  }
}

/** A context of its own (the data files' vocabulary, with `extras`; no segmenter unless given). */
export function officialsContext(extras: VocabularyExtras = {}, segmenter?: NameSegmenter): OfficialsContext {
  return new OfficialsContext(vocabularyOf(extras), segmenter);
}
