// Passes 2–4: names without a title before them.
//   任泽锋同志 · 习近平总书记 / 增斌书记 (name first) · 陈红宣读了 (a clause opens with a name
//   and a role verb) · 汤洁强调 (bare later mentions of names already found).
import { isHan } from '../text/chars';
import { lowerBound, type Offsets } from './anchor-scan';
import type { MentionDraft } from './draft';
import { andEndsName, holdsNeverWord, isNameChar, LEFT_BREAKERS, mayStartName, nameEnd, surnameAt } from './name-boundary';
import { roleFollows, rolesAfter } from './roles';
import type { OfficialsContext } from './context';

/** Words that may stand before a given name and a title (落实增斌书记). */
const GIVEN_NAME_LEFT = ['落实', '贯彻', '按照', '根据', '学习', '传达', '陪同', '听取', '代表', '感谢', '和', '与', '及', '、', '同', '向', '请', '对', '的'];

const MEN = '们'.charCodeAt(0);

function leftOk(cx: OfficialsContext, text: string, s: number, floor: number): boolean {
  if (s <= floor || !isHan(text.charCodeAt(s - 1))) return true;
  const c = text[s - 1];
  if (LEFT_BREAKERS.has(c) || !cx.vocabulary.surnames.has(c)) return true;
  // 学习习近平总书记: a surname character that ends a word before names (学习, 感谢) opens no name.
  return GIVEN_NAME_LEFT.some((w) => w.length > 1 && s - w.length >= floor && text.startsWith(w, s - w.length));
}

function plausibleName(cx: OfficialsContext, text: string, s: number, e: number): boolean {
  const v = cx.vocabulary;
  const name = text.slice(s, e);
  if (v.notNames.has(name) || v.ignored.has(name)) return false;
  if (v.knownNames.has(name)) return true;
  const surname = surnameAt(cx, text, s);
  if (!surname || e - s - surname < 1 || e - s - surname > 2) return false;
  if (holdsNeverWord(cx, text, s, e)) return false;
  // 孟庆和同志: 和 before 同志 ends the name.
  for (let i = s + surname; i < e; i++) if ((!isNameChar(text[i]) && !(i === e - 1 && andEndsName(cx, text, i, text.length))) || v.titleChars.has(text[i])) return false;
  return true;
}

/** 任泽锋同志 (name, then 同志, with no title before) in `text[start, end)`; `comrades` (ascending) holds the offsets of 同志. */
export function comradeMentions(cx: OfficialsContext, text: string, start: number, end: number, known: Set<string>, out: MentionDraft[], comrades: Offsets): void {
  if (end - start <= 2) return; // a name of two or more before 同志 (no search per short line)
  for (let k = lowerBound(comrades, start); k < comrades.length && comrades[k] < end; k++) {
    const p = comrades[k];
    // 同志们 addresses an audience, not a person.
    if (text.charCodeAt(p + 2) === MEN) continue;
    for (const n of [3, 2, 4]) {
      const s = p - n;
      if (s < start || !plausibleName(cx, text, s, p) || !leftOk(cx, text, s, start)) continue;
      out.push({ nameStart: s, nameEnd: p, titles: [], form: 'comrade' });
      known.add(text.slice(s, p));
      break;
    }
  }
}

/**
 * 习近平总书记 (full name, then a title) and 增斌书记 (given name, then a title) in
 * `text[start, end)`; `titleStarts` (ascending) holds every offset such a title may start at.
 */
