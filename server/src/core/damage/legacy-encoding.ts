// Which legacy Chinese encoding a file's bytes are in when they are not UTF-8: GB18030 (GBK,
// GB2312) or Big5. Both decodings of a sample are scored by the frequent characters they give
// (data/frequent-chars.json); the right one gives about half of its Han characters from that list,
// the wrong one a few percent. For `huiyi check` / `huiyi fix --from-encoding` and the editor's
// "Reopen with Encoding" quick fix, which read the bytes on disk (the editor's text has lost them).
import * as iconv from 'iconv-lite';
import frequent from '../data/frequent-chars.json';
import { toSimplified } from '../script/char-map';

export const LEGACY_ENCODINGS = ['gb18030', 'big5'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** The encoding's name as VS Code's files.encoding spells it, and as people read it. */
export const ENCODING_FACTS: Readonly<Record<LegacyEncoding, { readonly vscode: string; readonly label: string }>> = {
  gb18030: { vscode: 'gb18030', label: 'GB18030' },
  big5: { vscode: 'cp950', label: 'Big5' },
};

const SAMPLE = 64 * 1024;
let frequentSet: Set<string> | undefined;

export function isLegacyEncoding(name: string): name is LegacyEncoding {
  return (LEGACY_ENCODINGS as readonly string[]).includes(name);
}

/** Whether the bytes are well-formed UTF-8 (ASCII is). */
export function isWellFormedUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function score(text: string): { frequent: number; han: number } {
  frequentSet ??= new Set(frequent.chars);
  let hits = 0;
  let han = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x4e00 || code > 0x9fff) continue;
    han++;
    if (frequentSet.has(toSimplified(ch))) hits++;
  }
  return { frequent: hits, han };
}

/**
 * The legacy encoding these bytes read as, or undefined when they are UTF-8 or read as neither
 * (at least 8 frequent characters, and a fifth of the Han characters or more, are asked for).
 */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  if (isWellFormedUtf8(bytes)) return undefined;
  const sample = bytes.subarray(0, SAMPLE);
  let best: { encoding: LegacyEncoding; frequent: number } | undefined;
  for (const encoding of LEGACY_ENCODINGS) {
    const s = score(decodeLegacy(sample, encoding));
    if (s.frequent >= 8 && s.frequent * 5 >= s.han && (!best || s.frequent > best.frequent)) best = { encoding, frequent: s.frequent };
  }
  return best?.encoding;
}
