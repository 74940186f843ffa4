// The officials vocabulary: titles, organisation prefixes, surnames, words that follow names.
// Read from the JSON data files; users add titles and names, or ignore false ones, through
// settings (huiyi.officials.*), merged in by `buildVocabulary` (each language service builds its own).
import titlesData from '../data/titles.json';
import prefixData from '../data/org-prefixes.json';
import surnameData from '../data/surnames.json';
import rareSurnameData from '../data/rare-surnames.json';
import followerData from '../data/name-followers.json';
import notNameData from '../data/not-names.json';
import nameCharData from '../data/name-chars.json';
import type { Role } from '../model/types';

export interface VocabularyExtras {
  readonly titles?: readonly string[];
  readonly names?: readonly string[];
  readonly ignore?: readonly string[];
}

/** Words indexed by first and last character, longest first: "does a word start/end here" without slicing. */
export class WordSet {
  readonly words: Set<string>;
  /**
   * Words by their first (last) two code units (as one int32 key), longest first; one-unit words by that unit. A
   * title suffix ends in 长 seventy-five ways (区长, 副县长, 董事长 …), and 长 is common in any text
   * (增长, 长期): looking words up by two units tries the two or three that can match, not all.
   */
  private readonly byFirstTwo = new Map<number, string[]>();
  private readonly byLastTwo = new Map<number, string[]>();
  private readonly oneUnit = new Set<number>();
  /** 1 where some word starts / ends with that UTF-16 unit: a fast reject before the maps. */
  readonly firsts = new Uint8Array(0x10000);
  readonly lasts = new Uint8Array(0x10000);
  /** Length of the longest word (0 when empty). */
  readonly maxLength: number;
  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter(Boolean));
    const sorted = [...this.words].sort((a, b) => b.length - a.length);
    this.maxLength = sorted[0]?.length ?? 0;
    for (const w of sorted) {
      const f = w.charCodeAt(0);
      const l = w.charCodeAt(w.length - 1);
      this.firsts[f] = 1;
      this.lasts[l] = 1;
      if (w.length === 1) {
        this.oneUnit.add(f);
        continue;
      }
      const head = (f << 16) | w.charCodeAt(1);
      const tail = (w.charCodeAt(w.length - 2) << 16) | l;
      (this.byFirstTwo.get(head) ?? this.byFirstTwo.set(head, []).get(head)!).push(w);
      (this.byLastTwo.get(tail) ?? this.byLastTwo.set(tail, []).get(tail)!).push(w);
    }
  }
  /** Length of the longest word starting at `i` (and ending by `limit`), or 0. */
  startsAt(text: string, i: number, limit = text.length): number {
    const c = text.charCodeAt(i);
    if (!this.firsts[c]) return 0;
    if (i + 1 < limit) {
      const list = this.byFirstTwo.get((c << 16) | text.charCodeAt(i + 1));
      if (list) for (const w of list) if (i + w.length <= limit && text.startsWith(w, i)) return w.length;
    }
    return i < limit && this.oneUnit.has(c) ? 1 : 0;
  }
  /** Length of the longest word ending at `e` (and starting at or after `floor`), or 0. */
  endsAt(text: string, e: number, floor = 0): number {
    const c = text.charCodeAt(e - 1);
    if (!this.lasts[c]) return 0;
    if (e - 2 >= floor) {
      const list = this.byLastTwo.get((text.charCodeAt(e - 2) << 16) | c);
      if (list) for (const w of list) if (e - w.length >= floor && text.startsWith(w, e - w.length)) return w.length;
    }
    return e - 1 >= floor && this.oneUnit.has(c) ? 1 : 0;
  }
  has(word: string): boolean {
    return this.words.has(word);
  }
  /** Whether `text[start, end)` is a word (slices only when its first and last characters may be). */
  isWordAt(text: string, start: number, end: number): boolean {
    return end > start && this.firsts[text.charCodeAt(start)] === 1 && this.lasts[text.charCodeAt(end - 1)] === 1 && this.words.has(text.slice(start, end));
  }
}

