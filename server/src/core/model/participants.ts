// Chairs and attendees named in a meeting's opening paragraphs.
import vocabulary from '../data/meeting-vocabulary.json';
import type { NormalizedView } from '../normalize/view';
import { isCollectiveTitle, isTitle, splitTitlesAndName } from '../officials/title-chain';
import type { Paragraph } from './paragraphs';
import { piece } from './paragraphs';
import type { PersonMention, Role, TextPiece } from './types';

const CHAIR = /(?:共同)?主持/g;
const ATTEND = new RegExp(`(?:${vocabulary.attendVerbs.join('|')})`, 'g');
const CLAUSE_BOUNDARY = /[，。；：！？]/;
const SENTENCE_BOUNDARY = /[。；！？]/;

function clauseStart(text: string, before: number, boundary: RegExp): number {
  let i = before - 1;
  while (i >= 0 && !boundary.test(text[i])) i--;
  return i + 1;
}

function mention(view: NormalizedView, p: Paragraph, start: number, end: number, role: Role, inherited?: TextPiece[]): PersonMention | undefined {
  const parsed = splitTitlesAndName(p.text, start, end);
  if (!parsed) return undefined;
  const titles = parsed.titles.map((t) => piece(view, p.start + t.start, p.start + t.end));
  const name = piece(view, p.start + parsed.nameStart, p.start + parsed.nameEnd);
  return { ...name, titles: titles.length ? titles : inherited ?? [], role };
}

/** Chairs: the clause before 主持 (由X主持 / X主持召开 / X、Y共同主持). */
export function findChairs(view: NormalizedView, p: Paragraph): PersonMention[] {
  const found: PersonMention[] = [];
  for (const m of p.text.matchAll(CHAIR)) {
    const end = m.index;
    const start = clauseStart(p.text, end, CLAUSE_BOUNDARY);
    const clause = p.text.slice(start, end);
    const byIndex = clause.lastIndexOf('由');
    const from = byIndex >= 0 ? start + byIndex + 1 : start;
    const parts = splitNames(p.text, from, end);
    for (const part of parts) {
      const person = mention(view, p, part.start, part.end, 'chair');
      if (person) found.push(person);
    }
  }
  return found;
}

/** Splits "X、Y" into names while keeping title chains ("区委副书记、区长朱杰") whole. */
function splitNames(text: string, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let partStart = start;
  let tokenStart = start;
  for (let i = start; i <= end; i++) {
    if (i !== end && text[i] !== '、') continue;
    // A title-only token belongs to the name that follows it: keep accumulating.
    if (!isTitle(text, tokenStart, i)) {
      if (i > partStart) parts.push({ start: partStart, end: i });
      partStart = i + 1;
    }
    tokenStart = i + 1;
  }
  return parts;
}

/** Attendees: names in the clauses before 出席/参加/列席, with collective titles carried over lists. */
export function findAttendees(view: NormalizedView, p: Paragraph, chairs: readonly PersonMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  const chairStarts = new Set(chairs.map((c) => c.start));
  for (const m of p.text.matchAll(ATTEND)) {
    const sentenceStart = clauseStart(p.text, m.index, SENTENCE_BOUNDARY);
    let groupStart = sentenceStart;
    for (let i = sentenceStart; i <= m.index; i++) {
      if (i === m.index || p.text[i] === '，') {
        let inherited: TextPiece[] | undefined;
        for (const part of splitNames(p.text, groupStart, i)) {
          const person = mention(view, p, part.start, part.end, 'attendee', inherited);
          if (!person || chairStarts.has(person.start)) continue;
          found.push(person);
          const last = person.titles[person.titles.length - 1];
          if (last && isCollectiveTitle(last.normalized)) inherited = [last];
        }
        groupStart = i + 1;
      }
    }
  }
  return found;
}
