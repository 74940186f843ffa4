// The nodejieba adapter. jieba's full dictionary costs 2.5 s and 250 MB per thread, so we load a
// trimmed one (its 50,000 most frequent words, written once to the temp directory) plus our own
// titles, prefixes and following words. It only ever loads off the request path: in the
// corpus-index worker threads, in the CLI and in tests.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { segmenterWords } from './vocabulary';
import type { Segmenter } from './segmenter';

interface Jieba {
  DEFAULT_DICT: string;
  DEFAULT_IDF_DICT: string;
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string): boolean;
}

const KEEP_WORDS = 50_000;
let loaded: Segmenter | undefined;
let tried = false;

function trimmedDictionaries(jieba: Jieba): { dict: string; idfDict: string } {
  const dict = join(tmpdir(), `huiyi-jieba-${KEEP_WORDS}.dict.utf8`);
  const idfDict = join(tmpdir(), 'huiyi-jieba.idf.utf8');
  if (!existsSync(dict)) {
    const lines = readFileSync(jieba.DEFAULT_DICT, 'utf8').split('\n').filter(Boolean);
    const frequency = (line: string) => Number(line.split(' ')[1]) || 0;
    lines.sort((a, b) => frequency(b) - frequency(a));
    writeFileSync(dict, lines.slice(0, KEEP_WORDS).join('\n') + '\n');
  }
  if (!existsSync(idfDict)) writeFileSync(idfDict, '的 1.0\n');
  return { dict, idfDict };
}

/** Loads nodejieba once (synchronously: call it where blocking is harmless); undefined if it cannot load. */
export function loadJiebaSegmenter(): Segmenter | undefined {
  if (tried) return loaded;
  tried = true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as Jieba;
    jieba.load(trimmedDictionaries(jieba));
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