/** 1 for each UTF-16 unit in `chars`. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) if (c.length === 1) t[c.charCodeAt(0)] = 1;
  return t;
}

export interface Vocabulary {
  readonly suffixes: WordSet;
  readonly collective: WordSet;
  readonly nameFirst: WordSet;
  readonly titleChars: ReadonlySet<string>;
  /** `titleChars` by UTF-16 unit. */
  readonly titleCodes: Uint8Array;
  readonly levels: ReadonlySet<string>;
  readonly prefixes: WordSet;
  readonly surnames: ReadonlySet<string>;
  /** Single-character `surnames` by UTF-16 unit. */
  readonly surnameCodes: Uint8Array;
  /** Rare single surnames (仉, 亓, 禚 …), trusted only where a name is expected. */
  readonly rareSurnameCodes: Uint8Array;
  /** Characters of transliterated names (次仁旺堆, 乌云其木格, 买买提). */
  readonly transliterationCodes: Uint8Array;
  /** Function words that may open a given name right after a title (李为民, 赵和平). */
  readonly givenStartCodes: Uint8Array;
  /** Function words that may end a given name (雍可为主持, 市长饶牧之、): before a role verb, or right after a title also before a delimiter. */
  readonly givenEndCodes: Uint8Array;
  /** Followers that one character into a run of name characters are the name's (苏和巴特尔, 阿的木果). */
  readonly runInnerCodes: Uint8Array;
  /** The dots of transliterated names (买买提·吐尔逊), in every form. */
  readonly nameDotCodes: Uint8Array;
  /** Political terms a name is part of (习近平新时代中国特色社会主义思想): not mentions. */
  readonly fixedTerms: readonly string[];
  readonly compoundSurnames: WordSet;
  readonly followers: WordSet;
  readonly fillers: WordSet;
  readonly roleVerbs: ReadonlyMap<string, Role>;
  readonly roleWords: WordSet;
  /** After 和, words that make it a name's last character (孟庆和主持), and words that do not although one of those starts them (和同志们). */
  readonly andEnds: WordSet;
  readonly andJoins: WordSet;
  /** Words no name contains (负责, 部门): 有关负责同志 names no one. */
  readonly neverInNames: WordSet;
  readonly notNames: ReadonlySet<string>;
  /** `notNames` by first characters: no name starts where one of these words does (班子成员, 高度重视). */
  readonly notNameWords: WordSet;
  readonly knownNames: WordSet;
  readonly ignored: ReadonlySet<string>;
}

/** The vocabulary of the data files with the user's extras (one per language service and settings). */
export function buildVocabulary(extras: VocabularyExtras = {}): Vocabulary {
  const roleVerbs = new Map<string, Role>();
  for (const [role, verbs] of Object.entries(followerData.roles)) for (const v of verbs) if (!roleVerbs.has(v)) roleVerbs.set(v, role as Role);
  return {
    suffixes: new WordSet([...titlesData.suffixes, ...(extras.titles ?? [])]),
    collective: new WordSet(titlesData.standalone),
    nameFirst: new WordSet(titlesData.nameFirst),
    titleChars: new Set(titlesData.titleChars),
    titleCodes: charTable(titlesData.titleChars),
    levels: new Set(prefixData.levels),
    prefixes: new WordSet(prefixData.prefixes),
    surnames: new Set(surnameData.single),
    surnameCodes: charTable(surnameData.single),
    rareSurnameCodes: charTable(surnameData.rare + rareSurnameData.single),
    transliterationCodes: charTable(nameCharData.transliteration),
    givenStartCodes: charTable(nameCharData.givenStarts),
    givenEndCodes: charTable(nameCharData.givenEnds),
    runInnerCodes: charTable(nameCharData.runInner),
    nameDotCodes: charTable(nameCharData.dots),
    fixedTerms: notNameData.fixedTerms,
    compoundSurnames: new WordSet(surnameData.compound),
    followers: new WordSet(followerData.followers),
    fillers: new WordSet(followerData.fillers),
    roleVerbs,
    roleWords: new WordSet(roleVerbs.keys()),
    andEnds: new WordSet(followerData.andEnds),
    andJoins: new WordSet(followerData.andJoins),
    neverInNames: new WordSet(notNameData.neverInNames),
    notNames: new Set(notNameData.notNames),
    notNameWords: new WordSet(notNameData.notNames),
    knownNames: new WordSet([...notNameData.knownNames, ...(extras.names ?? [])]),
    ignored: new Set(extras.ignore ?? []),
  };
}

let plain: Vocabulary | undefined;

/**
 * The vocabulary of these extras; without any, the data files' own, built once (it is never
 * changed: what differs between language services is which vocabulary each holds).
 */
export function vocabularyOf(extras: VocabularyExtras = {}): Vocabulary {
  const none = !extras.titles?.length && !extras.names?.length && !extras.ignore?.length;
  return none ? (plain ??= buildVocabulary()) : buildVocabulary(extras);
}

export function isCollectiveTitle(v: Vocabulary, title: string): boolean {
  return v.collective.has(title) || /领导$/.test(title);
}

/** Every word the segmenter should keep whole: titles, prefixes, followers. */
export function segmenterWords(v: Vocabulary): string[] {
  return [...v.suffixes.words, ...v.prefixes.words, ...v.followers.words, ...v.knownNames.words];
}
