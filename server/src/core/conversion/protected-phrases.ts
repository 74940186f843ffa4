// Protected phrases: the simplified form a phrase must take, whatever OpenCC would make of it.
// Each phrase becomes dictionary entries for itself and for its traditional spellings (every
// character that OpenCC's character table maps onto a character of the phrase), so 乾縣 converts
// to 乾县 and an already simplified 乾安 is left alone.
import data from '../data/protected-phrases.json';
import { traditionalCharMap } from '../script/char-map';

export const DEFAULT_PROTECTED_PHRASES: readonly string[] = Object.freeze([...data.phrases]);

/** At most this many spellings per phrase (characters with many traditional forms multiply). */
const MAX_SPELLINGS = 64;

let reverse: Map<string, string[]> | undefined;

function traditionalFormsOf(char: string): string[] {
  if (!reverse) {
    reverse = new Map();
    for (const [from, to] of traditionalCharMap()) {
      const key = String.fromCharCode(to);
      const list = reverse.get(key) ?? [];
      list.push(String.fromCharCode(from));
      reverse.set(key, list);
    }
  }
  return [char, ...(reverse.get(char) ?? [])];
}

/** [spelling, phrase] dictionary entries for the given phrases. */
export function protectedEntries(phrases: readonly string[]): [string, string][] {
  const entries: [string, string][] = [];
  for (const phrase of new Set(phrases)) {
    if (!phrase) continue;
    let spellings = [''];
    for (const char of phrase) {
      const forms = traditionalFormsOf(char);
      const next: string[] = [];
      for (const s of spellings) for (const f of forms) if (next.length < MAX_SPELLINGS) next.push(s + f);
      spellings = next;
    }
    for (const s of spellings) entries.push([s, phrase]);
  }
  return entries;
}

/** The defaults plus the user's additions (non-empty strings only). */
export function protectedPhrases(extra: readonly string[] = []): string[] {
  return [...DEFAULT_PROTECTED_PHRASES, ...extra.filter((p) => typeof p === 'string' && p.trim()).map((p) => p.trim())];
}
