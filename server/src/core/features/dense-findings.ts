// Dense findings of one code in one paragraph (a scraped page glues a pinyin annotation after
// every other character) become one diagnostic: the Problems panel lists the paragraph once, not
// each annotation. Paragraphs are lines, as in the model (model/paragraphs.ts). The members stay
// exact: the group's diagnostic names them in relatedInformation, and its quick fix repairs them
// all; fix-all and the command line read the findings themselves, one by one.
import type { DamageCode, DamageFinding as Finding } from '../damage/codes';

/** The findings of one code on one line, when there are at least the threshold's number. */
export interface DenseGroup {
  readonly code: DamageCode;
  /** The first member's span (where the diagnostic is shown). */
  readonly start: number;
  readonly end: number;
  /** Every member, in document order. */
  readonly members: readonly Finding[];
}

export type Reported = Finding | DenseGroup;

export function isGroup(item: Reported): item is DenseGroup {
  return (item as DenseGroup).members !== undefined;
}

/**
 * The findings (sorted by start) with, on each line, the findings of a code that has at least
 * `threshold` of them there replaced by one group at the first one's place. 0 (or 1) groups nothing.
 */
export function groupDense(text: string, findings: readonly Finding[], threshold: number): readonly Reported[] {
  if (threshold < 2 || findings.length < threshold) return findings;
  const out: Reported[] = [];
  let line: Finding[] = [];
  let lineEnd = -1;
  const flush = () => {
    if (line.length < threshold) {
      for (let i = 0; i < line.length; i++) out.push(line[i]);
    } else {
      const byCode = new Map<DamageCode, Finding[]>();
      for (let i = 0; i < line.length; i++) {
        const f = line[i];
        if (f.fileLevel) continue;
        const list = byCode.get(f.code);
        if (list) list.push(f);
        else byCode.set(f.code, [f]);
      }
      for (let i = 0; i < line.length; i++) {
        const f = line[i];
        const members = byCode.get(f.code);
        if (f.fileLevel || !members || members.length < threshold) out.push(f);
        else if (members[0] === f) out.push({ code: f.code, start: f.start, end: f.end, members });
      }
    }
    line = [];
  };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.start > lineEnd) {
      flush();
      const newline = text.indexOf('\n', f.start);
      lineEnd = newline === -1 ? text.length : newline;
    }
    line.push(f);
  }
  flush();
  return out;
}

/**
 * Whether findings[i] is shown only through its paragraph's group, behind the first member (as
 * groupDense groups it): the cursor on it gets no diagnostic, so its quick fix is offered by place.
 */
export function hiddenInGroup(text: string, findings: readonly Finding[], i: number, threshold: number): boolean {
  const f = findings[i];
  if (threshold < 2 || f.fileLevel) return false;
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const newline = text.indexOf('\n', f.start);
  const lineEnd = newline === -1 ? text.length : newline;
  let before = 0;
  let count = 0;
  for (let k = i; k >= 0 && findings[k].start >= lineStart; k--) if (findings[k].code === f.code && !findings[k].fileLevel) (count++, k < i && before++);
  for (let k = i + 1; k < findings.length && findings[k].start <= lineEnd; k++) if (findings[k].code === f.code && !findings[k].fileLevel) count++;
  return before > 0 && count >= threshold;
}
