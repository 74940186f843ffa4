// Splits a file's paragraphs into header chrome, meetings and footer chrome.
import type { Paragraph } from './paragraphs';
import { isChromeLine, isFooterMarker } from './chrome';
import { readLead, type Lead } from './lead';
import vocabulary from '../data/meeting-vocabulary.json';
import pageParts from '../data/page-parts.json';

export interface MeetingParagraphs {
  /** The headline paragraph, if any. */
  readonly headline?: Paragraph;
  /** The paragraph that opens the report (usually dated). */
  readonly opener: Paragraph;
  /** The opener's lead: its source prefix and date. */
  readonly lead: Lead;
  /** Chrome lines between the headline and the opener (a publication line). */
  readonly inlineChrome: readonly Paragraph[];
  /** Paragraphs after the opener, up to the next meeting or the footer. */
  readonly body: readonly Paragraph[];
}

export interface Segmentation {
  readonly header: readonly Paragraph[];
  readonly meetings: readonly MeetingParagraphs[];
  readonly footer: readonly Paragraph[];
}

const MEETING_WORDS = /会|召开|主持|座谈|调研|学习|研究|部署/;
const SENTENCE_END = /[。；，：！？…]$/;
/** A title line that names a meeting: it convenes one, or ends with its name. */
const NAMES_A_MEETING = /召开|举行|举办|(?:会议|会|座谈会|常务会)(?:（[^）]*）)?$/;

/** The lead of a paragraph that opens a report (dated, or after 又讯/本报讯), else undefined. */
export function openerLead(p: Paragraph): Lead | undefined {
  if (p.blank) return undefined;
  // The first sentence below is a part of the paragraph: without a meeting word anywhere, no lead can pass (no readLead per line).
  if (!MEETING_WORDS.test(p.text)) return undefined;
  const lead = readLead(p.text);
  if (!lead.date && !lead.news && !lead.damagedDate) return undefined;
  const from = lead.date && !lead.afterSubject ? lead.date.start + lead.date.length : lead.textStart;
  const end = p.text.indexOf('。', from);
  return MEETING_WORDS.test(p.text.slice(from, end === -1 ? undefined : end)) ? lead : undefined;
}

const ROUNDUP = new RegExp(vocabulary.roundupSubjects.join('|'));
const NOTES = pageParts.editorNotes.join('|');
/** 编者按：… or 【编者按】…: the word with a colon, or in brackets. */
const EDITORS_NOTE = new RegExp(`^(?:[【〖\\[](?:${NOTES})[】〗\\]]|(?:${NOTES})\\s*[：:])`);

/** A line of an organisation and its reporters (萁山融媒　记者 A　通讯员 B). */
const CREDIT_BYLINE = new RegExp(pageParts.creditBylines);

/** A paragraph that is an editor's note (编者按：…). */
function isEditorsNote(p: Paragraph): boolean {
  return EDITORS_NOTE.test(p.text);
}

/**
 * A lead dated only approximately whose first clause has many bodies for subject (近日，全县各乡镇纷纷召开会议),
 * right before a dated lead: it introduces the list of meetings below it (a roundup), it is none of them.
 */
function isRoundup(p: Paragraph, lead: Lead, next: Lead | undefined): boolean {
  if (!lead.date?.approximate || !next?.date || next.date.approximate) return false;
  const from = lead.date.start + lead.date.length;
  const end = p.text.slice(from).search(/[。；]/);
  return ROUNDUP.test(p.text.slice(from, end === -1 ? undefined : from + end));
}

function isBodyLike(p: Paragraph): boolean {
  // The chrome test (one long pattern) last: most lines are decided by their length and a 。.
  return !p.blank && (p.text.includes('。') || p.text.length > 60) && !isChromeLine(p);
}

function isHeadlineLike(p: Paragraph): boolean {
  return !p.blank && p.text.length >= 4 && p.text.length <= 80 && !SENTENCE_END.test(p.text) && !isChromeLine(p);
}

/** First paragraph of the footer: chrome after the last body paragraph. */
function footerStart(paragraphs: readonly Paragraph[]): number {
  let lastBody = -1;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (isBodyLike(paragraphs[i]) && !isFooterMarker(paragraphs[i])) {
      lastBody = i;
      break;
    }
  }
  for (let i = lastBody + 1; i < paragraphs.length; i++) {
    if (isChromeLine(paragraphs[i]) || isFooterMarker(paragraphs[i])) return i;
  }
  return paragraphs.length;
}

