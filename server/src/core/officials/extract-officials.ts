// Extracts the officials of one report: every mention (name and titles, as written and
// simplified, with its role in its meeting), grouped into officials by simplified name, so the
// traditional and simplified spellings of one person (王俊嶺 = 王俊岭) are one official.
import type { Span } from '../document';
import type { NormalizedView } from '../normalize/view';
import { piece, type Paragraph } from '../model/paragraphs';
import { nonBlank } from '../model/segment';
import type { Official, OfficialMention, Role, TextPiece } from '../model/types';
import { scanParagraphs } from './anchor-scan';
import type { MentionDraft } from './draft';
import { withoutNonMentions } from './not-mentions';
import { rolesAfter } from './roles';
import { pastSpaces, spaceBefore, spacedMention } from './spaced-names';
import { listLead, titledMentions } from './titled-mentions';
import { bareMentions, comradeMentions, nameFirstMentions, nameIndex, releaseNameIndex, speakerMention } from './untitled-mentions';
import { charTable, isCollectiveTitle } from './vocabulary';
import type { OfficialsContext } from './context';

export interface ExtractedOfficials {
  readonly mentions: readonly OfficialMention[];
  readonly officials: readonly Official[];
}

const SENTENCE_END = charTable('。；！？');
const LIST_JOINERS = new Set('、，和与及');
const NAME_JOINERS = new Set('、和与及');

/**
 * The first sentence end at or after `from`, before `end` (else `end`), for queries whose `from`
 * only moves back: each query scans only up to where the one before started, so a paragraph with
 * thousands of mentions and no sentence end is read once, not once per mention.
 */
function sentenceEnds(text: string): (from: number, end: number) => number {
  let lastFrom = text.length;
  let lastFound = text.length;
  return (from, end) => {
    let found = -1;
    if (from > lastFrom) {
      for (let i = from; i < text.length; i++) if (SENTENCE_END[text.charCodeAt(i)]) { found = i; break; }
      if (found === -1) found = text.length;
    } else {
      for (let i = from; i < lastFrom; i++) if (SENTENCE_END[text.charCodeAt(i)]) { found = i; break; }
      if (found === -1) found = lastFound;
    }
    lastFrom = from;
    lastFound = found;
    return found < end ? found : end;
  };
}

function findDrafts(cx: OfficialsContext, text: string, paragraphs: readonly Paragraph[], credited: readonly Span[]): MentionDraft[] {
  const known = new Set<string>();
  const found: MentionDraft[] = [];
  const live = nonBlank(paragraphs, 0, paragraphs.length);
  const scan = scanParagraphs(cx, text, live);
  const clauses = scan.clauses;
  let led = -1; // the clause read as a list under the title before its colon
  for (let t = 0; t < scan.titleClauses.length; t++) {
    const k = scan.titleClauses[t];
    const c = 3 * k;
    if (k !== led) titledMentions(cx, text, clauses[c], clauses[c + 1], known, found, scan.suffixEnds);
    // 市长 饶牧之 主持: a name in the next clause, past the spaces that end this one.
    if (c + 3 < clauses.length) spacedMention(cx, text, clauses[c], clauses[c + 1], clauses[c + 3], clauses[c + 4], known, found);
    // 州领导有：韦国栋、严冬梅…: the clause after the colon, in the same sentence, lists names under the title.
    const n = c + 3;
    if (n >= clauses.length || clauses[n] !== clauses[c + 1] + 1 || clauses[n + 2] !== clauses[c + 2]) continue;
    const lead = listLead(cx, text, clauses[c], clauses[c + 1]);
    if (!lead) continue;
    titledMentions(cx, text, clauses[n], clauses[n + 1], known, found, scan.suffixEnds, [lead]);
    led = k + 1;
  }
  // Indexed loops over the paragraphs (a million of them in a file of short lines): see sections.ts.
  for (let i = 0; i < live.length; i++) comradeMentions(cx, text, live[i].start, live[i].end, known, found, scan.comrades);
  for (let i = 0; i < live.length; i++) nameFirstMentions(cx, text, live[i].start, live[i].end, known, found, scan.nameFirstStarts);
  for (let c = 0; c < clauses.length; c += 3) speakerMention(cx, text, clauses[c], clauses[c + 1], clauses[c + 2], known, found);

  // Earlier passes win where mentions overlap.
  const base = live.length ? live[0].start : 0;
  const top = live.length ? live[live.length - 1].end : 0;
  const taken = new Uint8Array(live.length ? top - base + 1 : 0);
  // Credited names (记者 张三) are people, not officials: no mention of an official there.
  for (const c of credited) if (c.start >= base && c.end <= top) taken.fill(1, c.start - base, c.end - base);
  const kept: MentionDraft[] = [];
  for (const d of found) {
    let free = true;
    for (let i = d.nameStart; i < d.nameEnd; i++) if (taken[i - base]) free = false;
    if (!free) continue;
    taken.fill(1, d.nameStart - base, d.nameEnd - base);
    for (const t of d.titles) taken.fill(1, t.start - base, t.end - base);
    kept.push(d);
  }
  const ignored = cx.vocabulary.ignored;
  // Names of the mentions kept (a name whose only mention lost an overlap, 委员、武装|部长, is none).
  const unique = new Set<string>();
  for (const d of kept) unique.add(text.slice(d.nameStart, d.nameEnd));
  for (const n of cx.vocabulary.knownNames.words) unique.add(n);
  const list: string[] = [];
  for (const n of unique) if (!ignored.has(n)) list.push(n);
  const names = nameIndex(cx, list.sort((a, b) => b.length - a.length));
  try {
    for (let i = 0; i < live.length; i++) bareMentions(text, live[i].start, live[i].end, names, taken, base, kept);
  } finally {
    releaseNameIndex(names);
  }
  const sorted = (ignored.size ? kept.filter((d) => !ignored.has(text.slice(d.nameStart, d.nameEnd))) : kept).sort((a, b) => a.nameStart - b.nameStart);
  return live.length ? withoutNonMentions(cx, text, base, top, sorted) : sorted;
}

