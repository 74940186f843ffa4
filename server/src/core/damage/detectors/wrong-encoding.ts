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
  const decoded = decodeGbk(Uint8Array.from(bytes));
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

/** U+FFFD or a Latin-1 letter: either sign must occur MIN_SIGNS times in the sample. */
const SIGN = /[\u0080-\u00ff\ufffd]/g;

/** Whether the sample holds fewer than MIN_SIGNS signs (most files hold none): no census needed. */
function fewSigns(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  SIGN.lastIndex = 0;
  for (let n = 0; n < MIN_SIGNS; n++) if (!SIGN.test(sample)) return true;
  return false;
}

export const wrongEncoding: Detector = {
  code: 'mojibake.wrong-encoding',
  detect({ text }) {
    if (fewSigns(text)) return [];
    const c = census(text);
    let message: string | undefined;
    if (c.fffd >= MIN_SIGNS && c.fffd >= 0.3 * c.nonAscii) {
      message = t('This file is full of replacement characters (� ×{0} in its first {1} K characters): it was decoded with the wrong encoding, most likely GBK/GB18030 (or Big5) read as UTF-8, and those bytes are gone from this copy. Reopen the original file with its encoding (VS Code: "Reopen with Encoding" → Simplified Chinese (GB18030)) and save it as UTF-8.', c.fffd, SAMPLE / 1024);
    } else if (c.latin >= MIN_SIGNS && c.han < 0.05 * c.latin && readsAsGbk(text)) {
      message = t('This file reads as accented Latin ({0}…) where Chinese should be: it is GBK/GB18030 read as Latin-1. Reopen it with its encoding (VS Code: "Reopen with Encoding" → Simplified Chinese (GB18030)) and save it as UTF-8.', text.slice(0, 12));
    }
    if (!message) return [];
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const finding: Finding = { code: 'mojibake.wrong-encoding', start: bom, end: Math.max(bom, firstLineEnd(text)), message, fileLevel: true };
    return [finding];
  },
};
