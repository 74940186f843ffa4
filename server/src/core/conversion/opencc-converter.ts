// The opencc-js adapter: OpenCC's own dictionaries (as shipped by opencc-js) in the chains of
// OpenCC's t2s / tw2s / tw2sp / hk2s configurations, with the protected phrases put first in every
// group. Tables are built once per (variant, phrases), on first use.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { PhraseTable } from './phrase-table';
import { protectedEntries } from './protected-phrases';
import type { ScriptConverter, SourceVariant } from './script-converter';
import { composeEdits, applyEdits, type Edit } from '../text/edits';

const CHAINS: Record<SourceVariant, readonly (readonly string[])[]> = {
  t: [[TSPhrases, TSCharacters]],
  tw: [[TWVariantsRevPhrases, TWVariantsRev], [TSPhrases, TSCharacters]],
  twp: [[TWPhrasesRev, TWVariantsRevPhrases, TWVariantsRev], [TSPhrases, TSCharacters]],
  hk: [[HKVariantsRevPhrases, HKVariantsRev], [TSPhrases, TSCharacters]],
};

class OpenccConverter implements ScriptConverter {
  private tables: PhraseTable[] | undefined;
  /** Units some stage may change: the union of the stages' tables. */
  private changing: Uint8Array | undefined;

  constructor(readonly variant: SourceVariant, private readonly protectedPhrases: readonly string[]) {}

  private stages(): PhraseTable[] {
    if (!this.tables) {
      const keep = protectedEntries(this.protectedPhrases);
      this.tables = CHAINS[this.variant].map((group) => new PhraseTable([keep, ...group]));
    }
    return this.tables;
  }

  nextChange(text: string, from: number, to: number): number {
    let changing = this.changing;
    if (!changing) {
      changing = new Uint8Array(0x10000);
      for (const table of this.stages()) {
        const units = table.changingUnits();
        for (let c = 0; c < 0x10000; c++) changing[c] |= units[c];
      }
      this.changing = changing;
    }
    for (let i = from; i < to; i++) if (changing[text.charCodeAt(i)]) return i;
    return to;
  }

  edits(text: string, from = 0, to = text.length, out: Edit[] = []): Edit[] {
    const stages = this.stages();
    // Most lines of a simplified corpus hold no character any stage would change.
    // (Indexed, no closure or rest array: a file of short lines calls this once per changing line.)
    let may = false;
    for (let k = 0; k < stages.length && !may; k++) may = stages[k].mayChange(text, from, to);
    if (!may) return out;
    if (stages.length === 1) return stages[0].edits(text, from, to, out);
    // Several stages: convert the slice stage by stage and compose the edits.
    const slice = text.slice(from, to);
    let edits = stages[0].edits(slice);
    for (let k = 1; k < stages.length; k++) {
      edits = composeEdits(slice, edits, stages[k].edits(applyEdits(slice, edits)));
    }
    // A character one stage changes and the next changes back (群 → 羣 → 群 under tw, 台 → 臺 → 台
    // under hk) is no edit: simplified text must not read as traditional.
    for (const e of edits) if (e.newText !== slice.slice(e.start, e.end)) out.push({ start: e.start + from, end: e.end + from, newText: e.newText });
    return out;
  }
}

const converters = new Map<string, ScriptConverter>();

/** The converter for a variant and list of protected phrases, created once and reused. */
export function openccConverter(variant: SourceVariant, protectedPhrases: readonly string[]): ScriptConverter {
  const key = `${variant}\u0000${protectedPhrases.join('\u0001')}`;
  let converter = converters.get(key);
  if (!converter) {
    if (converters.size > 8) converters.clear();
    converter = new OpenccConverter(variant, protectedPhrases);
    converters.set(key, converter);
  }
  return converter;
}
