// Spans of the text the conversion leaves exactly as they are: damage (mojibake) whose repair
// reads the damaged characters themselves (浼氳 → 会). Converting them (浼氲) would destroy what the
// repair, or a person comparing with the source, needs. Which spans these are is decided from the
// damage findings (features/conversion-protection.ts); here is only what the conversion needs.

export interface ProtectedSpan {
  readonly start: number;
  readonly end: number;
  /**
   * What the span will read once repaired, when a repair exists: the context its neighbours are
   * converted in (a phrase may run into it). The span itself is never edited.
   */
  readonly repaired?: string;
}

/** Sorted by start, non-overlapping. */
export interface Protection {
  readonly spans: readonly ProtectedSpan[];
}

export const NO_PROTECTION: Protection = Object.freeze({ spans: Object.freeze([]) as readonly ProtectedSpan[] });

/** How many protected spans overlap [start, end). */
export function protectedSpansIn(protection: Protection, start: number, end: number): number {
  const spans = protection.spans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < spans.length && spans[i].start < end; i++) n++;
  return n;
}

/** Drops the edits that touch a protected span (both lists sorted by start). */
export function outsideProtected<E extends { readonly start: number; readonly end: number }>(edits: E[], spans: readonly ProtectedSpan[]): E[] {
  if (!spans.length || !edits.length) return edits;
  let s = 0;
  return edits.filter((e) => {
    while (s < spans.length && spans[s].end <= e.start) s++;
    return !(s < spans.length && spans[s].start < Math.max(e.end, e.start + 1));
  });
}
