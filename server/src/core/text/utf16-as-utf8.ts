// UTF-16 text that an editor decoded as UTF-8 (a file without a byte order mark): every ASCII
// character comes with a NUL beside it, one at a time, where a binary file has runs of NULs.
const SAMPLE = 8192;

/** Whether this decoded text looks like UTF-16 read as UTF-8, rather than a binary file. */
export function looksLikeUtf16(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let nuls = 0;
  let isolated = 0;
  for (let i = sample.indexOf('\u0000'); i !== -1; i = sample.indexOf('\u0000', i + 1)) {
    nuls++;
    if (sample.charCodeAt(i - 1) !== 0 && sample.charCodeAt(i + 1) !== 0) isolated++;
  }
  return nuls >= 2 && isolated >= 0.8 * nuls;
}
