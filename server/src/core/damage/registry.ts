// Every detector, run in one pass over a document's text, and the rules that settle overlaps:
// a file-level wrong-encoding finding replaces all others; a boilerplate block hides style
// findings inside it; otherwise, of two overlapping findings, the code listed first wins.
import { DETECTORS, HIDDEN_IN_CHROME, priorityOf, type DamageCode, type DamageFinding as Finding } from './codes';
import type { Severity } from '../severity';
import type { Detector, DetectorInput } from './detector';
import { CoveredSpans } from './covered';

export { DETECTORS } from './codes';

/**
 * The detectors whose findings can be seen under these severities. Detectors run in priority
 * order, and a finding only ever hides findings of the codes after its own (an overlap, a block
 * of web-page chrome, a file-level finding): so the detectors at the end whose codes are all off
 * are left out, and what is shown does not change. (A command-line check skips the half-width
 * punctuation hints, which are below its default --min-severity.)
 */
export function activeDetectors(severity: Readonly<Record<DamageCode, Severity>>): readonly Detector<DamageCode>[] {
  let end = DETECTORS.length;
  while (end > 0 && severity[DETECTORS[end - 1].code] === 'off') end--;
  return end === DETECTORS.length ? DETECTORS : DETECTORS.slice(0, end);
}

function byStartThenPriority(a: Finding, b: Finding): number {
  return a.start - b.start || priorityOf(a.code) - priorityOf(b.code);
}

/** Keeps, of overlapping findings, the one with the higher-priority code. Input sorted; settled in place. */
function settleOverlaps(sorted: Finding[]): Finding[] {
  // sorted[0, kept) is the stack of findings kept so far: never ahead of the one being read.
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i];
    let wins = true;
    while (kept) {
      const last = sorted[kept - 1];
      if (f.start >= last.end && !(f.start === last.start && f.end === last.start)) break;
      if (priorityOf(f.code) < priorityOf(last.code)) kept--;
      else {
        wins = false;
        break;
      }
    }
    if (wins) sorted[kept++] = f;
  }
  sorted.length = kept;
  return sorted;
}

/** Drops, in place, the style findings inside a web-page block. */
function hideInChrome(findings: Finding[], chrome: readonly Finding[]): Finding[] {
  if (!chrome.length) return findings;
  let k = 0;
  let kept = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (HIDDEN_IN_CHROME.has(f.code)) {
      while (k < chrome.length && chrome[k].repair!.end <= f.start) k++;
      if (k < chrome.length && chrome[k].repair!.start <= f.start && f.end <= chrome[k].repair!.end) continue;
    }
    findings[kept++] = f;
  }
  findings.length = kept;
  return findings;
}

/** All findings of the text, settled, sorted by start (file-level ones first). */
export function detectDamage(input: DetectorInput, detectors: readonly Detector<DamageCode>[] = DETECTORS): Finding[] {
  const fileLevel: Finding[] = [];
  const chrome: Finding[] = [];
  // Each detector's spans, in detector order (which is priority order).
  const lists: Finding[][] = [];
  let later = input;
  let coveredPriority = Infinity; // the lowest priority among the covering spans' codes
  for (const detector of detectors) {
    // Once a file-level finding replaces all others, only another file-level one can be shown:
    // a wrongly decoded 5 MB file is not searched for hundreds of thousands of findings to drop.
    if (fileLevel.length && !detector.fileLevel) continue;
    const spans: Finding[] = [];
    // Indexed loops over findings (hundreds of thousands in a damaged file, read once per version,
    // mostly before the loop is optimized, where each step of an iterator is an object).
    const found = detector.detect(priorityOf(detector.code) > coveredPriority ? later : input);
    for (let i = 0; i < found.length; i++) {
      const f = found[i];
      if (f.fileLevel) fileLevel.push(f);
      else if (f.code === 'cleanup.boilerplate') chrome.push(f);
      else spans.push(f);
    }
    if (spans.length) {
      // The first list's settled spans can never be dropped: later detectors may skip inside them.
      if (!lists.length) {
        later = { ...input, covered: new CoveredSpans(settleOverlaps(isSorted(spans) ? spans.slice() : spans.slice().sort(byStartThenPriority))) };
        coveredPriority = Math.max(...new Set(spans.map((f) => priorityOf(f.code))));
      }
      lists.push(spans);
    }
  }
  if (fileLevel.length) return fileLevel;
  const spans = hideInChrome(settleOverlaps(mergeByStartThenPriority(lists)), chrome);
  return chrome.length ? mergeTwo(spans, chrome.sort(byStartThenPriority)) : spans;
}

/**
 * Merges lists whose order is their priority (a tie goes to the earlier list) into one new list
 * sorted by start then priority. Detectors emit their findings in text order, so a damaged
 * file's hundreds of thousands of findings are merged, not sorted; a list out of order is sorted.
 */
function mergeByStartThenPriority(lists: Finding[][]): Finding[] {
  for (const list of lists) if (!isSorted(list)) list.sort(byStartThenPriority);
  if (lists.length <= 1) return lists.length ? lists[0] : [];
  if (lists.length === 2) return mergeTwo(lists[0], lists[1]);
  let total = 0;
  for (const list of lists) total += list.length;
  const out: Finding[] = new Array(total);
  const next = new Array<number>(lists.length).fill(0);
  for (let k = 0; k < total; k++) {
    let best = -1;
    let head: Finding | undefined;
    for (let j = 0; j < lists.length; j++) {
      if (next[j] === lists[j].length) continue;
      const f = lists[j][next[j]];
      if (!head || byStartThenPriority(f, head) < 0) (best = j), (head = f);
    }
    out[k] = head!;
    next[best]++;
  }
  return out;
}

function isSorted(list: readonly Finding[]): boolean {
  for (let i = 1; i < list.length; i++) if (byStartThenPriority(list[i - 1], list[i]) > 0) return false;
  return true;
}

/** `a` before `b` on equal keys: `a` holds the higher priorities. */
function mergeTwo(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byStartThenPriority(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
