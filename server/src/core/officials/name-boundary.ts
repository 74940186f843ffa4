// Where a name begins and ends: a surname, then one or two characters, ending where a word that
// follows names begins (朱杰出席 → 朱杰; 程晋淼参加 → 程晋淼). Names already known in the
// document win; the segmenter breaks remaining ties.
import { isHan } from '../text/chars';
import surnameData from '../data/surnames.json';
import { charTable } from './vocabulary';
import type { OfficialsContext } from './context';

/** Characters that never occur in a given name here (function words, organisation words). */
const NOT_IN_NAME = charTable('的了是在和与及等之为对把被将也还并又就都其此该各每这那有不会议出参列届区县委记、，。；：要以从');
/** Characters that may stand right before a name (和任泽锋同志, 落实增斌书记). */
export const LEFT_BREAKERS = new Set('和与及、的对向在由是同了把将为请');

export function isNameCode(code: number): boolean {
  return isHan(code) && NOT_IN_NAME[code] === 0;
}

export function isNameChar(c: string): boolean {
  return isNameCode(c.charCodeAt(0));
}

/**
 * Length of a surname starting at `i` (compound surnames first), or 0. `expected`: a name is
 * expected here (right after a title, in a list under one, in a credit), so rare surnames count.
 */
export function surnameAt(cx: OfficialsContext, text: string, i: number, expected = false): number {
  const v = cx.vocabulary;
  const compound = v.compoundSurnames.startsAt(text, i);
  if (compound) return compound;
  const c = text.charCodeAt(i);
  return v.surnameCodes[c] === 1 || (expected && v.rareSurnameCodes[c] === 1 && !endsRareWord(text, i)) ? 1 : 0;
}

const RARE_WORD_ENDS = new Set<string>(surnameData.rareWordEnds);

/** Whether the rare surname at `i` ends a word with the character before it (社区长者食堂: 长者). */
function endsRareWord(text: string, i: number): boolean {
  return i > 0 && RARE_WORD_ENDS.has(text.slice(i - 1, i + 1));
}

/** A name character, or one of transliterated names (阿布都…, 乌云其木格: 都 and 其 are function words in Han names). */
function isLooseNameCode(cx: OfficialsContext, code: number): boolean {
  return isNameCode(code) || (isHan(code) && cx.vocabulary.transliterationCodes[code] === 1);
}

const MAX_RUN = 10;
const MAX_SEGMENT = 8;
const AND = '和'.charCodeAt(0);
/** How far after a verb 的 makes it an attribute (出席会议的). */
const ATTRIBUTE = 3;
const OF = '的'.charCodeAt(0);

/**
 * Whether 和 at `i` ends a name (孟庆和主持, 苏和出席, 孟庆和、…) rather than joining two people:
 * what follows it is punctuation, a role verb or a word that follows a person (同志, 等 …), not
 * another name or a title.
 */
export function andEndsName(cx: OfficialsContext, text: string, i: number, limit: number): boolean {
  if (text.charCodeAt(i) !== AND || i >= limit) return false;
  const j = i + 1;
  if (isDelimiter(text, j, limit)) return true;
  const v = cx.vocabulary;
  if (v.andJoins.startsAt(text, j, limit)) return false;
  const verb = v.roleWords.startsAt(text, j, limit);
  // 和出席会议的同志: a verb before 的 describes the people joined, it is no one's verb.
  if (verb >= 2) {
    for (let k = j + verb; k <= j + verb + ATTRIBUTE && k < text.length; k++) if (text.charCodeAt(k) === OF) return false;
    return true;
  }
  return v.andEnds.startsAt(text, j, limit) > 0;
}

/**
 * Length of the word that follows names starting at `e`, or 0 when none does or the name may
 * go on through it: 和 that ends a name (苏和|出席), or a word that another overlaps (沙吾提出席:
 * 提出 and 出席 — the name is 沙吾提).
 */
function followerAt(cx: OfficialsContext, text: string, e: number, limit: number): number {
  const followers = cx.vocabulary.followers;
  const n = followers.startsAt(text, e, limit);
  if (!n || andEndsName(cx, text, e, limit)) return 0;
  // Only a word reaching past this one overlaps it: 召开 inside 主持召开 does not (宝力德|主持召开).
  for (let j = 1; j < n; j++) if (followers.startsAt(text, e + j, limit) >= Math.max(2, n - j + 1)) return 0;
  return n;
}

/**
 * End of the run of name characters from `s` up to the next word that follows names or a
 * delimiter (德吉央宗|出席), or -1 when the run ends on anything else or is longer than a name.
 */
export function nameRunEnd(cx: OfficialsContext, text: string, s: number, limit: number): number {
  let e = s;
  while (e < limit && isLooseNameCode(cx, text.charCodeAt(e))) {
    // 和 or 的 one character into a name is the name's (苏和巴特尔, 阿的木果): no one is named by one character, so it joins no two.
    if (e > s && !(e === s + 1 && cx.vocabulary.runInnerCodes[text.charCodeAt(e)] === 1) && followerAt(cx, text, e, limit)) break;
    if (++e - s > MAX_RUN) return -1;
  }
  return e > s && mayEndAt(cx, text, e, limit) ? e : -1;
}

