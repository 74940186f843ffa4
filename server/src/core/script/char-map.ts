// A one-to-one traditional→simplified character map, taken from OpenCC's own character table
// (opencc-js ships it). Used by the normalized view, which must keep every offset: only entries
// whose simplified form has the same UTF-16 length are kept. Phrase-aware conversion lives in
// the conversion feature; this map only lets the parser read 會議 as 会议.
import TSCharacters from 'opencc-js/dict/TSCharacters';

let map: Map<number, number> | undefined;
let table: Uint16Array | undefined;

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

/** The same map as a 64K lookup table (identity where nothing changes): the view's hot loop. */
export function traditionalCharTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let i = 0; i < 0x10000; i++) table[i] = i;
    for (const [from, to] of traditionalCharMap()) table[from] = to;
  }
  return table;
}

/** Traditional characters read as simplified, one for one (the view's table): for comparing and searching. */
export function toSimplified(text: string): string {
  const map = traditionalCharMap();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(map.get(c) ?? c);
  }
  return out;
}
