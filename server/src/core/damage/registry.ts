// Every detector, run in one pass over a document's text, and the rules that settle overlaps:
// a file-level wrong-encoding finding replaces all others; a boilerplate block hides style
// findings inside it; otherwise, of two overlapping findings, the code listed first wins.
import { priorityOf, type DamageCode } from './codes';
import type { Detector, DetectorInput } from './detector';
import type { Finding } from './finding';
import { boilerplate } from './detectors/boilerplate';
import { controlChars } from './detectors/control-chars';
import { halfwidthPunctuation } from './detectors/halfwidth-punctuation';
import { htmlResidue } from './detectors/html';
import { pinyinAnnotations } from './detectors/pinyin-annotation';
import { questionMarks } from './detectors/question-marks';
import { replacementChars } from './detectors/replacement-char';
import { utf8AsGbk } from './detectors/utf8-as-gbk';
import { utf8AsLatin1 } from './detectors/utf8-as-latin1';
import { whitespace } from './detectors/whitespace';
import { wrongEncoding } from './detectors/wrong-encoding';

export const DETECTORS: readonly Detector[] = [
  wrongEncoding,
  utf8AsLatin1,
  utf8AsGbk,
  replacementChars,
  pinyinAnnotations,
  questionMarks,
  htmlResidue,
  controlChars,
  boilerplate,
  whitespace,
  halfwidthPunctuation,
];

/** Codes a boilerplate block hides: style remarks on text that will be removed anyway. */
const HIDDEN_IN_CHROME = new Set<DamageCode>(['cleanup.whitespace', 'cleanup.halfwidth-punctuation']);

function byStartThenPriority(a: Finding, b: Finding): number {
  return a.start - b.start || priorityOf(a.code) - priorityOf(b.code);
}

/** Keeps, of overlapping findings, the one with the higher-priority code. Input sorted. */
function settleOverlaps(sorted: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of sorted) {
    let wins = true;
    while (kept.length) {
      const last = kept[kept.length - 1];
      if (f.start >= last.end && !(f.start === last.start && f.end === last.start)) break;
      if (priorityOf(f.code) < priorityOf(last.code)) kept.pop();
      else {
        wins = false;
        break;
      }
    }
    if (wins) kept.push(f);
  }
  return kept;
}

function hideInChrome(findings: Finding[], chrome: readonly Finding[]): Finding[] {
  if (!chrome.length) return findings;
  let k = 0;
  return findings.filter((f) => {
    if (!HIDDEN_IN_CHROME.has(f.code)) return true;
    while (k < chrome.length && chrome[k].repair!.end <= f.start) k++;
    return !(k < chrome.length && chrome[k].repair!.start <= f.start && f.end <= chrome[k].repair!.end);
  });
}

/** All findings of the text, settled, sorted by start (file-level ones first). */
export function detectDamage(input: DetectorInput, detectors: readonly Detector[] = DETECTORS): Finding[] {
  const fileLevel: Finding[] = [];
  const chrome: Finding[] = [];
  // Each detector's spans, in detector order (which is priority order).
  const lists: Finding[][] = [];
  for (const detector of detectors) {
    const spans: Finding[] = [];
    for (const f of detector.detect(input)) {
      if (f.fileLevel) fileLevel.push(f);
      else if (f.code === 'cleanup.boilerplate') chrome.push(f);
      else spans.push(f);
    }
    if (spans.length) lists.push(spans);
  }
  if (fileLevel.length) return fileLevel;
  const spans = hideInChrome(settleOverlaps(mergeByStartThenPriority(lists)), chrome);
  return chrome.length ? mergeByStartThenPriority([spans, chrome.sort(byStartThenPriority)]) : spans;
}

/**
 * Merges lists whose order is their priority (a tie in start goes to the earlier list) into one
 * list sorted by start then priority. Detectors emit their findings in text order, so a damaged
 * file's hundreds of thousands of findings are merged, not sorted; a list out of order is sorted.
 */
function mergeByStartThenPriority(lists: Finding[][]): Finding[] {
  for (const list of lists) if (!isSorted(list)) list.sort(byStartThenPriority);
  let merged = lists.length ? lists[0] : [];
  for (let k = 1; k < lists.length; k++) merged = mergeTwo(merged, lists[k]);
  return merged;
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
