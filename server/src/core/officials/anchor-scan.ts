// One pass over a report's paragraphs that finds where the extraction passes need to look: its
// clauses, and the anchors officials are found near — where a title suffix may end (区委书记|)
// and where a title that follows a name may start (习近平|总书记). Passes then skip clauses and
// positions without anchors instead of looking up the vocabulary at every character.
import type { OfficialsContext } from './context';
import type { Vocabulary } from './vocabulary';

const CLAUSE_END = 1;
const SENTENCE_END = 2;
/** A title suffix or a collective title (区领导) may end with this character. */
const SUFFIX_LAST = 4;
/** A title that follows a name (总书记, 书记) may start with this character. */
const NAME_FIRST = 8;
/** 同, of 同志. */
const COMRADE = 16;
const ZHI = '志'.charCodeAt(0);

/**
 * What one scan found. The offset lists are views of the context's buffers, which its next scan
 * writes again (a report has an anchor every few characters: as arrays, they were a large part of
 * what a corpus check allocated, docs/benchmarks.md): one extraction reads them before the context
 * scans another text. test/unit/anchor-scan.test.mjs checks them against a plain scan.
 */
export interface AnchorScan {
  /**
   * Every clause of the paragraphs (text between clause punctuation, inside one sentence), in
   * text order, as three numbers each: start, end, and the end of the clause's sentence.
   */
  readonly clauses: Offsets;
  /** Which clauses (their index: clauses[3k…3k+2]) hold a place a title suffix may end: the only ones that can hold a titled mention. */
  readonly titleClauses: Offsets;
  /** Ascending offsets just past a character a title suffix may end with. */
  readonly suffixEnds: Offsets;
  /** Ascending offsets where a title that follows a name may start. */
  readonly nameFirstStarts: Offsets;
  /** Ascending offsets of 同志 (starting inside a paragraph). */
  readonly comrades: Offsets;
}

export type Offsets = ArrayLike<number>;

/** The character flags of each vocabulary (a pure function of it: vocabularies are never changed), made once. */
const flagTables = new WeakMap<Vocabulary, Uint8Array>();

function flags(cx: OfficialsContext): Uint8Array {
  const v = cx.vocabulary;
  const known = flagTables.get(v);
  if (known) return known;
  const t = new Uint8Array(0x10000);
  const mark = (chars: string, bit: number) => {
    for (const c of chars) t[c.charCodeAt(0)] |= bit;
  };
  mark('，。；：！？（）()“”"《》〈〉「」【】 \t\u3000?!,;:\r\n', CLAUSE_END);
  mark('。；！？?!;\r\n', SENTENCE_END);
  mark('同', COMRADE);
  for (let c = 0; c < 0x10000; c++) {
    if (v.suffixes.lasts[c] || v.collective.lasts[c]) t[c] |= SUFFIX_LAST;
    if (v.nameFirst.firsts[c]) t[c] |= NAME_FIRST;
  }
  flagTables.set(v, t);
  return t;
}

/** Scans `text[p.start, p.end)` for each paragraph (ascending, not overlapping). */
export function scanParagraphs(cx: OfficialsContext, text: string, paragraphs: readonly { readonly start: number; readonly end: number }[]): AnchorScan {
  const t = flags(cx);
  const { clauses, titleClauses, suffixEnds, nameFirstStarts, comrades } = cx.anchorLists;
  clauses.clear();
  titleClauses.clear();
  suffixEnds.clear();
  nameFirstStarts.clear();
  comrades.clear();
  for (let k = 0; k < paragraphs.length; k++) {
    const { start, end } = paragraphs[k];
    let s = start;
    let open = clauses.length; // where the first clause of the current sentence is
    let suffixes = 0; // suffix ends in the current clause
    for (let i = start; i <= end; i++) {
      const f = i < end ? t[text.charCodeAt(i)] : CLAUSE_END | SENTENCE_END;
      if (f === 0) continue;
      if (f & CLAUSE_END) {
        if (i > s) {
          if (suffixes) titleClauses.push(clauses.length / 3);
          clauses.push(s);
          clauses.push(i);
          clauses.push(end);
        }
        if (f & SENTENCE_END) {
          for (let k = open; k < clauses.length; k += 3) clauses.set(k + 2, i);
          open = clauses.length;
        }
        s = i + 1;
        suffixes = 0;
      }
      if (f & SUFFIX_LAST) {
        suffixEnds.push(i + 1);
        suffixes++;
      }
      if (f & NAME_FIRST) nameFirstStarts.push(i);
      // 同志 does not overlap itself: every occurrence is found by searching on from the last.
      if (f & COMRADE && text.charCodeAt(i + 1) === ZHI) comrades.push(i);
    }
  }
  return { clauses: clauses.view(), titleClauses: titleClauses.view(), suffixEnds: suffixEnds.view(), nameFirstStarts: nameFirstStarts.view(), comrades: comrades.view() };
}

/** Index of the first value >= `x` in ascending `values`. */
export function lowerBound(values: Offsets, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
