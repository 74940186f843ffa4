// Builds the report model of one document version from its normalized view.
import type { ReportDocument } from '../document';
import { buildView, type NormalizedView } from '../normalize/view';
import headlineTags from '../data/headline-tags.json';
import { publicationDate } from '../model/chrome';
import { isReportText } from '../model/classify';
import { looksWronglyDecoded } from './wrongly-decoded';
import { isoDate, notAfterDate } from '../model/dates';
import { placeTagLength } from '../model/lead';
import { itemDate } from '../model/list-item';
import { nameMeeting } from '../model/meeting-name';
import { extractCredits } from '../officials/credits';
import { officialsContext, type OfficialsContext } from '../officials/context';
import { extractOfficials } from '../officials/extract-officials';
import { peopleOfMeeting } from './participants';
import { piece, splitParagraphs, type Paragraph } from '../model/paragraphs';
import { readSections } from '../model/sections';
import { meetingParagraphs, segment, type MeetingParagraphs } from '../model/segment';
import type { ChromeBlock, ChromeKind, Meeting, ReportModel } from '../model/types';

function chromeBlock(view: NormalizedView, kind: ChromeKind, lines: readonly Paragraph[]): ChromeBlock {
  const pieces = lines.map((p) => piece(view, p.start, p.end));
  return { kind, start: pieces[0].start, end: pieces[pieces.length - 1].end, lines: pieces };
}

/** `previous`: the ISO date of the meeting before on the page (a 又讯 item's 当天 is its day). */
function buildMeeting(view: NormalizedView, m: MeetingParagraphs, pagePublished: string | undefined, previous: string | undefined): Meeting {
  const opener = m.opener;
  // A list page's item headline ending in its own date (…常务会议　2025-06-13): the item's publication date.
  const item = m.headline ? itemDate(m.headline.text) : undefined;
  const published = item?.iso ?? pagePublished;
  const { lead } = m;
  let from = opener.start + lead.textStart;
  let meetingDate: Meeting['date'];
  let skip: { start: number; end: number } | undefined;
  if (lead.date) {
    const start = opener.start + lead.date.start;
    const end = start + lead.date.length;
    const p = piece(view, start, end);
    meetingDate = { start: p.start, end: p.end, text: p.text, normalized: p.normalized, iso: lead.date.sameDay ? previous : isoDate(lead.date, published), notAfter: notAfterDate(lead.date, published) };
    if (lead.afterSubject) skip = { start, end };
    else {
      // A dateline's date stands inside the source prefix (本报甲县3月5日讯（记者…）): the words start past both.
      from = Math.max(end, from);
      while (from < opener.end && /[，\s]/.test(view.normalized[from])) from++;
    }
  }
  let damagedDate: Meeting['damagedDate'];
  if (lead.damagedDate) {
    const start = opener.start + lead.damagedDate.start;
    damagedDate = piece(view, start, start + lead.damagedDate.length);
    from = start + lead.damagedDate.length;
    while (from < opener.end && /[，\s]/.test(view.normalized[from])) from++;
  }
  const naming = nameMeeting(view, opener, from, skip);
  const headline = m.headline
    ? piece(view, m.headline.start, m.headline.end)
    : lead.headline && piece(view, opener.start + lead.headline.start, opener.start + lead.headline.end);

  const sections = readSections(view, m.body);
  const first = m.headline ?? opener;
  const last = m.body.length ? m.body[m.body.length - 1] : opener;
  const span = view.toRawSpan(first.start, last.end);
  return {
    start: span.start,
    end: span.end,
    headline,
    // A digest item under a place tag (【荠坡乡】10月22日，…) is named by its lead: a title above it is the digest's.
    name: headline && !placeTagLength(opener.text) ? headlineName(withoutItemDate(headline.text), headline.normalized) : naming.name,
    date: meetingDate,
    damagedDate,
    place: naming.place,
    meetingName: naming.meetingName,
    chairs: [],
    attendees: [],
    speakers: [],
    presenters: [],
    agendaItems: sections.agendaItems,
    statements: sections.statements,
    chrome: m.inlineChrome.length ? [chromeBlock(view, 'inline', m.inlineChrome)] : [],
  };
}

