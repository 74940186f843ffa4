// mojibake.pinyin-annotation: pinyin glued after a character by a broken scraper, 經(jīng)開區(qū).
// Decided per document: the damage annotates traditional characters here and there; a text
// where the annotations are the point (a glossary, a primer) annotates most characters of its
// lines, or annotates simplified ones. Such a document gets no finding at all.
import { traditionalCharMap } from '../../script/char-map';
import { findPinyinAnnotations, type PinyinAnnotation } from '../../text/pinyin-annotations';
import { isAstralHanLead, isHan } from '../../text/chars';
import type { Detector } from '../detector';
import { finding } from '../finding';
import { t } from '../../l10n';

/** Fewest annotations that make the damage pattern (one gloss in a text proves nothing). */
const MIN_ANNOTATIONS = 3;
/** Share of annotations that must follow a traditional character. */
const MIN_TRADITIONAL_SHARE = 0.8;
/** Above this share of annotated Han characters on the annotated lines, annotation is the point. */
const MAX_DENSITY = 0.5;

/** Han characters in [start, end), an astral one counted once (by its lead). */
function hanCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (isHan(c) || isAstralHanLead(c)) n++;
  }
  return n;
}

/** Where the line holding `at` starts (scans back only as far as that line's break). */
function lineStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Whether the annotations are scraper damage rather than the point of the text. */
export function isDamagePattern(text: string, annotations: readonly PinyinAnnotation[]): boolean {
  if (annotations.length < MIN_ANNOTATIONS) return false;
  const map = traditionalCharMap();
  let traditional = 0;
  for (let i = 0; i < annotations.length; i++) if (map.has(text.charCodeAt(annotations[i].start - 1))) traditional++;
  if (traditional < MIN_TRADITIONAL_SHARE * annotations.length) return false;
  // Density over the lines that hold annotations.
  let han = 0;
  let lineEnd = -1;
  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i];
    if (a.start < lineEnd) continue;
    const start = lineStartBefore(text, a.start);
    const nl = text.indexOf('\n', a.start);
    lineEnd = nl === -1 ? text.length : nl;
    han += hanCount(text, start, lineEnd);
  }
  return annotations.length <= MAX_DENSITY * han;
}

const MESSAGE = 'Pinyin "{0}" glued after {1} by a scraper; the fix removes it.';

/**
 * The same annotation after the same character (會(huì)) says the same thing, a damaged corpus
 * hundreds of thousands of times: one message string for each, made once (per language). Looked
 * up by a hash of the characters, checked against the text, so a lookup makes no string.
 */
const messages = new Map<number, { readonly key: string; readonly message: string }>();
let messagesIn = '';

function describe(text: string, start: number, end: number): string {
  const template = t(MESSAGE);
  if (template !== messagesIn || messages.size >= 4096) messages.clear(), (messagesIn = template);
  let hash = end - start;
  for (let i = start - 1; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const entry = messages.get(hash);
  if (entry && entry.key.length === end - start + 1 && text.startsWith(entry.key, start - 1)) return entry.message;
  const message = t(MESSAGE, text.slice(start, end), text[start - 1]);
  // Two annotations with one hash take turns: each is right, one is made again.
  messages.set(hash, { key: text.slice(start - 1, end), message });
  return message;
}

export const pinyinAnnotations: Detector<'mojibake.pinyin-annotation'> = {
  code: 'mojibake.pinyin-annotation',
  detect({ text, model }) {
    // The model's view found them for this version; without a model (fix-all's later rounds), a scan.
    const annotations = model?.pinyin ?? findPinyinAnnotations(text);
    if (!isDamagePattern(text, annotations)) return [];
    return annotations.map((a) => finding('mojibake.pinyin-annotation', a.start, a.end, describe(text, a.start, a.end), ''));
  },
};
