// The body a meeting belongs to (贾汪区委常委会, 区政府常务会议, 八公山区调度会) and its kind (party
// committee, government, people's congress, CPPCC, study group, other): what the corpus overview
// groups by and the persisted index stores. Derived from the meeting's name, simplified, with the
// verbs, ordinals and (扩大) a name carries removed. The markers are data (data/body-kinds.json).
import table from '../data/body-kinds.json';
import { toSimplified } from '../script/char-map';

export type BodyKind = 'party' | 'government' | 'congress' | 'cppcc' | 'study' | 'other';
export const BODY_KINDS: readonly BodyKind[] = ['party', 'government', 'congress', 'cppcc', 'study', 'other'];

const NUMERAL = '[0-9０-９一二三四五六七八九十百零〇两]';
const ORDINAL = new RegExp(`第${NUMERAL}+次|${NUMERAL}+届${NUMERAL}+次|第${NUMERAL}+届|${NUMERAL}+届|${NUMERAL}{4}年(?:度|第${NUMERAL}+季度)?`, 'g');
const ENLARGED = /[（(]扩大[）)]/g;
/** `杨明主持召开`, `召开`, `举行`: the part of a name before the body (a person, a verb). */
const VERB = /^(?:.{0,8}?主持)?(?:召开|举行|开展)/;
const TRAILING = /(?:召开|举行|闭幕|开幕)$/;

/** The body's name: `中共贾汪区委常委会(扩大)会议` → `贾汪区委常委会`, `雁回镇召开第9次党委会议` → `雁回镇党委会议`. */
export function meetingBody(name: string): string {
  let s = toSimplified(name).replace(/\s+/g, '').replace(ENLARGED, '').replace(/^中共/, '').replace(TRAILING, '');
  const verb = s.search(/主持召开|召开|举行/);
  if (verb >= 0) {
    const before = s.slice(0, verb);
    const after = s.slice(verb).replace(VERB, '');
    // `杨明主持召开中共贾汪区委常委会` keeps the body after the verb; `雁回镇召开…` keeps the place before it.
    s = (/主持$/.test(before) || s.slice(verb).startsWith('主持') ? '' : before) + after.replace(/^中共/, '');
  }
  s = s.replace(ORDINAL, '').replace(/暨.*$/, '');
  // A standing body ends its name at the earliest standing type: `区政府常务会议、党组会议和…` → 区政府常务会议.
  let cut = -1;
  for (const standing of table.standing) {
    const at = s.indexOf(standing);
    if (at >= 0 && (cut < 0 || at + standing.length < cut)) cut = at + standing.length;
  }
  if (cut > 0) return s.slice(0, cut);
  return s || toSimplified(name);
}

/** The kind of body: `区政府常务会议` → government, `市人大常委会` → congress. */
export function bodyKind(body: string): BodyKind {
  const s = toSimplified(body);
  for (const k of table.kinds) if (k.markers.some((m) => s.includes(m))) return k.kind as BodyKind;
  return 'other';
}
