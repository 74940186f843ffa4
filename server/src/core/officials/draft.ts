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

const CLAUSE_END = new Set('，。；：！？（）()“”"《》〈〉「」【】 \t\u3000?!,;:');
const SENTENCE_END = new Set('。；！？?!;');

export function clausesOf(text: string, start: number, end: number): Clause[] {
  const clauses: { start: number; end: number }[] = [];
  const sentenceEnds: number[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || CLAUSE_END.has(text[i])) {
      if (i > s) clauses.push({ start: s, end: i });
      if (i === end || SENTENCE_END.has(text[i])) sentenceEnds.push(i);
      s = i + 1;
    }
  }
  let k = 0;
  return clauses.map((c) => {
    while (sentenceEnds[k] < c.end) k++;
    return { ...c, sentenceEnd: sentenceEnds[k] ?? end };
  });
}
