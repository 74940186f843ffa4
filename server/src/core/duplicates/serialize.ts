// Signatures as JSON Lines (`huiyi signatures`), so that clustering can run over the outputs of
// several processes: the hash arrays travel as base64 of their little-endian bytes.
import type { MeetingSignature } from './signature';

const ARRAYS = ['minhash', 'sample', 'anchors'] as const;

function toBase64(a: Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function fromBase64(s: string): Uint32Array {
  const bytes = Buffer.from(s, 'base64');
  const out = new Uint32Array(bytes.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

export const SIGNATURE_FORMAT = 'huiyi-signature/1';

export function signatureLine(s: MeetingSignature): string {
  const record: Record<string, unknown> = { format: SIGNATURE_FORMAT, ...s };
  for (const k of ARRAYS) record[k] = toBase64(s[k]);
  return JSON.stringify(record) + '\n';
}

/** Parses one line of `huiyi signatures`; throws on a line that is not one. */
export function parseSignature(line: string): MeetingSignature {
  const r = JSON.parse(line) as Record<string, unknown>;
  if (r.format !== SIGNATURE_FORMAT) throw new Error(`not a ${SIGNATURE_FORMAT} line`);
  const { format: _format, ...rest } = r;
  for (const k of ARRAYS) {
    if (typeof rest[k] !== 'string') throw new Error(`${k} missing`);
    rest[k] = fromBase64(rest[k] as string);
  }
  return rest as unknown as MeetingSignature;
}
