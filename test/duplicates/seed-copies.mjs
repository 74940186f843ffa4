// Two copies of a seed report, as a mirror and a repost make them (issue 16's real-editor case):
// one converted to traditional script by opencc-js with pinyin annotations glued after some
// characters (make-corpus.mjs's copy of kind t+p), and one truncated at a sentence end about 60%
// into the text. Deterministic: the same text gives the same copies.
import { mulberry32 } from '../eval/lib.mjs';
import { makeCopy } from './make-corpus.mjs';

export function seedCopies(text) {
  const mirror = makeCopy({ text, meetings: 2, lead: -1, headline: -1 }, ['t', 'p'], mulberry32(16));
  const cut = text.indexOf('。', Math.floor(text.length * 0.6));
  const truncated = text.slice(0, cut + 1) + '\n';
  return { mirror, truncated };
}
