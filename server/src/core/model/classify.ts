// Decides whether a text reads as a Chinese meeting report (so plaintext files light up).
import vocabulary from '../data/meeting-vocabulary.json';
import { countHan, isHan } from '../text/chars';

const SAMPLE = 8192;
const words = vocabulary.meetingWords;

/** ASCII letters and { } [ ] " = ` (code and JSON, rare in Chinese prose): 1 in this table. */
const FOREIGN = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) FOREIGN[c] = FOREIGN[c + 0x20] = 1;
for (const c of '{}[]"=`') FOREIGN[c.charCodeAt(0)] = 1;

/**
 * Whether the sample holds no more foreign marks than Han characters. Foreign marks are Latin
 * letters (outside HTML tags on one line, which scraped reports keep) and code punctuation: a
 * report is prose in Chinese, so these stay a minority (at most a few percent in the reports the
 * tests hold); an English README with Chinese examples, source code or a JSON word list is mostly
 * them. One pass that counts both, and stops once the rest of the sample could not tip the balance.
 */
export function foreignAtMostHan(sample: string): boolean {
  let foreign = 0;
  let han = 0;
  let inTag = false;
  const n = sample.length;
  for (let from = 0; from < n; from += 256) {
    const to = Math.min(n, from + 256);
    for (let i = from; i < to; i++) {
      const c = sample.charCodeAt(i);
      if (c >= 0x80) {
        if (isHan(c)) han++;
      } else if (inTag) {
        if (c === 0x3e /* > */ || c === 0x0a) inTag = false;
      } else if (c === 0x3c /* < */) inTag = true;
      else if (FOREIGN[c]) foreign++;
    }
    // Even if every unit left were a foreign mark, Han would still not be outnumbered.
    if (han - foreign >= n - to) return true;
  }
  return han >= foreign;
}

/** A Markdown or code fence at a line start: documentation, not a report. */
const FENCE = /(^|\n)[ \t]*```/;

/**
 * Normalized text (simplified) in; true when the sample is mostly Han, talks of meetings, and is
 * not a Markdown document or code. The one classifier of the server and the CLI (buildReportModel).
 */
export function isReportText(normalized: string): boolean {
  const sample = normalized.slice(0, SAMPLE);
  if (countHan(sample, sample.length, 20) < 20) return false;
  let hits = 0;
  for (const w of words) if (sample.includes(w) && ++hits >= 2) break;
  if (hits < 2) return false;
  if (sample.includes('```') && FENCE.test(sample)) return false;
  return foreignAtMostHan(sample);
}
