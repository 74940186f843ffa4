// The nodejieba adapter. It loads the trimmed dictionary the build wrote (dist/jieba, checked against
// its manifest); when that dictionary is missing or damaged it loads nodejieba's own full one instead
// (slower, same words) and says so once on stderr. Our own titles, prefixes and following words are
// taught by the language service that uses it (officials/segmenter.ts). nodejieba is native and
// loaded once per process (thread): what it is taught is the process's, as its dictionary is.
// It only ever loads off the request path: in the corpus-index worker threads, in the CLI and in tests.
import { findJiebaDictionary } from './jieba-dictionary';
import type { Segmenter } from './segmenter';

interface Jieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string): boolean;
}

let loaded: Segmenter | undefined;
let tried = false;

function dictionaryOptions(): Record<string, string> {
  const found = findJiebaDictionary();
  if ('problem' in found) {
    process.stderr.write(`huiyi: ${found.problem}; using nodejieba's full dictionary instead.\n`);
    return {};
  }
  return { dict: found.dict, idfDict: found.idfDict };
}

/** Loads nodejieba once (synchronously: call it where blocking is harmless); undefined if it cannot load. */
export function loadJiebaSegmenter(): Segmenter | undefined {
  if (tried) return loaded;
  tried = true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as Jieba;
    jieba.load(dictionaryOptions());
    loaded = {
      cut: (text) => jieba.cut(text, true),
      insertWord: (word) => void jieba.insertWord(word),
    };
  } catch {
    loaded = undefined;
  }
  return loaded;
}

/**
 * nodejieba, loaded the first time a name's boundary needs it. Most reports never do (their
 * names are settled by titles and the vocabulary: on a generated corpus of 10,000, not once),
 * so a command-line run does not spend a tenth of a second per thread loading it for nothing.
 * Words taught before then are kept and taught on loading, so results are the same as with
 * loadJiebaSegmenter().
 */
export function lazyJiebaSegmenter(): Segmenter {
  const taught: string[] = [];
  let jieba: Segmenter | undefined;
  let tried = false;
  const load = () => {
    if (!tried) {
      tried = true;
      jieba = loadJiebaSegmenter();
      for (const word of taught) jieba?.insertWord(word);
      taught.length = 0;
    }
    return jieba;
  };
  return {
    // Without nodejieba, no words: the segmenter cannot tell, as when none is installed.
    cut: (text) => load()?.cut(text) ?? [],
    insertWord: (word) => (tried ? jieba?.insertWord(word) : void taught.push(word)),
  };
}
