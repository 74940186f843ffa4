// `huiyi fix --from-encoding gb18030|big5|auto`, and `huiyi check` saying which encoding a wrongly
// decoded file is in: the file's bytes on disk, read as GB18030 or Big5 (iconv-lite, bundled).
import { decodeLegacy, ENCODING_FACTS, guessLegacyEncoding, isLegacyEncoding, isWellFormedUtf8, type LegacyEncoding } from '../core';
import { readFileSync } from 'node:fs';

export type FromEncoding = LegacyEncoding | 'auto';

export function isFromEncoding(value: string): value is FromEncoding {
  return value === 'auto' || isLegacyEncoding(value);
}

export type LegacyRead = { readonly text: string; readonly encoding?: LegacyEncoding } | { readonly error: string };

/**
 * The file's text from `from`'s encoding. Well-formed UTF-8 (and ASCII) is read as UTF-8, whatever
 * `from` says: a file already re-encoded is never decoded twice.
 */
export function decodeFrom(bytes: Uint8Array, from: FromEncoding): LegacyRead {
  if (isWellFormedUtf8(bytes)) return { text: new TextDecoder().decode(bytes) };
  const encoding = from === 'auto' ? guessLegacyEncoding(bytes) : from;
  if (!encoding) return { error: 'not UTF-8, and reads as neither GB18030 nor Big5; left as it is (name the encoding: --from-encoding gb18030 or big5)' };
  return { text: decodeLegacy(bytes, encoding), encoding };
}

/** For `check`: what a wrongly decoded file's bytes on disk read as, and the command that re-encodes it. */
export function encodingAdvice(path: string): string | undefined {
  let encoding: LegacyEncoding | undefined;
  try {
    encoding = guessLegacyEncoding(readFileSync(path));
  } catch {
    return undefined;
  }
  if (!encoding) return undefined;
  return `The file on disk is in ${ENCODING_FACTS[encoding].label} (read from its bytes): huiyi fix --from-encoding ${encoding} re-encodes it to UTF-8, keeping a backup.`;
}
