// Decides whether a text reads as a Chinese meeting report (so plaintext files light up).
import vocabulary from '../data/meeting-vocabulary.json';
import { countHan } from '../text/chars';

const SAMPLE = 8192;
const words = new RegExp(vocabulary.meetingWords.join('|'), 'g');

/** Normalized text (simplified) in; true when the sample is mostly Han and talks of meetings. */
export function isReportText(normalized: string): boolean {
  const sample = normalized.slice(0, SAMPLE);
  const han = countHan(sample);
  if (han < 20) return false;
  const hits = new Set(sample.match(words) ?? []);
  return hits.size >= 2;
}
