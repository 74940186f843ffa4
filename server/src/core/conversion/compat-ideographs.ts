// CJK compatibility ideographs (U+F900–FAFF) are duplicates of unified ideographs kept for
// round-tripping old encodings; OpenCC's tables do not know them (豈 stays 豈). Unicode gives
// each its unified form as a canonical decomposition, so NFC of the single character is the
// normal form. The dozen "compatibility" ideographs that are really unified (﨎) have none and stay.
import type { Edit } from '../text/edits';

export function compatIdeographEdits(text: string): Edit[] {
  const out: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xf900 || code > 0xfaff) continue;
    const char = text[i];
    const unified = char.normalize('NFC');
    if (unified !== char) out.push({ start: i, end: i + 1, newText: unified });
  }
  return out;
}
