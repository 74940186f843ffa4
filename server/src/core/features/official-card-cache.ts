// The corpus part of an official's hover card (appearances counted once, titles, first and last
// seen) for the last few names hovered: a name named in thousands of files costs tens of
// milliseconds to count, and the same card is asked for again at every move of the mouse. An
// entry is only reused while the workspace's revision, the document's version and the merge
// setting are the ones it was computed for.
import type { CountedAppearances } from './count-once';
import type { Appearance } from './official-appearances';

export interface CorpusPart {
  readonly counted: CountedAppearances;
  readonly titles: readonly string[];
  readonly seen: readonly [Appearance, Appearance] | undefined;
}

export interface CardKey {
  readonly name: string;
  readonly uri: string;
  readonly version: number;
  /** The workspace's revision (WorkspaceOfficials.revision). */
  readonly revision: number;
  readonly merged: boolean;
}

export class OfficialCardCache {
  private readonly entries = new Map<string, CorpusPart>();

  constructor(private readonly size = 8) {}

  get(key: CardKey, make: () => CorpusPart): CorpusPart {
    const id = `${key.revision}\u0000${key.merged ? 1 : 0}\u0000${key.version}\u0000${key.uri}\u0000${key.name}`;
    const known = this.entries.get(id);
    if (known) {
      this.entries.delete(id);
      this.entries.set(id, known);
      return known;
    }
    const part = make();
    this.entries.set(id, part);
    for (const old of this.entries.keys()) {
      if (this.entries.size <= this.size) break;
      this.entries.delete(old);
    }
    return part;
  }

  clear(): void {
    this.entries.clear();
  }
}
