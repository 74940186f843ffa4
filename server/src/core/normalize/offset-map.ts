// Maps offsets in a view (raw text with some runs deleted) back to the raw text.
// Substitutions keep length, so only deletions need recording: each segment is a run of view
// text that is contiguous in the raw text.

export class OffsetMap {
  /** Start of each segment in the view, ascending; the first is 0. */
  private readonly viewStarts: number[] = [0];
  /** Start of each segment in the raw text. */
  private readonly rawStarts: number[] = [0];

  /** Records that, from view offset `viewOffset` on, the raw text resumes at `rawOffset`. */
  jump(viewOffset: number, rawOffset: number): void {
    const last = this.viewStarts.length - 1;
    if (this.viewStarts[last] === viewOffset) {
      this.rawStarts[last] = rawOffset;
    } else {
      this.viewStarts.push(viewOffset);
      this.rawStarts.push(rawOffset);
    }
  }

  private segmentOf(viewOffset: number): number {
    let lo = 0;
    let hi = this.viewStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.viewStarts[mid] <= viewOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The raw offset of the character at `viewOffset` (use for range starts). */
  toRaw(viewOffset: number): number {
    const s = this.segmentOf(viewOffset);
    return this.rawStarts[s] + (viewOffset - this.viewStarts[s]);
  }

  /** The raw offset just past the character before `viewOffset` (use for range ends). */
  toRawEnd(viewOffset: number): number {
    if (viewOffset <= 0) return this.toRaw(0);
    return this.toRaw(viewOffset - 1) + 1;
  }
}
