// The nodejieba adapter. Loading jieba's dictionaries takes over a second, so it is only ever
// loaded off the request path: in the corpus-index worker threads and in the CLI.
import { segmenterWords } from './vocabulary';
import type { Segmenter } from './segmenter';

interface Jieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string): boolean;
}

let loaded: Segmenter | undefined;

/** Loads nodejieba once (synchronously: call it where blocking is harmless) and teaches it our titles. */
export function loadJiebaSegmenter(): Segmenter | undefined {
  if (loaded) return loaded;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as Jieba;
    jieba.load();
    for (const word of segmenterWords()) if (word.length > 1) jieba.insertWord(word);
    loaded = {
      cut: (text) => jieba.cut(text, true),
      insertWord: (word) => void jieba.insertWord(word),
    };
  } catch {
    loaded = undefined;
  }
  return loaded;
}