/** Whether every character of `text[s, e)` is one transliterated names are written with. */
export function isTransliterated(cx: OfficialsContext, text: string, s: number, e: number): boolean {
  const t = cx.vocabulary.transliterationCodes;
  for (let i = s; i < e; i++) if (t[text.charCodeAt(i)] === 0) return false;
  return true;
}

/**
 * End of a transliterated name with dots starting at `s` (买买提·吐尔逊, 阿布都热合曼・艾山),
 * any dot character, ending at a delimiter or a word that follows names; or -1.
 */
export function dottedNameEnd(cx: OfficialsContext, text: string, s: number, limit: number): number {
  const v = cx.vocabulary;
  let e = s;
  let segment = 0;
  let dots = 0;
  for (; e < limit; e++) {
    const c = text.charCodeAt(e);
    if (v.nameDotCodes[c]) {
      if (!segment || dots === 3) return -1;
      dots++;
      segment = 0;
      continue;
    }
    if (!isLooseNameCode(cx, c)) break;
    // The last part ends where a following word begins (…·吐尔逊|出席).
    if (dots && segment && followerAt(cx, text, e, limit)) break;
    if (++segment > MAX_SEGMENT) return -1;
    if (!dots && e + 1 < limit && !isLooseNameCode(cx, text.charCodeAt(e + 1)) && !v.nameDotCodes[text.charCodeAt(e + 1)]) return -1;
  }
  return dots && segment && mayEndAt(cx, text, e, limit) ? e : -1;
}

/**
 * Whether some known name that does not start with a surname starts with `code`. The context keeps
 * the set of known names last asked about (one document's passes ask about it thousands of times
 * in a row), how many of its names were looked at, and the first characters of those without a
 * surname. Another set starts it over.
 */
function hasGivenNameStart(cx: OfficialsContext, known: ReadonlySet<string>, code: number): boolean {
  let entry = cx.givenStarts;
  if (!entry || entry.known !== known || entry.seen > known.size) cx.givenStarts = entry = { known, seen: 0, chars: new Set() };
  if (entry.seen < known.size) {
    // Known names only grow (Set keeps insertion order): look at the new ones.
    let k = 0;
    for (const n of known) if (k++ >= entry.seen && !surnameAt(cx, n, 0)) entry.chars.add(n.charCodeAt(0));
    entry.seen = known.size;
  }
  return entry.chars.has(code);
}

function isDelimiter(text: string, i: number, limit: number): boolean {
  return i >= limit || !isHan(text.charCodeAt(i));
}

/** Whether a name may end at `e`: the clause ends, or a word that follows names begins. */
export function mayEndAt(cx: OfficialsContext, text: string, e: number, limit: number): boolean {
  return isDelimiter(text, e, limit) || cx.vocabulary.followers.startsAt(text, e, limit) > 0;
}

/** Whether `text[s, e)` holds a word no name contains (有关负责同志, 相关部门同志: 关负责, 关部门). */
export function holdsNeverWord(cx: OfficialsContext, text: string, s: number, e: number): boolean {
  const never = cx.vocabulary.neverInNames;
  for (let i = s; i < e - 1; i++) if (never.startsAt(text, i, e)) return true;
  return false;
}

function acceptable(cx: OfficialsContext, name: string): boolean {
  const v = cx.vocabulary;
  return !v.notNames.has(name) && !v.ignored.has(name);
}

/** Names without a surname (增斌) can only be known ones: whether one may start at `s`. */
function mayBeGivenName(cx: OfficialsContext, text: string, s: number, limit: number, known?: ReadonlySet<string>): boolean {
  return cx.vocabulary.knownNames.startsAt(text, s, limit) > 0 || (known !== undefined && known.size > 0 && hasGivenNameStart(cx, known, text.charCodeAt(s)));
}

/** Whether `nameEnd(cx, text, s, limit, known)` may find a name (a cheap test of its first characters). */
export function mayStartName(cx: OfficialsContext, text: string, s: number, limit: number, known?: ReadonlySet<string>): boolean {
  return surnameAt(cx, text, s) > 0 || mayBeGivenName(cx, text, s, limit, known);
}

/**
 * The end of a name starting at `s` and not reaching past `limit`, or -1.
 * `known` holds names already found in this document (simplified).
 */
