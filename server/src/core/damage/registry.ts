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
  let spans: Finding[] = [];
  for (const detector of detectors) {
    for (const f of detector.detect(input)) {
      if (f.fileLevel) fileLevel.push(f);
      else if (f.code === 'cleanup.boilerplate') chrome.push(f);
      else spans.push(f);
    }
  }
  if (fileLevel.length) return fileLevel;
  spans = hideInChrome(settleOverlaps(spans.sort(byStartThenPriority)), chrome);
  return [...spans, ...chrome].sort(byStartThenPriority);
}
