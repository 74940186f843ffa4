// The one edit type of the core, the LSP adapter and the CLI (a repair, a conversion's change):
// replace [start, end) by `newText`, as plain offsets. Applying a list, composing two stages so
// every edit points into the original text (the conversion's stages; fix-all's rounds compose
// with repair/edits.ts, which keeps each round's repairs whole), and shrinking an edit.

/** Replace raw[start, end) by `newText`. Lists are sorted by start and never overlap. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export function applyEdits(source: string, edits: readonly Edit[]): string {
  if (!edits.length) return source;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(source.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/**
 * Composes `first` (edits of `source`, giving `middle`) with `second` (edits of `middle`) into
 * edits of `source` that give the final text. Where a second-stage edit starts or ends inside
 * the output of a first-stage edit, the two merge into one edit.
 */
export function composeEdits(source: string, first: readonly Edit[], second: readonly Edit[]): Edit[] {
  if (!first.length) return second.slice();
  if (!second.length) return first.slice();
  const middle = applyEdits(source, first);
  const final = applyEdits(middle, second);

  // Output range of each first-stage edit in `middle`.
  const outStart: number[] = [];
  let delta = 0;
  for (const e of first) {
    outStart.push(e.start + delta);
    delta += e.newText.length - (e.end - e.start);
  }

  // Source ranges touched by either stage, in order, merged where they overlap.
  const ranges: [number, number][] = [];
  const push = (a: number, b: number) => {
    const last = ranges[ranges.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else ranges.push([a, b]);
  };
  // middle → source. Inside (or at the edge of) a first-stage edit's output, snap outwards to
  // the whole edit: a larger range is still exact, a smaller one would cut an edit.
  const outEnd = first.map((e, j) => outStart[j] + e.newText.length);
  let k = 0;
  let shift = 0; // middle - source in the unchanged stretch before first[k]
  const toSource = (p: number, up: boolean): number => {
    while (k < first.length && outEnd[k] < p) {
      shift += first[k].newText.length - (first[k].end - first[k].start);
      k++;
    }
    if (k < first.length && outStart[k] <= p) {
      if (!up) return first[k].start;
      let j = k;
      while (j + 1 < first.length && outStart[j + 1] <= p) j++;
      return first[j].end;
    }
    return p - shift;
  };
  let i = 0;
  for (const e of second) {
    const a = toSource(e.start, false);
    const b = toSource(e.end, true);
    while (i < first.length && first[i].start <= a) push(first[i].start, first[i++].end);
    push(a, b);
  }
  while (i < first.length) push(first[i].start, first[i++].end);

  // Map each merged source range forward to `final` and take its text.
  const result: Edit[] = [];
  const fwd1 = forwardMap(first);
  const fwd2 = forwardMap(second);
  for (const [a, b] of ranges) {
    const text = final.slice(fwd2(fwd1(a, false), false), fwd2(fwd1(b, true), true));
    result.push({ start: a, end: b, newText: text });
  }
  return result;
}

/** source → output offset through sorted edits; queries must come in ascending order per side. */
function forwardMap(edits: readonly Edit[]): (p: number, atEnd: boolean) => number {
  let k = 0;
  let delta = 0;
  return (p, atEnd) => {
    // Edits wholly before p (or ending at p, for an end position) shift it.
    while (k < edits.length && (edits[k].end < p || (edits[k].end === p && (atEnd || edits[k].start < p)))) {
      delta += edits[k].newText.length - (edits[k].end - edits[k].start);
      k++;
    }
    return p + delta;
  };
}

/**
 * Shrinks an edit to the characters that really change: when the old and new text have the same
 * number of code points, each differing run becomes its own edit; otherwise the common prefix and
 * suffix are dropped. Pushes the result onto `out`.
 */
export function pushMinimalEdits(source: string, edit: Edit, out: Edit[]): void {
  const next = edit.newText;
  // A deletion is minimal as it is (no common prefix or suffix with nothing).
  if (next === '' && edit.end > edit.start) {
    out.push({ start: edit.start, end: edit.end, newText: '' });
    return;
  }
  // As many units on each side and no surrogate: code points are units, each run compared in place.
  const length = edit.end - edit.start;
  if (length === next.length && !hasSurrogate(next, 0, length) && !hasSurrogate(source, edit.start, edit.end)) {
    let runStart = -1;
    for (let i = 0; i <= length; i++) {
      if (i < length && source.charCodeAt(edit.start + i) !== next.charCodeAt(i)) {
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) {
        out.push({ start: edit.start + runStart, end: edit.start + i, newText: runStart === 0 && i === length ? next : next.slice(runStart, i) });
        runStart = -1;
      }
    }
    return;
  }
  pushMinimalEditsPlain(source, edit, out);
}

function hasSurrogate(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

/** The reference for pushMinimalEdits: both sides split into code points. */
export function pushMinimalEditsPlain(source: string, edit: Edit, out: Edit[]): void {
  const old = source.slice(edit.start, edit.end);
  const next = edit.newText;
  if (old === next) return;
  const a = Array.from(old);
  const b = Array.from(next);
  if (a.length === b.length) {
    let offset = edit.start;
    let runStart = -1;
    let runText = '';
    for (let i = 0; i <= a.length; i++) {
      const differs = i < a.length && a[i] !== b[i];
      if (differs) {
        if (runStart < 0) runStart = offset;
        runText += b[i];
      } else if (runStart >= 0) {
        out.push({ start: runStart, end: offset, newText: runText });
        runStart = -1;
        runText = '';
      }
      if (i < a.length) offset += a[i].length;
    }
    return;
  }
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  // Never split a surrogate pair.
  if (head > 0 && isLowSurrogate(old.charCodeAt(head))) head--;
  if (tail > 0 && isLowSurrogate(old.charCodeAt(old.length - tail))) tail--;
  out.push({ start: edit.start + head, end: edit.end - tail, newText: next.slice(head, next.length - tail) });
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
