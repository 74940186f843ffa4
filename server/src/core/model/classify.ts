// Decides whether a text reads as a Chinese meeting report (so plaintext files light up).
import vocabulary from '../data/meeting-vocabulary.json';
import { DEFAULT_DETECT_OPTIONS } from '../damage/detector';
import { wrongEncoding } from '../damage/detectors/wrong-encoding';
import { countHan } from '../text/chars';

const SAMPLE = 8192;
const words = vocabulary.meetingWords;

/** Normalized text (simplified) in; true when the sample is mostly Han and talks of meetings. */
export function isReportText(normalized: string): boolean {
  const sample = normalized.slice(0, SAMPLE);
  if (countHan(sample, sample.length, 20) < 20) return false;
  let hits = 0;
  for (const w of words) if (sample.includes(w) && ++hits >= 2) return true;
  return false;
}

/**
 * A file decoded with the wrong encoding (all U+FFFD, or GBK read as Latin-1) no longer reads as
 * anything; it is still served, so that its one mojibake.wrong-encoding finding says how to reopen it.
 */
export function looksWronglyDecoded(raw: string): boolean {
  return wrongEncoding.detect({ text: raw, options: DEFAULT_DETECT_OPTIONS }).length > 0;
}
