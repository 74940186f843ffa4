// A meeting's duplicate signature as the index stores it: one BLOB, the hash arrays as their
// little-endian words and the other fields as a JSON array in FIELDS order (without the file,
// which is the row's). About 60% of the JSON line `huiyi signatures` writes, whose hashes travel
// as base64.
import type { MeetingSignature } from '../core';

const ARRAYS = ['minhash', 'sample', 'anchors'] as const;
const FIELDS = ['meeting', 'name', 'date', 'iso', 'headline', 'day', 'body', 'ordinal', 'chairs', 'officials', 'leaders', 'script', 'damage', 'pinyin', 'published', 'length', 'shingles'] as const;
/** Fails to compile when MeetingSignature gains a field that FIELDS does not store. */
type Unstored = Exclude<keyof MeetingSignature, (typeof FIELDS)[number] | (typeof ARRAYS)[number] | 'file'>;
const everyField: [Unstored] extends [never] ? true : never = true;
void everyField;
/** Raised when the layout changes: a blob of another layout is not read (the file is indexed again). */
const LAYOUT = 2;

/** [layout u8, 0, 0, 0][json bytes u32][minhash, sample, anchors lengths u32 ×3][words…][json]. */
export function packSignature(s: MeetingSignature): Uint8Array {
  const { minhash, sample, anchors } = s;
  const json = Buffer.from(JSON.stringify(FIELDS.map((k) => s[k])), 'utf8');
  const words = minhash.length + sample.length + anchors.length;
  const out = Buffer.alloc(20 + words * 4 + json.length);
  out.writeUInt8(LAYOUT, 0);
  out.writeUInt32LE(json.length, 4);
  let at = 8;
  for (const a of [minhash, sample, anchors]) (out.writeUInt32LE(a.length, at), (at += 4));
  for (const a of [minhash, sample, anchors]) for (let i = 0; i < a.length; i++) (out.writeUInt32LE(a[i], at), (at += 4));
  json.copy(out, at);
  return out;
}

/** The signature of meeting blob `data` of `file`; undefined for a blob of another layout. */
export function unpackSignature(file: string, data: Uint8Array): MeetingSignature | undefined {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length < 20 || b.readUInt8(0) !== LAYOUT) return undefined;
  const jsonBytes = b.readUInt32LE(4);
  const lengths = [b.readUInt32LE(8), b.readUInt32LE(12), b.readUInt32LE(16)];
  let at = 20;
  const arrays: Record<string, Uint32Array> = {};
  ARRAYS.forEach((k, n) => {
    const a = new Uint32Array(lengths[n]);
    for (let i = 0; i < a.length; i++) (a[i] = b.readUInt32LE(at), (at += 4));
    arrays[k] = a;
  });
  const values = JSON.parse(b.toString('utf8', at, at + jsonBytes)) as unknown[];
  const out: Record<string, unknown> = { file };
  FIELDS.forEach((k, i) => (out[k] = values[i]));
  return { ...out, ...arrays } as unknown as MeetingSignature;
}