/** The paragraphs of [from, to) that are not blank (no intermediate copy). */
export function nonBlank(paragraphs: readonly Paragraph[], from: number, to: number): Paragraph[] {
  let blanks = 0;
  for (let i = from; i < to; i++) if (paragraphs[i].blank) blanks++;
  // None blank (a million short lines): one copy of the range instead of a push per paragraph.
  if (blanks === 0) return from < to ? paragraphs.slice(from, to) : [];
  const out: Paragraph[] = [];
  for (let i = from; i < to; i++) if (!paragraphs[i].blank) out.push(paragraphs[i]);
  return out;
}

/**
 * Each meeting's headline, opener and body, in order (one array, no spread per meeting). A body at
 * least as long as what is gathered so far is joined by one concat (a copy, no push per paragraph):
 * each such copy costs at most twice that body, so the whole stays linear.
 */
export function meetingParagraphs(meetings: readonly MeetingParagraphs[]): Paragraph[] {
  let out: Paragraph[] = [];
  for (const m of meetings) {
    if (m.headline) out.push(m.headline);
    out.push(m.opener);
    if (m.body.length >= out.length) out = out.concat(m.body);
    else for (const p of m.body) out.push(p);
  }
  return out;
}

export function segment(paragraphs: readonly Paragraph[]): Segmentation {
  const footerAt = footerStart(paragraphs);
  let openers: number[] = [];
  const leads = new Map<number, Lead>();
  for (let i = 0; i < footerAt; i++) {
    const lead = openerLead(paragraphs[i]);
    if (lead) {
      openers.push(i);
      leads.set(i, lead);
    }
  }
  openers = openers.filter((o, k) => {
    const next = openers[k + 1];
    const adjacent = next !== undefined && nonBlank(paragraphs, o + 1, next).length === 0;
    return !(adjacent && isRoundup(paragraphs[o], leads.get(o)!, leads.get(next)));
  });
  if (openers.length === 0) {
    const first = paragraphs.findIndex((p, i) => i < footerAt && isBodyLike(p));
    if (first === -1) return { header: [], meetings: [], footer: nonBlank(paragraphs, footerAt, paragraphs.length) };
    openers = [first];
    leads.set(first, readLead(paragraphs[first].text));
  }

  const meetings: MeetingParagraphs[] = [];
  const starts: number[] = [];
  let previousOpener = -1;
  for (const o of openers) {
    const inlineChrome: Paragraph[] = [];
    let headline: Paragraph | undefined;
    let start = o;
    for (let i = o - 1; i > previousOpener; i--) {
      const p = paragraphs[i];
      if (p.blank) continue;
      // An editor's note between the headline and the lead: the headline above it is still the meeting's.
      if (!headline && isEditorsNote(p)) continue;
      // A byline of an organisation's reporters: the meeting's (its credits), not its headline; a headline may stand above it.
      if (!headline && CREDIT_BYLINE.test(p.text)) {
        start = i;
        continue;
      }
      if (isChromeLine(p) && !headline) {
        inlineChrome.unshift(p);
        continue;
      }
      if (isHeadlineLike(p)) {
        headline = p;
        start = i;
        // A title over a subtitle (栗山区委常委会召开会议 / 传达学习…全会精神), or a kicker over a title:
        // of up to three title lines, the one that names a meeting is the headline.
        const titles = [p];
        for (let j = i - 1; j > previousOpener && titles.length < 3; j--) {
          const q = paragraphs[j];
          if (q.blank) break;
          if (!isHeadlineLike(q)) break;
          titles.unshift(q);
        }
        if (titles.length > 1) {
          headline = titles.find((t) => NAMES_A_MEETING.test(t.text)) ?? p;
          start = titles[0].index;
        }
      }
      break;
    }
    if (!headline) inlineChrome.length = 0;
    starts.push(start);
    meetings.push({ headline, opener: paragraphs[o], lead: leads.get(o)!, inlineChrome, body: [] });
    previousOpener = o;
  }

  const result: MeetingParagraphs[] = meetings.map((m, k) => {
    const openerIndex = m.opener.index;
    const end = k + 1 < starts.length ? starts[k + 1] : footerAt;
    return { ...m, body: nonBlank(paragraphs, openerIndex + 1, end) };
  });

  return {
    header: nonBlank(paragraphs, 0, starts[0]),
    meetings: result,
    footer: nonBlank(paragraphs, footerAt, paragraphs.length),
  };
}
