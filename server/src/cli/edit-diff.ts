import { type Edit } from '../core';
// `huiyi fix --dry-run`: a unified diff built from the edits themselves. A general line diff (Myers)
// costs O(N·D): on a 50 MB file whose every line has a pinyin annotation, it ran for minutes and
// gigabytes. The edits already say which lines change, so this is one pass.

const CONTEXT = 3;

/** Offsets where each line of `text` starts (a line keeps its own line ending). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (i + 1 < text.length) starts.push(i + 1);
  return starts;
}

/** The line holding offset `at` (binary search; `at` may be text.length). */
function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Splits keeping each line's ending; no empty last element. */
function splitKeep(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines.push(text.slice(from, i + 1));
    from = i + 1;
  }
  if (from < text.length) lines.push(text.slice(from));
  return lines;
}

/** A run of old lines [first, last] and what they become. */
interface Block {
  readonly first: number;
  readonly last: number;
  readonly before: string[];
  readonly after: string[];
}

function blocksOf(text: string, starts: readonly number[], edits: readonly Edit[]): Block[] {
  const blocks: Block[] = [];
  let k = 0;
  while (k < edits.length) {
    const first = lineOf(starts, edits[k].start);
    let last = lineOf(starts, Math.max(edits[k].start, edits[k].end - 1));
    let j = k + 1;
    while (j < edits.length && lineOf(starts, edits[j].start) <= last) {
      last = Math.max(last, lineOf(starts, Math.max(edits[j].start, edits[j].end - 1)));
      j++;
    }
    const from = starts[first];
    const to = last + 1 < starts.length ? starts[last + 1] : text.length;
    let after = '';
    let at = from;
    for (let e = k; e < j; e++) {
      after += text.slice(at, edits[e].start) + edits[e].newText;
      at = edits[e].end;
    }
    after += text.slice(at, to);
    blocks.push({ first, last, before: splitKeep(text.slice(from, to)), after: splitKeep(after) });
    k = j;
  }
  return blocks;
}

function diffLine(mark: string, line: string): string {
  return line.endsWith('\n') ? `${mark}${line}` : `${mark}${line}\n\\ No newline at end of file\n`;
}

/** The unified diff (3 lines of context) of applying `edits` (sorted, not overlapping) to `text`. */
export function unifiedDiff(oldName: string, newName: string, text: string, edits: readonly Edit[]): string {
  if (!edits.length) return '';
  const starts = lineStarts(text);
  const lines = text.length ? starts.length : 0;
  const lineAt = (i: number) => text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
  const blocks = blocksOf(text, starts, edits);
  let out = `--- ${oldName}\n+++ ${newName}\n`;
  let shift = 0; // new line number minus old line number, before the current hunk
  for (let b = 0; b < blocks.length; ) {
    // A hunk: blocks whose contexts touch.
    let e = b;
    while (e + 1 < blocks.length && blocks[e + 1].first - CONTEXT <= blocks[e].last + CONTEXT + 1) e++;
    const from = Math.max(0, blocks[b].first - CONTEXT);
    const to = Math.min(lines - 1, blocks[e].last + CONTEXT);
    let body = '';
    let oldCount = 0;
    let newCount = 0;
    let at = from;
    let growth = 0;
    for (let k = b; k <= e; k++) {
      for (; at < blocks[k].first; at++, oldCount++, newCount++) body += diffLine(' ', lineAt(at));
      for (const l of blocks[k].before) body += diffLine('-', l);
      for (const l of blocks[k].after) body += diffLine('+', l);
      oldCount += blocks[k].before.length;
      newCount += blocks[k].after.length;
      growth += blocks[k].after.length - blocks[k].before.length;
      at = blocks[k].last + 1;
    }
    for (; at <= to; at++, oldCount++, newCount++) body += diffLine(' ', lineAt(at));
    const oldStart = oldCount ? from + 1 : from;
    const newStart = newCount ? from + 1 + shift : from + shift;
    out += `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n${body}`;
    shift += growth;
    b = e + 1;
  }
  return out;
}
