// The Corpus Overview's figures packed for the wire (issue 17): on a big workspace nearly all of the
// answer is the top officials' marks (10,000 reports: about 5,000 marks, 1.3 MB as objects, each
// with its uri, dates and meeting name spelt out). Packed, each mark is MARK_FIELDS whole numbers,
// its strings indexes into one table shared by every mark, its uri without the folder every mark's
// uri starts with; everything else is as it was.
// unpackOverview gives back exactly the object packOverview was given. Types only are imported:
// the Corpus Overview page bundles this file (through protocol/api.ts) without the rest of the core.
import type { CorpusOverview, OverviewMark, OverviewOfficial } from './corpus-overview';

/**
 * Numbers a mark in PackedOfficial.marks: its iso date, written date, written month, title,
 * meeting name and uri (the strings as indexes into PackedOverview.strings, the uri without
 * PackedOverview.uriPrefix), then the range of
 * the official's mention: start line, start character, end line − start line, end character −
 * start character.
 */
export const MARK_FIELDS = 10;

export interface PackedOfficial extends Omit<OverviewOfficial, 'marks'> {
  readonly marks: readonly number[];
}

export interface PackedOverview extends Omit<CorpusOverview, 'officials'> {
  /** The strings the marks point at, each once, first used first. */
  readonly strings: readonly string[];
  /** What every mark's uri starts with, up to a slash (left out of the strings). */
  readonly uriPrefix: string;
  readonly officials: readonly PackedOfficial[];
}

/** The overview with its officials' marks packed. */
/** The longest start up to a slash that every uri shares. */
function sharedFolder(uris: Iterable<string>): string {
  let prefix: string | undefined;
  for (const uri of uris) {
    if (prefix === undefined) prefix = uri;
    let n = 0;
    while (n < prefix.length && n < uri.length && prefix.charCodeAt(n) === uri.charCodeAt(n)) n++;
    if (n < prefix.length) prefix = prefix.slice(0, n);
  }
  return prefix?.slice(0, prefix.lastIndexOf('/') + 1) ?? '';
}

export function packOverview(o: CorpusOverview): PackedOverview {
  const uriPrefix = sharedFolder(o.officials.flatMap((x) => x.marks.map((m) => m.at.uri)));
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const officials = o.officials.map(({ marks, ...official }) => {
    const packed: number[] = [];
    for (const m of marks) {
      const { start, end } = m.at.range;
      packed.push(id(m.iso), id(m.date), m.writtenMonth, id(m.title), id(m.meeting), id(m.at.uri.slice(uriPrefix.length)), start.line, start.character, end.line - start.line, end.character - start.character);
    }
    return { ...official, marks: packed };
  });
  return { ...o, officials, strings, uriPrefix };
}

/** The overview as packOverview was given it. */
export function unpackOverview(p: PackedOverview): CorpusOverview {
  const { strings, uriPrefix, ...rest } = p;
  return {
    ...rest,
    officials: rest.officials.map(({ marks: packed, ...official }) => {
      const marks: OverviewMark[] = [];
      for (let k = 0; k + MARK_FIELDS <= packed.length; k += MARK_FIELDS) {
        const line = packed[k + 6];
        const character = packed[k + 7];
        const range = { start: { line, character }, end: { line: line + packed[k + 8], character: character + packed[k + 9] } };
        marks.push({ iso: strings[packed[k]], date: strings[packed[k + 1]], writtenMonth: packed[k + 2], title: strings[packed[k + 3]], meeting: strings[packed[k + 4]], at: { uri: uriPrefix + strings[packed[k + 5]], range } });
      }
      return { ...official, marks };
    }),
  };
}
