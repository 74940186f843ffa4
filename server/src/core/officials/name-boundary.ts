// Where a name begins and ends: a surname, then one or two characters, ending where a word that
// follows names begins (朱杰出席 → 朱杰; 程晋淼参加 → 程晋淼). Names already known in the
// document win; the segmenter breaks remaining ties.
import { isHan } from '../text/chars';
import { segmenterNameLength } from './segmenter';
import { charTable, vocabulary } from './vocabulary';

/** Characters that never occur in a given name here (function words, organisation words). */
const NOT_IN_NAME = charTable('的了是在和与及等之为对把被将也还并又就都其此该各每这那有不会议出参列届区县委记、，。；：要以从');
/** Characters that may stand right before a name (和任泽锋同志, 落实增斌书记). */
export const LEFT_BREAKERS = new Set('和与及、的对向在由是同了把将为请');
export const LEFT_BREAKER_CODES = charTable(LEFT_BREAKERS);

export function isNameCode(code: number): boolean {
  return isHan(code) && NOT_IN_NAME[code] === 0;
}

export function isNameChar(c: string): boolean {
  return isNameCode(c.charCodeAt(0));
}

/** Length of a surname starting at `i` (compound surnames first), or 0. */
export function surnameAt(text: string, i: number): number {
  const v = vocabulary();
  const compound = v.compoundSurnames.startsAt(text, i);
  if (compound) return compound;
  return v.surnameCodes[text.charCodeAt(i)] === 1 ? 1 : 0;
}

/**
 * The set of known names last asked about (one document's passes ask about it thousands of times
 * in a row), how many of its names were looked at, and the first characters of those without a
 * surname. Another set starts it over.
 */
let givenStarts: { known: ReadonlySet<string>; seen: number; chars: Set<number> } | undefined;

/** Whether some known name that does not start with a surname starts with `code`. */
function hasGivenNameStart(known: ReadonlySet<string>, code: number): boolean {
  let entry = givenStarts;
  if (!entry || entry.known !== known || entry.seen > known.size) givenStarts = entry = { known, seen: 0, chars: new Set() };
  if (entry.seen < known.size) {
    // Known names only grow (Set keeps insertion order): look at the new ones.
    let k = 0;
    for (const n of known) if (k++ >= entry.seen && !surnameAt(n, 0)) entry.chars.add(n.charCodeAt(0));
    entry.seen = known.size;
  }
  return entry.chars.has(code);
}

function isDelimiter(text: string, i: number, limit: number): boolean {
  return i >= limit || !isHan(text.charCodeAt(i));
}

/** Whether a name may end at `e`: the clause ends, or a word that follows names begins. */
export function mayEndAt(text: string, e: number, limit: number): boolean {
  return isDelimiter(text, e, limit) || vocabulary().followers.startsAt(text, e, limit) > 0;
}

function acceptable(name: string): boolean {
  const v = vocabulary();
  return !v.notNames.has(name) && !v.ignored.has(name);
}

/** Names without a surname (增斌) can only be known ones: whether one may start at `s`. */
function mayBeGivenName(text: string, s: number, limit: number, known?: ReadonlySet<string>): boolean {
  return vocabulary().knownNames.startsAt(text, s, limit) > 0 || (known !== undefined && known.size > 0 && hasGivenNameStart(known, text.charCodeAt(s)));
}

/** Whether `nameEnd(text, s, limit, known)` may find a name (a cheap test of its first characters). */
export function mayStartName(text: string, s: number, limit: number, known?: ReadonlySet<string>): boolean {
  return surnameAt(text, s) > 0 || mayBeGivenName(text, s, limit, known);
}

/**
 * The end of a name starting at `s` and not reaching past `limit`, or -1.
 * `known` holds names already found in this document (simplified).
 */
function chooseEnd(text: string, s: number, limit: number, known?: ReadonlySet<string>, afterTitle = false): number {
  const v = vocabulary();
  const surname = surnameAt(text, s);
  const mayBeKnown = surname > 0 || mayBeGivenName(text, s, limit, known);
  for (let n = 4; mayBeKnown && n >= 2; n--) {
    if (s + n > limit) continue;
    const candidate = text.slice(s, s + n);
    if ((known?.has(candidate) || v.knownNames.has(candidate)) && acceptable(candidate)) return s + n;
  }
  if (!surname) return -1;
  const g = s + surname;
  const ends: number[] = [];
  for (const e of [g + 1, g + 2]) {
    if (e > limit || !isNameChar(text[e - 1])) break;
    if (!vocabulary().notNames.has(text.slice(s, e))) ends.push(e);
  }
  if (!ends.length) return -1;
  const valid = ends.filter((e) => mayEndAt(text, e, limit));
  const short = g + 1;
  const long = g + 2;
  if (valid.length === 1) return valid[0];
  if (valid.length === 2) {
    // 汤洁在讲话中 / 蔡升等: a one-character word that follows names ends the shorter name.
    if (vocabulary().followers.has(text[short])) return short;
    const told = segmenterNameLength(text, s);
    if (told !== undefined && surname === 1) return s + told;
    return long;
  }
  const told = surname === 1 ? segmenterNameLength(text, s) : undefined;
  if (told !== undefined && ends.includes(s + told)) return s + told;
  // Right after a title a name is expected: without other evidence, take the usual full name.
  if (afterTitle && told === undefined) return ends[ends.length - 1];
  return -1;
}

/**
 * The end of a name starting at `s` and not reaching past `limit`, or -1.
 * `known` holds names already found in this document (simplified).
 */
export function nameEnd(text: string, s: number, limit: number, known?: ReadonlySet<string>, afterTitle = false): number {
  const end = chooseEnd(text, s, limit, known, afterTitle);
  return end > 0 && !vocabulary().ignored.has(text.slice(s, end)) ? end : -1;
}
