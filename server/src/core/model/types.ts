// The report model: what a meeting-report file says, with every span in raw-text offsets.
import type { Span } from '../document';
import type { PinyinAnnotation } from '../text/pinyin-annotations';

/** A piece of text: where it is in the raw document and how it reads. */
export interface TextPiece extends Span {
  /** As written (damage such as pinyin annotations removed, script kept). */
  readonly text: string;
  /** Simplified, full-width punctuation: the form to compare and search. */
  readonly normalized: string;
}

export type ChromeKind = 'header' | 'footer' | 'inline';

export interface ChromeBlock extends Span {
  readonly kind: ChromeKind;
  readonly lines: readonly TextPiece[];
}

export interface MeetingDate extends TextPiece {
  /** ISO date (YYYY-MM-DD) when the year is known from the text or the page. */
  readonly iso?: string;
  /** For 近日/日前: the meeting was on or before this ISO date (the publication date). */
  readonly notAfter?: string;
}

export type Role = 'chair' | 'speaker' | 'attendee' | 'presenter';

export interface PersonMention extends TextPiece {
  /** Titles written before the name in this mention, as written. */
  readonly titles: readonly TextPiece[];
  readonly role?: Role;
}

/** One mention of an official in a report. */
export interface OfficialMention extends PersonMention {
  /** Every role this mention gives in its meeting (出席会议并讲话: attendee, speaker). */
  readonly roles: readonly Role[];
  /** Index of the meeting in `ReportModel.meetings`, or -1 outside any meeting. */
  readonly meeting: number;
  /** How the name was written: 区委书记汤洁 (titled), 区领导…陈红 (listed), 增斌书记 (name-first), 任泽锋同志 (comrade), 陈红宣读 (speaker), 汤洁强调 (bare). */
  readonly form: 'titled' | 'listed' | 'name-first' | 'comrade' | 'speaker' | 'bare';
}

/** A person named in a report, one per simplified name (王俊嶺 = 王俊岭). */
export interface Official {
  /** The name, simplified. */
  readonly name: string;
  /** The name as written, each distinct spelling. */
  readonly spellings: readonly string[];
  /** Every distinct title, first occurrence of each, in text order. */
  readonly titles: readonly TextPiece[];
  readonly mentions: readonly OfficialMention[];
}

/** A person a report credits (its reporter, photographer, editor, reviewer): not an official. */
export interface Credit extends TextPiece {
  /** The name, simplified. */
  readonly name: string;
  /** The credit's role as written before the name, simplified (记者, 本报记者, 责任编辑, 摄影, 来源 …). */
  readonly role: string;
  /** Index of the meeting in `ReportModel.meetings`, or -1 (a byline or an editor's line outside any meeting). */
  readonly meeting: number;
}

/** A 要… point: a paragraph after a marker that ends in a colon, or a 要… sentence of the statement's paragraph. */
export interface Point extends TextPiece {
  /** The point's opening clause (要以更高站位强化党管武装). */
  readonly summary: string;
}

export interface Statement extends Span {
  /** The marker: 会议指出 / 汤洁强调 / 朱杰在讲话中指出. */
  readonly marker: TextPiece;
  /** The first words after the marker, as written (当前国外新冠肺炎疫情加速蔓延): tells identical markers apart. */
  readonly summary: string;
  /** Who made it: 会议 or a person's name. */
  readonly speaker: string;
  /** 指出 / 强调 / 要求 … (simplified). */
  readonly verb: string;
  readonly points: readonly Point[];
}

export interface AgendaItem extends Span {
  /** The paragraph that opens the item (会议听取了…). */
  readonly opening: TextPiece;
  /** A short name for the outline. */
  readonly summary: string;
  readonly verb: string;
  readonly statements: readonly Statement[];
}

export interface Meeting extends Span {
  readonly headline?: TextPiece;
  /** Headline, or a name derived from the opening paragraph. */
  readonly name: string;
  readonly date?: MeetingDate;
  /** A date in the lead that cannot be one (33日, its 月 lost): never read as a date. */
  readonly damagedDate?: TextPiece;
  readonly place?: TextPiece;
  /** The meeting's own name as written (八公山区招商引资、重点项目建设调度会). */
  readonly meetingName?: TextPiece;
  readonly chairs: readonly PersonMention[];
  readonly attendees: readonly PersonMention[];
  /** Who spoke (讲话/强调/指出/要求), once each. */
  readonly speakers: readonly PersonMention[];
  /** Who presented (宣读/汇报/作…发言), once each. */
  readonly presenters: readonly PersonMention[];
  readonly agendaItems: readonly AgendaItem[];
  /** Statements that belong to no agenda item. */
  readonly statements: readonly Statement[];
  /** Web chrome inside the meeting's span (a publication line under the headline). */
  readonly chrome: readonly ChromeBlock[];
}

export interface ReportModel {
  readonly uri: string;
  readonly version: number;
  /** Whether the text reads as a meeting report at all. */
  readonly isReport: boolean;
  /** Decoded with the wrong encoding (mojibake.wrong-encoding): served for its finding, read as nothing. */
  readonly wronglyDecoded?: boolean;
  readonly meetings: readonly Meeting[];
  /** Top-level chrome blocks (header and footer). */
  readonly chrome: readonly ChromeBlock[];
  /** Year-month-day of publication, if the page says (发布时间:2021-01-14). */
  readonly published?: string;
  readonly traditionalCount: number;
  readonly length: number;
  /**
   * The text's pinyin annotations (經(jīng)), as its normalized view found them: the damage detector
   * and the conversion read them here, so a version is scanned for them once.
   */
  readonly pinyin: readonly PinyinAnnotation[];
  /** Everyone named in the report, in order of first mention. */
  readonly officials: readonly Official[];
  /** The people the report credits (记者, 责任编辑, 摄影 …), in text order: never officials. */
  readonly credits: readonly Credit[];
}
