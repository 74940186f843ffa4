// The officials vocabulary: titles, organisation prefixes, surnames, words that follow names.
// Read from the JSON data files once; users add titles and names, or ignore false ones, through
// settings (huiyi.officials.*), merged in by `configureVocabulary`.
import titlesData from '../data/titles.json';
import prefixData from '../data/org-prefixes.json';
import surnameData from '../data/surnames.json';
import followerData from '../data/name-followers.json';
import notNameData from '../data/not-names.json';
import type { Role } from '../model/types';

export interface VocabularyExtras {
  readonly titles?: readonly string[];
  readonly names?: readonly string[];
  readonly ignore?: readonly string[];
}

/** Words indexed by first and last character, longest first: "does a word start/end here" without slicing. */
class WordSet {
  readonly words: Set<string>;
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
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
      (this.byFirst.get(f) ?? this.byFirst.set(f, []).get(f)!).push(w);
      (this.byLast.get(l) ?? this.byLast.set(l, []).get(l)!).push(w);
    }
  }
  /** Length of the longest word starting at `i`, or 0. */
  startsAt(text: string, i: number, limit = text.length): number {
    const c = text.charCodeAt(i);
    if (!this.firsts[c]) return 0;
    const list = this.byFirst.get(c);
    if (list) for (const w of list) if (i + w.length <= limit && text.startsWith(w, i)) return w.length;
    return 0;
  }
  /** Length of the longest word ending at `e`, or 0. */
  endsAt(text: string, e: number, floor = 0): number {
    const c = text.charCodeAt(e - 1);
    if (!this.lasts[c]) return 0;
    const list = this.byLast.get(c);
    if (list) for (const w of list) if (e - w.length >= floor && text.startsWith(w, e - w.length)) return w.length;
    return 0;
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
  readonly compoundSurnames: WordSet;
  readonly followers: WordSet;
  readonly fillers: WordSet;
  readonly roleVerbs: ReadonlyMap<string, Role>;
  readonly roleWords: WordSet;
  readonly notNames: ReadonlySet<string>;
  readonly knownNames: WordSet;
  readonly ignored: ReadonlySet<string>;
  /** Changes whenever the extras change (part of cache keys). */
  readonly generation: number;
}

let generation = 0;

function build(extras: VocabularyExtras): Vocabulary {
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
    compoundSurnames: new WordSet(surnameData.compound),
    followers: new WordSet(followerData.followers),
    fillers: new WordSet(followerData.fillers),
    roleVerbs,
    roleWords: new WordSet(roleVerbs.keys()),
    notNames: new Set(notNameData.notNames),
    knownNames: new WordSet([...notNameData.knownNames, ...(extras.names ?? [])]),
    ignored: new Set(extras.ignore ?? []),
    generation: generation++,
  };
}

let current: Vocabulary | undefined;
let currentKey = '';

export function vocabulary(): Vocabulary {
  return (current ??= build({}));
}

/** Merges user titles and names (simplified) into the vocabulary; returns whether it changed. */
export function configureVocabulary(extras: VocabularyExtras): boolean {
  const key = JSON.stringify([extras.titles ?? [], extras.names ?? [], extras.ignore ?? []]);
  if (key === currentKey && current) return false;
  currentKey = key;
  current = build(extras);
  return true;
}

export function isCollectiveTitle(title: string): boolean {
  return vocabulary().collective.has(title) || /领导$/.test(title);
}

/** Every word the segmenter should keep whole: titles, prefixes, followers. */
export function segmenterWords(): string[] {
  const v = vocabulary();
  return [...v.suffixes.words, ...v.prefixes.words, ...v.followers.words, ...v.knownNames.words];
}
