// mojibake.wrong-encoding: the whole file was decoded with the wrong encoding: it is full of
// U+FFFD (a GBK file opened as UTF-8), or of accented Latin where Chinese should be (GBK read as
// Latin-1). One file-level finding that says how to reopen the file, instead of thousands.
import { isHan } from '../../text/chars';
import { decodeGbk } from '../codecs';
import type { Detector } from '../detector';
import type { Finding } from '../finding';
import { t } from '../../l10n';

const MIN_SIGNS = 16;
const SAMPLE = 64 * 1024;

interface Census {
  han: number;
  fffd: number;
  latin: number;
  nonAscii: number;
}

function census(text: string): Census {
  const c: Census = { han: 0, fffd: 0, latin: 0, nonAscii: 0 };
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    c.nonAscii++;
    if (code === 0xfffd) c.fffd++;
    else if (code <= 0xff) c.latin++;
    else if (isHan(code)) c.han++;
  }
  return c;
}

/** Whether the Latin-1 characters of the sample read as Chinese once taken back to GBK bytes. */
function readsAsGbk(text: string): boolean {
  const sample = text.slice(0, 4096);
  const bytes: number[] = [];
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code > 0xff) return false;
    bytes.push(code);
  }
  const asBytes = Uint8Array.from(bytes);
  return readsAsChinese(decodeGbk(asBytes)) && !isUtf8ReadAsLatin1(asBytes);
}

/**
 * UTF-8 read as Latin-1 (once or twice) reads as Chinese through GBK too, as mojibake: it is left
 * to mojibake.utf8-as-latin1, which decodes it back.
 */
function isUtf8ReadAsLatin1(bytes: Uint8Array): boolean {
  for (let round = 0; round < 3; round++) {
    const decoded = new TextDecoder().decode(bytes);
    if (readsAsChinese(decoded)) return true;
    const next = new Uint8Array(decoded.length);
    for (let i = 0; i < decoded.length; i++) {
      const code = decoded.charCodeAt(i);
      if (code > 0xff) return false;
      next[i] = code;
    }
    bytes = next;
  }
  return false;
}

/** MIN_SIGNS / 2 Han characters or more, and U+FFFD under 5 % of them. */
function readsAsChinese(decoded: string): boolean {
  let han = 0;
  let bad = 0;
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    if (isHan(code)) han++;
    else if (code === 0xfffd) bad++;
  }
  return han >= MIN_SIGNS / 2 && bad <= han * 0.05;
}

function firstLineEnd(text: string): number {
  const m = /[\r\n]/.exec(text);
  return m ? m.index : text.length;
}

/** Whether the sample holds MIN_SIGNS U+FFFD (most files hold none: found by indexOf, not a loop). */
function manyReplacements(text: string, end: number): boolean {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1 && i < end; i = text.indexOf('\ufffd', i + 1)) if (++n >= MIN_SIGNS) return true;
  return false;
}

/**
 * Whether the sample may read as accented Latin (MIN_SIGNS Latin-1 letters, Han under 5% of
 * them). Stops as soon as the Han seen rule it out: a Chinese file with pinyin (which has
 * Latin-1 letters: á, ì, ü) is decided in its first lines.
 */
function mayBeLatin(text: string, end: number): boolean {
  let latin = 0;
  let han = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code <= 0xff) latin++;
    // Even if every character left were Latin, Han would be 5% of them or more.
    else if (isHan(code) && ++han * 20 > latin + (end - i) + 1) return false;
  }
  return latin >= MIN_SIGNS;
}

export const wrongEncoding: Detector<'mojibake.wrong-encoding'> = {
  code: 'mojibake.wrong-encoding',
  fileLevel: true,
  detect({ text }) {
    const sampleEnd = Math.min(text.length, SAMPLE);
    if (!manyReplacements(text, sampleEnd) && !mayBeLatin(text, sampleEnd)) return [];
    const c = census(text);
    let message: string | undefined;
    if (c.fffd >= MIN_SIGNS && c.fffd >= 0.3 * c.nonAscii) {
      message = t('This file is full of replacement characters (� ×{0} in its first {1} K characters): it was decoded with the wrong encoding, most likely GBK/GB18030 (or Big5) read as UTF-8. The file on disk is intact as long as this copy is not saved: reopen it with its encoding (VS Code: "Reopen with Encoding" → Simplified Chinese (GB18030), or Traditional Chinese (Big5)) and every character comes back; then save it as UTF-8, or run huiyi fix --from-encoding auto on it.', c.fffd, SAMPLE / 1024);
    } else if (c.latin >= MIN_SIGNS && c.han < 0.05 * c.latin && readsAsGbk(text)) {
      message = t('This file reads as accented Latin ({0}…) where Chinese should be: it is GBK/GB18030 read as Latin-1. Reopen it with its encoding (VS Code: "Reopen with Encoding" → Simplified Chinese (GB18030)) and save it as UTF-8.', text.slice(0, 12));
    }
    if (!message) return [];
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const finding: Finding<'mojibake.wrong-encoding'> = { code: 'mojibake.wrong-encoding', start: bom, end: Math.max(bom, firstLineEnd(text)), message, fileLevel: true };
    return [finding];
  },
};
