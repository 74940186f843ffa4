// A longest-match phrase table built from OpenCC dictionaries, that reports where each match is.
// opencc-js's converters return a string with no offsets; this table applies the same data and
// the same rule (longest match at each position, the earlier dictionary of a group winning a
// tie) but returns edits, so a conversion can touch only the characters it changes.
import type { Edit } from '../text/edits';

export class PhraseTable {
  private readonly entries = new Map<string, string>();
  /** Longest key (in UTF-16 units) starting with each code unit; 0 where no key starts. */
  private readonly longest = new Uint8Array(0x10000);
  /** Bit L set: some key of length L (1-31 units) starts with this code unit. */
  private readonly lengths = new Uint32Array(0x10000);
  /** The first two code units of every key longer than one, as first * 0x10000 + second (no slice per lookup). */
  private readonly pairs = new Set<number>();
  /**
   * Code units where some key and its value differ (every unit of the key when their lengths
   * differ). A text holding none of them matches only keys that map to themselves: no edits.
   */
  private readonly changing = new Uint8Array(0x10000);

  /**
   * `group` lists dictionaries in OpenCC's "k v|k v" form or as [key, value] pairs; earlier ones
   * win when two define the same key.
   */
  constructor(group: readonly (string | readonly (readonly [string, string])[])[]) {
    for (const dict of [...group].reverse()) {
      const pairs = typeof dict === 'string' ? parse(dict) : dict;
      for (const [key, value] of pairs) this.add(key, value);
    }
  }

  private add(key: string, value: string): void {
    if (!key) return;
    this.entries.set(key, value);
    if (value !== key) {
      const same = value.length === key.length;
      for (let i = 0; i < key.length; i++) if (!same || key.charCodeAt(i) !== value.charCodeAt(i)) this.changing[key.charCodeAt(i)] = 1;
    }
    const lead = key.charCodeAt(0);
    if (key.length > this.longest[lead]) this.longest[lead] = Math.min(255, key.length);
    this.lengths[lead] |= key.length < 32 ? 1 << key.length : 1 << 31;
    if (key.length > 1) this.pairs.add(key.charCodeAt(0) * 0x10000 + key.charCodeAt(1));
  }

  /** The units where some key and its value differ, 1 each (read only): for a union over tables. */
  changingUnits(): Uint8Array {
    return this.changing;
  }

  /** Whether converting text[from, to) can change anything (false: it certainly does not). */
  mayChange(text: string, from = 0, to = text.length): boolean {
    const changing = this.changing;
    for (let i = from; i < to; i++) if (changing[text.charCodeAt(i)]) return true;
    return false;
  }

  /** Edits that convert text[from, to) (only where the replacement differs from the match). */
  edits(text: string, from = 0, to = text.length, out: Edit[] = []): Edit[] {
    const longest = this.longest;
    const entries = this.entries;
    const n = to;
    for (let i = from; i < n; ) {
      const max = longest[text.charCodeAt(i)];
      if (max === 0) {
        i++;
        continue;
      }
      let matched = 0;
      let value: string | undefined;
      // Longer keys only when some key starts with these two units; only lengths that exist.
      const lengths = this.lengths[text.charCodeAt(i)];
      const top = i + 1 < n && this.pairs.has(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)) ? Math.min(max, n - i) : 1;
      for (let len = top; len > 0; len--) {
        if (len < 31 && !(lengths & (1 << len))) continue;
        const key = len === 1 ? text[i] : text.slice(i, i + len);
        value = entries.get(key);
        if (value !== undefined) {
          matched = len;
          if (value !== key) out.push({ start: i, end: i + len, newText: value });
          break;
        }
      }
      i += matched || 1;
    }
    return out;
  }
}

function parse(dict: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const entry of dict.split('|')) {
    const space = entry.indexOf(' ');
    if (space <= 0) continue;
    const rest = entry.slice(space + 1);
    const second = rest.indexOf(' ');
    pairs.push([entry.slice(0, space), second < 0 ? rest : rest.slice(0, second)]);
  }
  return pairs;
}