export function nameFirstMentions(cx: OfficialsContext, text: string, start: number, end: number, known: Set<string>, out: MentionDraft[], titleStarts: Offsets): void {
  let next = start + 2;
  if (next >= end) return; // no title can start after a name here (no search per short line)
  const v = cx.vocabulary;
  for (let k = lowerBound(titleStarts, next); k < titleStarts.length && titleStarts[k] < end; k++) {
    const p = titleStarts[k];
    if (p < next) continue;
    const n = v.nameFirst.startsAt(text, p, end);
    if (!n || v.titleChars.has(text[p - 1])) continue;
    const title = { start: p, end: p + n };
    const full = p - 3;
    if (full >= start && plausibleName(cx, text, full, p) && leftOk(cx, text, full, start)) {
      out.push({ nameStart: full, nameEnd: p, titles: [title], form: 'name-first' });
      known.add(text.slice(full, p));
      next = p + n;
      continue;
    }
    const given = p - 2;
    if (given < start || n > 2) continue;
    if (![given, given + 1].every((i) => isNameChar(text[i]) && !v.titleChars.has(text[i]) && !LEFT_BREAKERS.has(text[i]))) continue;
    if (v.notNames.has(text.slice(given, p)) || v.ignored.has(text.slice(given, p))) continue;
    const before = given === start || !isHan(text.charCodeAt(given - 1)) || GIVEN_NAME_LEFT.some((w) => text.startsWith(w, given - w.length));
    if (!before) continue;
    out.push({ nameStart: given, nameEnd: p, titles: [title], form: 'name-first' });
    known.add(text.slice(given, p));
    next = p + n;
  }
}

/** A clause `text[start, clauseEnd)` that opens with a name and a role verb: 陈红宣读了… / 朱杰在讲话中指出… */
export function speakerMention(cx: OfficialsContext, text: string, start: number, clauseEnd: number, sentenceEnd: number, known: Set<string>, out: MentionDraft[]): void {
  // A name is two to four characters (a compound surname and two): without a role verb after
  // one of those ends, no need to delimit the name (which may ask the segmenter).
  if (!mayStartName(cx, text, start, clauseEnd, known)) return;
  const longest = start + Math.max(4, cx.vocabulary.compoundSurnames.maxLength + 2);
  let verb = false;
  for (let e = start + 2; e <= longest && e <= clauseEnd && !verb; e++) verb = roleFollows(cx, text, e, sentenceEnd);
  if (!verb) return;
  const end = nameEnd(cx, text, start, clauseEnd, known);
  if (end < 0 || !rolesAfter(cx, text, end, sentenceEnd).length) return;
  out.push({ nameStart: start, nameEnd: end, titles: [], form: 'speaker' });
  known.add(text.slice(start, end));
}

/** Names to find as bare mentions, by first character; `rank` orders them (longest first). */
export interface NameIndex {
  readonly firsts: Uint8Array;
  readonly byFirst: ReadonlyMap<number, readonly { readonly name: string; readonly rank: number }[]>;
}

/** `firsts` is the context's table: release the index before the next document's. */
export function nameIndex(cx: OfficialsContext, names: readonly string[]): NameIndex {
  const firsts = cx.firsts;
  const byFirst = new Map<number, { name: string; rank: number }[]>();
  names.forEach((name, rank) => {
    const c = name.charCodeAt(0);
    firsts[c] = 1;
    (byFirst.get(c) ?? byFirst.set(c, []).get(c)!).push({ name, rank });
  });
  return { firsts, byFirst };
}

/** Clears the first-character table of `index` for the next document (it is shared). */
export function releaseNameIndex(index: NameIndex): void {
  for (const c of index.byFirst.keys()) index.firsts[c] = 0;
}

/**
 * Every other occurrence of a name already found (汤洁强调, 王俊嶺要求), in one pass over the
 * paragraph. Names earlier in the index win overlaps, then earlier occurrences.
 */
export function bareMentions(text: string, start: number, end: number, names: NameIndex, taken: Uint8Array, takenBase: number, out: MentionDraft[]): void {
  let hits: { rank: number; at: number; length: number }[] | undefined;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (names.firsts[c] === 0) continue;
    for (const { name, rank } of names.byFirst.get(c)!) {
      if (p + name.length <= end && text.startsWith(name, p)) (hits ??= []).push({ rank, at: p, length: name.length });
    }
  }
  if (!hits) return;
  hits.sort((a, b) => a.rank - b.rank || a.at - b.at);
  for (const { at: p, length } of hits) {
    let free = true;
    for (let i = p; i < p + length; i++) if (taken[i - takenBase]) free = false;
    if (!free) continue;
    taken.fill(1, p - takenBase, p + length - takenBase);
    out.push({ nameStart: p, nameEnd: p + length, titles: [], form: 'bare' });
  }
}
