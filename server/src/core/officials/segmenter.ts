// A word segmenter (nodejieba in production) behind a small interface. Extraction never waits
// for it: without one, names are delimited by the vocabulary alone.
import { segmenterWords, type Vocabulary } from './vocabulary';

export interface Segmenter {
  /** Words of `text`, in order, covering it exactly. */
  cut(text: string): string[];
  /** Keep `word` whole from now on (a title or a name we found). */
  insertWord(word: string): void;
}

/**
 * A language service's segmenter with what it has taught it: the vocabulary's words and the
 * names extraction found (each once). One per service: nothing is learned process-wide.
 */
export class NameSegmenter {
  private readonly words = new Set<string>();
  private readonly names = new Set<string>();

  constructor(private readonly segmenter: Segmenter) {}

  /** Teaches the words of `v` it does not know yet (titles, prefixes, followers, known names). */
  teachVocabulary(v: Vocabulary): void {
    for (const word of segmenterWords(v)) {
      if (word.length < 2 || this.words.has(word)) continue;
      this.words.add(word);
      this.segmenter.insertWord(word);
    }
  }

  /** Teaches a name found by the extractor (once per name). */
  teachName(name: string): void {
    if (this.names.has(name) || this.names.size > 50_000) return;
    this.names.add(name);
    this.segmenter.insertWord(name);
  }

  /**
   * Where does a name starting at `start` end, according to the segmenter: 2 or 3 characters?
   * Undefined when it cannot tell.
   */
  nameLength(text: string, start: number): 2 | 3 | undefined {
    const words = this.segmenter.cut(text.slice(start, start + 8));
    const ends = new Set<number>();
    let offset = 0;
    const longAt = new Map<number, number>();
    for (const w of words) {
      longAt.set(offset, w.length);
      offset += w.length;
      ends.add(offset);
    }
    // A whole word of two or three characters at the start is the name.
    const first = words[0]?.length;
    if (first === 3) return 3;
    if (ends.has(2) && !ends.has(3) && (longAt.get(2) ?? 0) >= 2) return 2;
    if (ends.has(3) && !ends.has(2)) return 3;
    return undefined;
  }
}
