// Whether a whole file was decoded with the wrong encoding: the damage layer's census, asked by the
// report builder so that such a file is still served (its one finding says how to reopen it).
import { DEFAULT_DETECT_OPTIONS } from '../damage/detector';
import { wrongEncoding } from '../damage/detectors/wrong-encoding';

/**
 * A file decoded with the wrong encoding (all U+FFFD, or GBK read as Latin-1) no longer reads as
 * anything; it is still served, so that its one mojibake.wrong-encoding finding says how to reopen it.
 */
export function looksWronglyDecoded(raw: string): boolean {
  return wrongEncoding.detect({ text: raw, options: DEFAULT_DETECT_OPTIONS }).length > 0;
}
