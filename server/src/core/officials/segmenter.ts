// A word segmenter (nodejieba in production) behind a small interface. Extraction never waits
// for it: until one is installed with `useSegmenter`, names are delimited by the vocabulary alone.
export interface Segmenter {
  /** Words of `text`, in order, covering it exactly. */
  cut(text: string): string[];
  /** Keep `word` whole from now on (a title or a name we found). */
  insertWord(word: string): void;
}

let installed: Segmenter | undefined;
const inserted = new Set<string>();

export function useSegmenter(segmenter: Segmenter | undefined): void {
  installed = segmenter;
  inserted.clear();
}

/** Teaches the installed segmenter a name found by the extractor (once per name). */
export function teachName(name: string): void {
  if (!installed || inserted.has(name) || inserted.size > 50_000) return;
  inserted.add(name);
  installed.insertWord(name);
}

/**
 * Where does a name starting at `start` end, according to the segmenter: 2 or 3 characters?
 * Undefined when there is no segmenter or it cannot tell.
 */
export function segmenterNameLength(text: string, start: number): 2 | 3 | undefined {
  if (!installed) return undefined;
  const words = installed.cut(text.slice(start, start + 8));
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
