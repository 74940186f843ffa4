// A meeting's signature: what clustering needs to know of it, computed where the model is (a CLI
// worker, the editor's index worker) and small enough to send between threads and processes.
import vocabulary from '../data/duplicates.json';
import type { Span } from '../document';
import type { ReportModel } from '../model/types';
import { buildView, type NormalizedView } from '../normalize/view';
import { meetingContent, RawToView } from './content';
import { minhash } from './minhash';
import { shingleHashes, shingleSet } from './shingles';

export interface MeetingSignature {
  /** The file (path or stdin id) and the meeting's index in it. */
  readonly file: string;
  readonly meeting: number;
  readonly name: string;
  readonly date: string | null;
  readonly iso: string | null;
  /** The headline, simplified, punctuation and spaces removed (null when the meeting has none). */
  readonly headline: string | null;
  /** Month-day when the date is written as one (3月5日 → "3-5"); null for 今天, 近日 … */
  readonly day: string | null;
  /** The first place named in the lead (桐溪县), the body's ordinal (第18次). */
  readonly body: string | null;
  readonly ordinal: string | null;
  /** Simplified names: the chairs, and everyone the meeting names. */
  readonly chairs: readonly string[];
  readonly officials: readonly string[];
  /** Officials named in the lead (who chaired, or 出席会议并讲话): the same in every copy. */
  readonly leaders: readonly string[];
  readonly script: 'simplified' | 'traditional';
  /** Damage findings (and pinyin annotations) inside the meeting. */
  readonly damage: number;
  readonly pinyin: number;
  readonly published: string | null;
  /** Comparable characters, and shingles (with repeats). */
  readonly length: number;
  readonly shingles: number;
  readonly minhash: Uint32Array;
  /** The shingle set sampled by hash (h mod 4 = 0): consistent across meetings, for containment. */
  readonly sample: Uint32Array;
  /** Per paragraph, its smallest shingle hash: tells dropped, truncated and reordered paragraphs. */
  readonly anchors: Uint32Array;
}

/** 1 in SAMPLE_RATE shingles is kept in `sample` (a power of two). */
export const SAMPLE_RATE = 4;

/** A place at the start of a run of Han characters, followed by an organ or a meeting verb. */
const PLACE = new RegExp(`^([\\u4e00-\\u9fff]{2,5}?(?:${vocabulary.placeSuffixes.join('|')}))(?=${vocabulary.organs.join('|')})`);
const ORDINAL = new RegExp(vocabulary.ordinals.join('|'));
const DAY = /(\d{1,2})月(\d{1,2})日/;
const CN_DAY = /([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,4})日/;

/** The first place that opens a run of Han characters (桐溪县委常委会 → 桐溪县; 3月5日，青岚区政府召开 → 青岚区). */
function bodyOf(text: string | undefined): string | null {
  for (const run of text?.match(/[\u4e00-\u9fff]+/g) ?? []) {
    const m = PLACE.exec(run);
    if (m && !vocabulary.notPlaceStarts.some((w) => m[1].startsWith(w))) return m[1];
  }
  return null;
}

function dayOf(text: string | undefined): string | null {
  if (!text) return null;
  const m = DAY.exec(text) ?? CN_DAY.exec(text);
  return m ? `${m[1]}-${m[2]}` : null;
}

const compact = (s: string): string => s.replace(/[^\u3400-\u9fff0-9A-Za-z]/g, '');

export interface SignatureOptions {
  /** Damage findings of the file (raw spans); counted per meeting for the choice of canonical copy. */
  readonly damage?: readonly Span[];
  /** The file's normalized view, when the caller has it (else built here). */
  readonly view?: NormalizedView;
}

/** One signature per meeting of the model (meetings with no comparable text are left out). */
export function meetingSignatures(file: string, raw: string, model: ReportModel, options: SignatureOptions = {}): MeetingSignature[] {
  if (!model.meetings.length) return [];
  const view = options.view ?? buildView(raw);
  const map = new RawToView(view);
  const damage = options.damage ?? [];
  const out: MeetingSignature[] = [];
  // Each meeting's officials (in the model's order) and their mentions, in one pass over the mentions.
  const named: { name: string; mentions: { start: number; end: number }[] }[][] = model.meetings.map(() => []);
  for (const o of model.officials) {
    for (const x of o.mentions) {
      const list = named[x.meeting];
      if (!list) continue;
      const last = list[list.length - 1];
      if (last?.name === o.name) last.mentions.push(x);
      else list.push({ name: o.name, mentions: [x] });
    }
  }
  model.meetings.forEach((m, index) => {
    const content = meetingContent(view, map, m);
    if (!content.text.length) return;
    const hashes = shingleHashes(content.text, content.paragraphs);
    // The sample: 1 in SAMPLE_RATE of the distinct shingles, chosen by hash (so the same in every copy).
    const picked = new Uint32Array(hashes.length);
    let sampled = 0;
    for (let i = 0; i < hashes.length; i++) if ((hashes[i] & (SAMPLE_RATE - 1)) === 0) picked[sampled++] = hashes[i];
    const sample = shingleSet(picked.subarray(0, sampled));
    // Anchors: the smallest hash of each paragraph's shingles.
    const anchors: number[] = [];
    let at = 0;
    for (let p = 0; p < content.paragraphs.length; p += 2) {
      const len = content.paragraphs[p + 1] - content.paragraphs[p];
      const count = Math.max(1, len - 5 + 1);
      let min = 0xffffffff;
      for (let k = at; k < at + count && k < hashes.length; k++) if (hashes[k] < min) min = hashes[k];
      anchors.push(min);
      at += count;
    }
    const lead = content.lead;
    const officials = named[index].map((o) => o.name);
    const leaders = named[index].filter((o) => o.mentions.some((x) => x.start >= m.start && x.end <= content.leadEnd && (!m.headline || x.start >= m.headline.end))).map((o) => o.name);
    let damaged = options.damage ? 0 : content.pinyin;
    for (const d of damage) if (d.start >= m.start && d.end <= m.end) damaged++;
    out.push({
      file,
      meeting: index,
      name: m.name,
      date: m.date?.text ?? null,
      iso: m.date?.iso ?? null,
      headline: m.headline ? compact(m.headline.normalized) : null,
      day: dayOf(m.date?.normalized),
      // The headline names the body more often than the lead (区长…主持召开区政府…); a new headline rarely names another.
      body: bodyOf(m.headline?.normalized) ?? bodyOf(lead),
      ordinal: ORDINAL.exec(m.meetingName?.normalized ?? lead)?.[0] ?? null,
      chairs: [...new Set(m.chairs.map((c) => c.normalized))],
      officials,
      leaders,
      script: content.traditional > content.han * 0.05 ? 'traditional' : 'simplified',
      damage: damaged,
      pinyin: content.pinyin,
      published: model.published ?? null,
      length: content.text.length,
      shingles: hashes.length,
      minhash: minhash(hashes),
      sample,
      anchors: Uint32Array.from(anchors),
    });
  });
  return out;
}
