// Two different meetings of the same kind can share most of their words (the stock sentences of a
// 常务会议). What tells them apart is what a reader would look at: the day, the body, the ordinal,
// and who chaired. A pair that differs in any of these is never merged, whatever the text.
import type { MeetingSignature } from './signature';

/** Days between two ISO dates. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Two meetings dated only relatively (今天, 昨天: the day comes from the publication line) a week or
 * more apart are two meetings: a mirror keeps the page's publication line, or reposts within days.
 */
const RELATIVE_DAYS_APART = 6;

function overlap(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

/** Why two meetings cannot be one, or undefined when nothing tells them apart. */
/** The fields the guards read. */
export type GuardFields = Pick<MeetingSignature, 'day' | 'iso' | 'body' | 'ordinal' | 'chairs' | 'leaders' | 'officials'>;

export function distinctBy(a: GuardFields, b: GuardFields): string | undefined {
  if (a.day && b.day && a.day !== b.day) return 'day';
  // Both written as a month-day, with the year known: a year apart is another meeting.
  if (a.day && b.day && a.iso && b.iso && a.iso !== b.iso) return 'date';
  if (!a.day && !b.day && a.iso && b.iso && daysApart(a.iso, b.iso) >= RELATIVE_DAYS_APART) return 'date';
  if (a.body && b.body && a.body !== b.body) return 'body';
  if (a.ordinal && b.ordinal && a.ordinal !== b.ordinal) return 'ordinal';
  if (a.chairs.length && b.chairs.length && !overlap(a.chairs, b.chairs)) return 'chair';
  if (a.leaders.length && b.leaders.length && !overlap(a.leaders, b.leaders)) return 'leaders';
  const fewer = Math.min(a.officials.length, b.officials.length);
  if (fewer >= 2 && overlap(a.officials, b.officials) < fewer / 2) return 'officials';
  return undefined;
}
