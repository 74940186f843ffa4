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

const table = (chars: string) => {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
const CLAUSE_END = table('，。；：！？（）()“”"《》〈〉「」【】 \t\u3000?!,;:\r\n');
const SENTENCE_END = table('。；！？?!;\r\n');

export function clausesOf(text: string, start: number, end: number): Clause[] {
  const clauses: { start: number; end: number; sentenceEnd: number }[] = [];
  let s = start;
  let open = 0; // first clause of the current sentence
  for (let i = start; i <= end; i++) {
    const c = i === end ? 0 : text.charCodeAt(i);
    if (i === end || CLAUSE_END[c]) {
      if (i > s) clauses.push({ start: s, end: i, sentenceEnd: end });
      if (i === end || SENTENCE_END[c]) {
        for (let k = open; k < clauses.length; k++) clauses[k].sentenceEnd = i;
        open = clauses.length;
      }
      s = i + 1;
    }
  }
  return clauses;
}
