// A meeting's comparable text: the meeting's span in the normalized view (pinyin annotations and
// lost indents deleted, traditional read as simplified), without its headline and the web chrome
// inside it, keeping only Han characters, digits and Latin letters (punctuation, whitespace, U+FFFD
// and "?" go), one paragraph per line of the source.
import type { Span } from '../document';
import type { Meeting } from '../model/types';
import type { NormalizedView } from '../normalize/view';

export interface MeetingContent {
  /** The kept characters, simplified, paragraph after paragraph. */
  readonly text: string;
  /** [start, end) of each paragraph in `text`, flattened. */
  readonly paragraphs: number[];
  /** Han characters kept, and how many of them were traditional as written. */
  readonly han: number;
  readonly traditional: number;
  /** Pinyin annotations deleted from the meeting's span. */
  readonly pinyin: number;
  /** The first paragraph as the view reads it (simplified, punctuation kept): the lead. */
  readonly lead: string;
  /** Where the lead ends in the raw text. */
  readonly leadEnd: number;
}

/** Raw → view offsets: the deletions the view made, as it made them (overlaps skipped). */
export class RawToView {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** View offset of each deletion's start. */
  private readonly viewAt: number[] = [];

  constructor(readonly view: NormalizedView) {
    let rawPos = 0;
    let removed = 0;
    for (const d of view.deleted) {
      if (d.start < rawPos) continue;
      this.starts.push(d.start);
      this.ends.push(d.end);
      this.viewAt.push(d.start - removed);
      removed += d.end - d.start;
      rawPos = d.end;
    }
  }

  /** The last deletion starting at or before `raw`, or -1. */
  private before(raw: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= raw) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  toView(raw: number): number {
    const k = this.before(raw);
    if (k === -1) return raw;
    if (raw < this.ends[k]) return this.viewAt[k];
    return this.viewAt[k] + (raw - this.ends[k]);
  }

  /** Deletions inside [start, end) that are pinyin annotations (they open with a bracket). */
  pinyinIn(start: number, end: number): number {
    let n = 0;
    for (let k = Math.max(0, this.before(start)); k < this.starts.length && this.starts[k] < end; k++) {
      if (this.starts[k] < start) continue;
      const c = this.view.raw.charCodeAt(this.starts[k]);
      if (c === 0x28 || c === 0xff08) n++;
    }
    return n;
  }
}

const isKept = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff19);
const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

export function meetingContent(view: NormalizedView, map: RawToView, meeting: Meeting): MeetingContent {
  // Raw spans left out: the headline and chrome inside the meeting.
  const cut: Span[] = [...(meeting.headline ? [meeting.headline] : []), ...meeting.chrome].sort((a, b) => a.start - b.start);
  const pieces: [number, number][] = [];
  let at = meeting.start;
  for (const c of cut) {
    if (c.start > at) pieces.push([at, Math.min(c.start, meeting.end)]);
    at = Math.max(at, c.end);
  }
  if (at < meeting.end) pieces.push([at, meeting.end]);

  const { normalized, cleaned } = view;
  let out = new Uint16Array(1024);
  let length = 0;
  const paragraphs: number[] = [];
  let han = 0;
  let traditional = 0;
  let paragraphStart = 0;
  let lead = '';
  let leadEnd = meeting.end;
  let leadStart = -1;
  const closeParagraph = (viewEnd: number) => {
    if (length > paragraphStart) {
      if (!paragraphs.length && leadStart >= 0) {
        lead = normalized.slice(leadStart, viewEnd);
        leadEnd = view.map.toRawEnd(viewEnd);
      }
      paragraphs.push(paragraphStart, length);
    }
    paragraphStart = length;
    leadStart = -1;
  };
  for (const [rs, re] of pieces) {
    const vs = map.toView(rs);
    const ve = map.toView(re);
    for (let i = vs; i < ve; i++) {
      const c = normalized.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) closeParagraph(i);
      else if (isKept(c)) {
        if (leadStart < 0) leadStart = i;
        if (length === out.length) {
          const grown = new Uint16Array(out.length * 2);
          grown.set(out);
          out = grown;
        }
        out[length++] = c >= 0xff10 && c <= 0xff19 ? c - 0xff10 + 0x30 : c;
        if (isHan(c)) {
          han++;
          if (cleaned.charCodeAt(i) !== c) traditional++;
        }
      }
    }
    closeParagraph(ve);
  }
  let pinyin = 0;
  for (const [rs, re] of pieces) pinyin += map.pinyinIn(rs, re);
  const text = Buffer.from(out.buffer, 0, length * 2).toString('utf16le');
  return { text, paragraphs, han, traditional, pinyin, lead, leadEnd };
}
