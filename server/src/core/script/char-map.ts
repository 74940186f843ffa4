// A one-to-one traditional→simplified character map, taken from OpenCC's own character table
// (opencc-js ships it). Used by the normalized view, which must keep every offset: only entries
// whose simplified form has the same UTF-16 length are kept. Phrase-aware conversion lives in
// the conversion feature; this map only lets the parser read 會議 as 会议.
import TSCharacters from 'opencc-js/dict/TSCharacters';

let map: Map<number, number> | undefined;

function build(): Map<number, number> {
  const result = new Map<number, number>();
  for (const entry of TSCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1 && from !== to) {
      result.set(from.charCodeAt(0), to.charCodeAt(0));
    }
  }
  return result;
}

/** Traditional code unit → simplified code unit (BMP only). Built once, on first use. */
export function traditionalCharMap(): ReadonlyMap<number, number> {
  return (map ??= build());
}
