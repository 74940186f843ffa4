// Spans whose findings nothing can override: the settled findings of the highest-priority code
// that found anything. A later (lower-priority) finding inside one of them is always dropped by
// the overlap rules and affects nothing else, so a detector may skip such a range altogether
// (a 5 MB UTF-8-read-as-Latin-1 file holds hundreds of thousands of C1 controls inside its
// mojibake spans: no finding, message or repair is built for them).
import type { Finding } from './finding';

export class CoveredSpans {
  /** Sorted, non-overlapping. */
  constructor(private readonly spans: readonly Finding[]) {}

  /** Whether [start, end) (start < end) lies wholly inside one span. */
  contains(start: number, end: number): boolean {
    const spans = this.spans;
    let lo = 0;
    let hi = spans.length;
    // The last span starting at or before `start`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && end <= spans[lo - 1].end;
  }
}
