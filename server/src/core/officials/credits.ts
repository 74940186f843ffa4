// Credits: the people a report names as its authors, photographers, editors and reviewers
// (（记者 张三 李四）, 文/图 王五, ■本报记者 赵六, 责任编辑：孙七, 来源：周八). They are people,
// not officials: the model lists them apart, and their names are kept out of the officials.
import creditData from '../data/credit-roles.json';
import type { Span } from '../document';
import type { NormalizedView } from '../normalize/view';
import { piece, type Paragraph } from '../model/paragraphs';
import type { Credit } from '../model/types';
import { isHan } from '../text/chars';
import { dottedNameEnd, isTransliterated, surnameAt } from './name-boundary';
import { charTable, WordSet } from './vocabulary';
import type { OfficialsContext } from './context';

const ROLES = new WordSet(creditData.roles);
const STOPS = new WordSet(creditData.stops);
const ORGANISATION_ROLES = new Set(creditData.organisationRoles);
const ORGANISATION_ENDINGS: readonly string[] = creditData.organisationEndings;
const COLON_ONLY = new Set(creditData.colonOnly);
const SOURCE_ROLES = new Set(creditData.sourceRoles);
/** Rare surnames trusted only in a credit (答晓峰): after a title they are words (县长答复). */
const CREDIT_SURNAMES = charTable(creditData.surnames);
/** What may stand right before a credit's role (its paragraph's start aside). */
const BEFORE_ROLE = charTable('。！？（(【[〔「『 \t\u3000■□●◆◇▲△★☆|｜丨/／、，；：');
/** What may stand between a role and its names. */
const AFTER_ROLE = charTable('：:/／|｜丨 \t\u3000\u00a0');
/** What stands after a role that needs one (文：, 图/, 一审｜ or 责编丨 as WeChat footers write it). */
const COLON = charTable('：:/／|｜丨');
/** What may stand between two names of one credit. */
const BETWEEN_NAMES = charTable(' \t\u3000\u00a0、，');
/** 1 where a role starts with that unit, 2 where a role that may follow an organisation does. */
const ROLE_FIRST = new Uint8Array(0x10000);
for (const r of creditData.roles) ROLE_FIRST[r.charCodeAt(0)] ||= 1;
for (const r of creditData.organisationRoles) ROLE_FIRST[r.charCodeAt(0)] = 2;
/** The second units of those roles (记者: 者): 书记 is everywhere, 记者 is not. */
const ORGANISATION_SECOND = charTable(creditData.organisationRoles.map((r) => r[1]));
const MAX_PREFIX = 14;
const MAX_NAMES = 8;
const MAX_TRANSLITERATED = 6;

export interface CreditDrafts {
  readonly credits: Credit[];
  /** The credited names in view offsets, ascending: not officials. */
  readonly spans: Span[];
}

function organisationBefore(text: string, start: number, i: number): boolean {
  let b = i;
  while (b > start && i - b < MAX_PREFIX && isHan(text.charCodeAt(b - 1))) b--;
  if (b === i || (b > start && !BEFORE_ROLE[text.charCodeAt(b - 1)])) return false;
  const prefix = text.slice(b, i);
  return ORGANISATION_ENDINGS.some((w) => prefix.endsWith(w));
}

/** End of a credited name at `j` (2–4 Han characters with a surname, or transliterated), or -1. */
function creditedNameEnd(cx: OfficialsContext, text: string, j: number, end: number, source: boolean): number {
  const dotted = dottedNameEnd(cx, text, j, end);
  if (dotted > 0) return dotted;
  let e = j;
  while (e < end && isHan(text.charCodeAt(e)) && e - j < MAX_TRANSLITERATED) {
    if (e - j >= 2 && (STOPS.startsAt(text, e, end) || ROLES.startsAt(text, e, end) > 1)) break;
    e++;
  }
  if (e < end && isHan(text.charCodeAt(e)) && !(STOPS.startsAt(text, e, end) || ROLES.startsAt(text, e, end) > 1)) return -1;
  const n = e - j;
  // 2–4 characters, or up to 6 when every one is a transliteration's (哈力木拉提).
  if (n < 2 || (n > 4 && !isTransliterated(cx, text, j, e)) || cx.vocabulary.notNames.has(text.slice(j, e))) return -1;
  if (source) {
    // 来源：周八 — the whole value is the name (来源：县融媒体中心 is not one).
    const whole = e === end || !isHan(text.charCodeAt(e));
    return whole && n <= 3 && surnameAt(cx, text, j) > 0 && !ORGANISATION_ENDINGS.some((w) => text.endsWith(w, e)) ? e : -1;
  }
  return surnameAt(cx, text, j, true) || CREDIT_SURNAMES[text.charCodeAt(j)] || isTransliterated(cx, text, j, e) ? e : -1;
}

/**
 * The credit whose role starts at `i` in the paragraph `text[start, end)`, if one does; returns
 * where it ends (or `i` when there is none).
 */
function creditAt(cx: OfficialsContext, view: NormalizedView, i: number, start: number, end: number, meetingOf: (offset: number) => number, out: CreditDrafts): number {
  const text = view.normalized;
  const first = ROLE_FIRST[text.charCodeAt(i)];
  if (!first) return i;
  // A role opens its paragraph or follows a bracket or a separator, or (记者, 通讯员) an organisation.
  const open = i === start || BEFORE_ROLE[text.charCodeAt(i - 1)] === 1;
  if (!open && (first !== 2 || !ORGANISATION_SECOND[text.charCodeAt(i + 1)])) return i;
  const n = ROLES.startsAt(text, i, end);
  if (!n) return i;
  const role = text.slice(i, i + n);
  if (!open && !(ORGANISATION_ROLES.has(role) && organisationBefore(text, start, i))) return i;
  let j = i + n;
  let colon = false;
  // One step per character (a `||=` here would stop stepping once a colon was seen: 责任编辑： 张三 never ended).
  for (; j < end && AFTER_ROLE[text.charCodeAt(j)]; j++) if (COLON[text.charCodeAt(j)]) colon = true;
  if (COLON_ONLY.has(role) && !colon) return i;
  const source = SOURCE_ROLES.has(role);
  let last = i;
  for (let k = 0; k < MAX_NAMES && j < end; k++) {
    if (k && ROLES.startsAt(text, j, end) > 1) break;
    const e = creditedNameEnd(cx, text, j, end, source);
    if (e < 0) break;
    const name = piece(view, j, e);
    out.credits.push({ ...name, name: name.normalized, role, meeting: meetingOf(name.start) });
    out.spans.push({ start: j, end: e });
    last = e;
    j = e + STOPS.startsAt(text, e, end);
    if (source || j > e) break;
    while (j < end && BETWEEN_NAMES[text.charCodeAt(j)]) j++;
  }
  return last;
}

/** The credits of a report's paragraphs (all of them: bylines stand in headers and footers too). */
export function extractCredits(cx: OfficialsContext, view: NormalizedView, paragraphs: readonly Paragraph[], meetings: readonly Span[]): CreditDrafts {
  const out: CreditDrafts = { credits: [], spans: [] };
  const text = view.normalized;
  const meetingOf = (offset: number) => meetings.findIndex((m) => m.start <= offset && offset < m.end);
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (p.blank) continue;
    // One table lookup per character: a role's first character is rare enough to test further.
    for (let i = p.start; i < p.end; i++) if (ROLE_FIRST[text.charCodeAt(i)]) i = Math.max(i, creditAt(cx, view, i, p.start, p.end, meetingOf, out) - 1);
  }
  return out;
}