/** A headline as written without the item date at its end or start (read again on the text as written: offsets differ from the normalized). */
function withoutItemDate(text: string): string {
  const item = itemDate(text);
  return item ? text.slice(item.nameStart, item.nameEnd) : text;
}

/** A tag that says what the page carries (【视频】, [图文]) at a headline's start. */
/** The bullets before a digest's headlines, and spaces. */
const LIST_MARKS = new RegExp(`^[${headlineTags.listMarks}\\s]+`, 'u');
/** The number before a digest's headline (01 区委召开…, 三、…). */
const ITEM_NUMBER = new RegExp(headlineTags.itemNumbers, 'u');
const MEDIA_TAG = new RegExp(`^[【〖\\[](?:${headlineTags.tags.join('|')})[】〗\\]]\\s*`);

/**
 * A headline as a name: without the list marks or item numbers a digest puts before it (◎, ●, 01 …) or a media tag
 * (【视频】), read on the normalized text (【視頻】 on a traditional page) and cut from the text as written.
 */
function headlineName(text: string, normalized: string): string {
  const unmarked = text.replace(LIST_MARKS, '').replace(ITEM_NUMBER, '') || text;
  if (!MEDIA_TAG.test(normalized.replace(LIST_MARKS, '').replace(ITEM_NUMBER, ''))) return unmarked;
  return unmarked.replace(/^[^】〗\]]*[】〗\]]\s*/, '') || unmarked;
}

/**
 * `cx`: the language service's vocabulary, segmenter and scratch buffers (the service passes its
 * own; without one, the data files' vocabulary and no segmenter, as in tests).
 */
export function buildReportModel(document: ReportDocument, cx: OfficialsContext = officialsContext()): ReportModel {
  const force = document.languageId === 'meeting-report';
  const text = document.getText();
  const view = buildView(text);
  const base = { uri: document.uri, version: document.version, traditionalCount: view.traditionalCount, length: text.length, pinyin: view.pinyin };
  const wronglyDecoded = looksWronglyDecoded(text);
  if (!force && !wronglyDecoded && !isReportText(view.normalized)) {
    return { ...base, isReport: false, meetings: [], chrome: [], officials: [], credits: [] };
  }
  // Served for its one finding (how to reopen it), but read as nothing: no meetings, no officials.
  if (wronglyDecoded) return { ...base, isReport: true, wronglyDecoded: true, meetings: [], chrome: [], officials: [], credits: [] };
  const paragraphs = splitParagraphs(view);
  const seg = segment(paragraphs);
  let published: string | undefined;
  // The first publication date of the header, then the inline chrome, then the footer (no array of them all).
  for (const p of seg.header) published ??= publicationDate(p);
  for (const m of seg.meetings) for (const p of m.inlineChrome) published ??= publicationDate(p);
  for (const p of seg.footer) published ??= publicationDate(p);
  const chrome: ChromeBlock[] = [];
  if (seg.header.length) chrome.push(chromeBlock(view, 'header', seg.header));
  if (seg.footer.length) chrome.push(chromeBlock(view, 'footer', seg.footer));
  const drafts: Meeting[] = [];
  for (const m of seg.meetings) drafts.push(buildMeeting(view, m, published, drafts[drafts.length - 1]?.date?.iso));
  const credits = extractCredits(cx, view, paragraphs, drafts);
  const { mentions, officials } = extractOfficials(cx, view, meetingParagraphs(seg.meetings), drafts, credits.spans);
  const byMeeting = drafts.map((): typeof mentions[number][] => []);
  for (const x of mentions) byMeeting[x.meeting]?.push(x);
  const meetings = drafts.map((m, i) => ({ ...m, ...peopleOfMeeting(byMeeting[i]) }));
  return {
    ...base,
    isReport: true,
    meetings,
    chrome,
    published,
    officials,
    credits: credits.credits,
  };
}
