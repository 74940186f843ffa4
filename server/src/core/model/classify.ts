// Decides whether a text reads as a Chinese meeting report (so plaintext files light up).
import vocabulary from '../data/meeting-vocabulary.json';
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