function chooseEnd(cx: OfficialsContext, text: string, s: number, limit: number, known?: ReadonlySet<string>, afterTitle = false): number {
  const v = cx.vocabulary;
  if (afterTitle) {
    const dotted = dottedNameEnd(cx, text, s, limit);
    if (dotted > 0) return dotted;
  }
  const surname = surnameAt(cx, text, s, afterTitle);
  const mayBeKnown = surname > 0 || mayBeGivenName(cx, text, s, limit, known);
  for (let n = 4; mayBeKnown && n >= 2; n--) {
    if (s + n > limit) continue;
    const candidate = text.slice(s, s + n);
    if ((known?.has(candidate) || v.knownNames.has(candidate)) && acceptable(cx, candidate)) return s + n;
  }
  // An ordinary word starts here (班子成员, 高度重视): no name does.
  if (v.notNameWords.startsAt(text, s, limit) >= 2) return -1;
  // Right after a title a name is expected: what stands before the next following word, when
  // it is written with the characters of transliterated names (次仁旺堆出席, 巴特尔讲话).
  const run = afterTitle ? nameRunEnd(cx, text, s, limit) : -1;
  const transliterated = run > 0 && run - s >= 2 && isTransliterated(cx, text, s, run) && acceptable(cx, text.slice(s, run));
  if (transliterated && run - s >= 4) return run;
  const end = surname ? surnameEnd(cx, text, s, surname, limit, afterTitle) : -1;
  return end < 0 && transliterated ? run : end;
}

/** Whether the given name at `g` opens with a function word (为, 有, 和 …) and one name character, then the name may end. */
function givenStartsName(cx: OfficialsContext, text: string, s: number, g: number, limit: number): boolean {
  const v = cx.vocabulary;
  // 刘有为主持: the second may be a function word that ends given names (为), right before a role verb.
  const second = isNameChar(text[g + 1]) || (v.givenEndCodes[text.charCodeAt(g + 1)] === 1 && v.roleWords.startsAt(text, g + 2, limit) >= 2);
  return g + 2 <= limit && v.givenStartCodes[text.charCodeAt(g)] === 1 && second && mayEndAt(cx, text, g + 2, limit) && !v.notNames.has(text.slice(s, g + 2)) && !holdsNeverWord(cx, text, s, g + 2);
}

/**
 * Whether `text[s, e)` ends with a function word that ends given names (为: 有为, 可为; 之: 牧之): a
 * role verb follows (主持, 出席), or, right after a title, a delimiter or any role word (市长 饶牧之 主持).
 */
function givenEndsName(cx: OfficialsContext, text: string, s: number, e: number, limit: number, afterTitle: boolean): boolean {
  const v = cx.vocabulary;
  if (v.givenEndCodes[text.charCodeAt(e - 1)] !== 1 || !isNameChar(text[e - 2]) || v.notNames.has(text.slice(s, e))) return false;
  const role = v.roleWords.startsAt(text, e, limit);
  return role >= 2 || (afterTitle && (role > 0 || isDelimiter(text, e, limit)));
}

/** The end of a name starting with a surname of length `surname` at `s`, or -1. */
function surnameEnd(cx: OfficialsContext, text: string, s: number, surname: number, limit: number, afterTitle: boolean): number {
  const g = s + surname;
  const ends: number[] = [];
  for (const e of [g + 1, g + 2]) {
    if (e > limit) break;
    if (!isNameChar(text[e - 1])) {
      // 孟庆和主持 · 苏和出席: 和 before a following word is the name's last character.
      if (andEndsName(cx, text, e - 1, limit) && mayEndAt(cx, text, e, limit) && !cx.vocabulary.notNames.has(text.slice(s, e))) return e;
      // 县长李为民主持 · 赵和平讲话: right after a title, a function word may open a given name of two.
      if (afterTitle && e === g + 1 && givenStartsName(cx, text, s, g, limit)) return g + 2;
      // 县长雍可为主持 · 市长饶牧之主持 · 市长 饶牧之 主持: a function word that often ends a given name (为, 之) is the name's last character.
      if (e === g + 2 && givenEndsName(cx, text, s, e, limit, afterTitle)) return e;
      break;
    }
    if (!cx.vocabulary.notNames.has(text.slice(s, e)) && !holdsNeverWord(cx, text, s, e)) ends.push(e);
  }
  if (!ends.length) return -1;
  const valid = ends.filter((e) => mayEndAt(cx, text, e, limit));
  const short = g + 1;
  const long = g + 2;
  if (valid.length === 1) return valid[0];
  if (valid.length === 2) {
    // 汤洁在讲话中 / 蔡升等: a one-character word that follows names ends the shorter name.
    if (cx.vocabulary.followers.has(text[short])) return short;
    // 田园认为: a following word at the shorter end reaches past the longer one (认为 over 为; not 明确 of 韦文明确保).
    if (followerAt(cx, text, short, limit) > long - short) return short;
    const told = cx.segmenter?.nameLength(text, s);
    if (told !== undefined && surname === 1) return s + told;
    return long;
  }
  const told = surname === 1 ? cx.segmenter?.nameLength(text, s) : undefined;
  if (told !== undefined && ends.includes(s + told)) return s + told;
  // Right after a title a name is expected: without other evidence, take the usual full name.
  if (afterTitle && told === undefined) return ends[ends.length - 1];
  return -1;
}

/**
 * The end of a name starting at `s` and not reaching past `limit`, or -1.
 * `known` holds names already found in this document (simplified).
 */
export function nameEnd(cx: OfficialsContext, text: string, s: number, limit: number, known?: ReadonlySet<string>, afterTitle = false): number {
  const end = chooseEnd(cx, text, s, limit, known, afterTitle);
  return end > 0 && !cx.vocabulary.ignored.has(text.slice(s, end)) ? end : -1;
}