/** Roles of each draft; list members take the role of the list (区领导芮弢、陈红…参加会议). */
function assignRoles(cx: OfficialsContext, text: string, drafts: readonly MentionDraft[], paragraphs: readonly Paragraph[]): Role[][] {
  const roles: Role[][] = drafts.map(() => []);
  const sentenceEndAfter = sentenceEnds(text);
  let k = paragraphs.length - 1;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    while (k > 0 && paragraphs[k].start > d.nameStart) k--;
    const end = sentenceEndAfter(d.nameEnd, paragraphs[k]?.end ?? text.length);
    // A name written between spaces (市长 饶牧之 主持会议): its verb may follow past a space too.
    roles[i] = rolesAfter(cx, text, d.spaced || spaceBefore(text, d.nameStart) ? pastSpaces(text, d.nameEnd, end) : d.nameEnd, end);
    if (roles[i].length) continue;
    let after = d.nameEnd;
    for (const w of ['等同志', '同志', '等']) if (text.startsWith(w, after)) { after += w.length; break; }
    const next = drafts[i + 1];
    if (!next || next.nameStart >= end) continue;
    const titledList = d.form !== 'bare' && d.form !== 'name-first' && d.form !== 'comrade';
    if (titledList && LIST_JOINERS.has(text[after]) && (next.form === 'titled' || next.form === 'listed')) roles[i] = roles[i + 1];
    // Names alone, listed right next to each other (由令狐建军、慕容清扬共同主持).
    else if (!titledList && NAME_JOINERS.has(text[after]) && next.nameStart === after + 1) roles[i] = roles[i + 1];
  }
  return roles;
}

function meetingOf(meetings: readonly Span[], offset: number): number {
  for (let i = 0; i < meetings.length; i++) if (meetings[i].start <= offset && offset < meetings[i].end) return i;
  return -1;
}

/** `credited`: the view spans of credited names (not officials), ascending. */
export function extractOfficials(cx: OfficialsContext, view: NormalizedView, paragraphs: readonly Paragraph[], meetings: readonly Span[], credited: readonly Span[] = []): ExtractedOfficials {
  const text = view.normalized;
  const drafts = findDrafts(cx, text, paragraphs, credited);
  const roles = assignRoles(cx, text, drafts, paragraphs);
  const mentions: OfficialMention[] = drafts.map((d, i) => {
    const name = piece(view, d.nameStart, d.nameEnd);
    const titles = d.titles.map((t) => piece(view, t.start, t.end));
    // Fields written out: spreading `name` here cost more than the rest of this function.
    return { start: name.start, end: name.end, text: name.text, normalized: name.normalized, titles, role: roles[i][0], roles: roles[i], meeting: meetingOf(meetings, name.start), form: d.form };
  });

  const byName = new Map<string, { spellings: string[]; titles: TextPiece[]; mentions: OfficialMention[] }>();
  for (const m of mentions) {
    let o = byName.get(m.normalized);
    if (!o) byName.set(m.normalized, (o = { spellings: [], titles: [], mentions: [] }));
    if (!o.spellings.includes(m.text)) o.spellings.push(m.text);
    o.mentions.push(m);
    // A collective title (区领导) only names someone not yet known by a title of their own.
    if (m.titles.length && m.titles.every((t) => isCollectiveTitle(cx.vocabulary, t.normalized)) && o.titles.length) continue;
    for (const t of m.titles) if (!o.titles.some((x) => x.normalized === t.normalized)) o.titles.push(t);
  }
  const officials: Official[] = [...byName].map(([name, o]) => {
    cx.segmenter?.teachName(name);
    return { name, spellings: o.spellings, titles: o.titles, mentions: o.mentions };
  });
  return { mentions, officials };
}
