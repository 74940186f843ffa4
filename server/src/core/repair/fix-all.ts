// Fix-all: every safe repair of a document, as one list of minimal edits on the text as it is.
// A repair can reveal more damage (an &nbsp; indent decodes to a no-break-space indent), so the
// text is re-checked and repaired until nothing changes; the rounds are composed into one edit
// list, so applying the result twice gives the same text as applying it once.
import type { Finding, TextRepair } from '../damage/finding';
import { applyEdits } from '../text/edits';
import { composeRepairs, nonOverlapping } from './edits';

const MAX_ROUNDS = 4;

export function repairsOf(text: string, findings: readonly Finding[]): TextRepair[] {
  const repairs = findings.flatMap((f) => (f.repair ? [f.repair] : []));
  return nonOverlapping(text, repairs.sort((a, b) => a.start - b.start || a.end - b.end));
}

/**
 * `findings`: the safe findings of `text` (already filtered); `recheck`: the safe findings of a
 * repaired text. Returns repairs on `text`.
 */
export function fixAll(text: string, findings: readonly Finding[], recheck: (text: string) => readonly Finding[]): TextRepair[] {
  let total = repairsOf(text, findings);
  let current = applyEdits(text, total);
  for (let round = 1; round < MAX_ROUNDS && total.length; round++) {
    const more = repairsOf(current, recheck(current));
    if (!more.length) break;
    const next = applyEdits(current, more);
    total = composeRepairs(current, total, more);
    current = next;
  }
  return total;
}
