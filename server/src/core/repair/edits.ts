// Repairs (edits, text/edits.ts): keep the ones that can go together, and compose two rounds of
// repairs into one set of edits on the original text (so a fix-all that needs two rounds is still
// one minimal edit list, each first-round repair kept whole where the second round leaves it).
import type { TextRepair } from '../damage/finding';
import { applyEdits } from '../text/edits';

/** Keeps repairs (sorted by start) that overlap no earlier kept one and change something. */
export function nonOverlapping(text: string, repairs: readonly TextRepair[]): TextRepair[] {
  const out: TextRepair[] = [];
  let end = -1;
  for (const r of repairs) {
    if (r.start < end || (r.start === end && r.start === r.end && out.length && out[out.length - 1].start === r.start)) continue;
    if (text.slice(r.start, r.end) === r.newText) continue;
    out.push(r);
    end = r.end;
  }
  return out;
}

interface Placed {
  /** Where the first-round repair's new text lies in text1. */
  readonly s1: number;
  readonly e1: number;
  readonly delta: number;
  readonly r: TextRepair;
}

const overlaps = (p: Placed, s: number, e: number) => p.s1 < e && s < p.e1;

/**
 * `first` turns text0 into `text1`; `second` (sorted, non-overlapping, on text1) turns text1 into
 * text2. Returns sorted repairs on text0 that give text2. A second-round repair that touches text
 * the first round wrote is merged with that repair.
 */
export function composeRepairs(text1: string, first: readonly TextRepair[], second: readonly TextRepair[]): TextRepair[] {
  if (!second.length) return [...first];
  const placed: Placed[] = [];
  let delta = 0;
  for (const r of first) {
    const s1 = r.start + delta;
    const d = r.newText.length - (r.end - r.start);
    placed.push({ s1, e1: s1 + r.newText.length, delta: d, r });
    delta += d;
  }
  const consumed = new Set<number>();
  const out: TextRepair[] = [];
  // Shift of the text1 position `pos` against text0 (a deletion exactly at pos counts when `atDeletion`).
  const shiftAt = (pos: number, atDeletion: boolean): number => {
    let s = 0;
    for (const p of placed) {
      if (p.e1 < pos || (p.e1 === pos && (p.s1 < pos || atDeletion))) s += p.delta;
      else break;
    }
    return s;
  };

  let i = 0;
  let k = 0;
  while (i < second.length) {
    let x = second[i].start;
    let y = second[i].end;
    const group: TextRepair[] = [second[i++]];
    while (k < placed.length && placed[k].e1 <= x && !overlaps(placed[k], x, y)) k++;
    let from = -1;
    let to = -1;
    for (let grew = true; grew; ) {
      grew = false;
      for (let q = Math.max(0, k - 1); q < placed.length && placed[q].s1 <= y; q++) {
        if (!consumed.has(q) && overlaps(placed[q], x, y)) {
          consumed.add(q);
          if (from < 0 || q < from) from = q;
          if (q > to) to = q;
          x = Math.min(x, placed[q].s1);
          y = Math.max(y, placed[q].e1);
          grew = true;
        }
      }
      while (i < second.length && second[i].start < y) {
        y = Math.max(y, second[i].end);
        group.push(second[i++]);
        grew = true;
      }
    }
    const x0 = from >= 0 && placed[from].s1 === x ? placed[from].r.start : x - shiftAt(x, true);
    let y0 = to >= 0 && placed[to].e1 === y ? placed[to].r.end : y - shiftAt(y, false);
    if (y0 < x0) y0 = x0;
    const newText = applyEdits(text1.slice(x, y), group.map((g) => ({ start: g.start - x, end: g.end - x, newText: g.newText })));
    out.push({ start: x0, end: y0, newText });
  }
  placed.forEach((p, q) => {
    if (!consumed.has(q)) out.push(p.r);
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
