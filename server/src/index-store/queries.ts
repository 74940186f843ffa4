// Reads the index back: the state of every file (for incremental indexing), an official's
// mentions (an official's appearances: official-source.ts), meetings for workspace symbols, and
// whole summaries streamed file by file. Nothing is kept between calls.
import { MENTION_FIELDS, summaryLocations, type MeetingEntry, type ReportSummary, type SummaryMeeting, type SummaryOfficial } from '../core';
import type { Database, QueryResult } from 'node-sqlite3-wasm';
import type { Location, Range } from 'vscode-languageserver-types';
import { FIELD_SEPARATOR } from './write';

export interface StoredState {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
  readonly stamp: string;
}

type Row = Record<string, unknown>;

/** Runs a query to its end or to the consumer's break; the statement is always finalized. */
export function* rows(db: Database, sql: string, values?: (string | number)[]): Generator<Row> {
  const statement = db.prepare(sql);
  try {
    yield* statement.iterate(values) as Iterable<Row>;
  } finally {
    statement.finalize();
  }
}

export function fileStates(db: Database): Map<string, StoredState> {
  const out = new Map<string, StoredState>();
  for (const r of rows(db, 'SELECT uri, size, mtime_ms, hash, stamp FROM files')) {
    out.set(String(r.uri), { size: Number(r.size), mtimeMs: Number(r.mtime_ms), hash: String(r.hash), stamp: String(r.stamp) });
  }
  return out;
}

export function fileState(db: Database, uri: string): StoredState | undefined {
  for (const r of rows(db, 'SELECT size, mtime_ms, hash, stamp FROM files WHERE uri = ?', [uri])) return { size: Number(r.size), mtimeMs: Number(r.mtime_ms), hash: String(r.hash), stamp: String(r.stamp) };
  return undefined;
}

function meetingOf(uri: string, r: Row): SummaryMeeting {
  return {
    entry: {
      uri,
      name: String(r.name),
      symbolName: String(r.symbol_name),
      detail: String(r.detail),
      range: { start: { line: Number(r.start_line), character: Number(r.start_char) }, end: { line: Number(r.end_line), character: Number(r.end_char) } },
      haystack: String(r.haystack).replaceAll(FIELD_SEPARATOR, '\u0000'),
    },
    date: String(r.date),
    iso: String(r.iso),
    body: String(r.body),
    kind: String(r.kind) as SummaryMeeting['kind'],
    chairs: JSON.parse(String(r.chairs)) as string[],
  };
}

/** Pulls rows of one file id at a time from a query ordered by file_id. */
class ByFile {
  private pending: IteratorResult<Row>;
  constructor(private readonly source: Generator<Row>) {
    this.pending = source.next();
  }
  take(id: number): Row[] {
    const out: Row[] = [];
    while (!this.pending.done && Number(this.pending.value.file_id) < id) this.pending = this.source.next();
    while (!this.pending.done && Number(this.pending.value.file_id) === id) (out.push(this.pending.value), (this.pending = this.source.next()));
    return out;
  }
  close(): void {
    this.source.return(undefined);
  }
}

const MENTION_COLUMNS = ['start_line', 'start_char', 'end_line', 'end_char', 'meeting', 'roles', 'title'] as const;

/**
 * The files where `name` is mentioned, each as a summary holding that one official's mentions
 * (no meetings): what summaryLocations reads.
 */
function officialFiles(db: Database, name: string, skip: (uri: string) => boolean): { summary: ReportSummary; official: SummaryOfficial }[] {
  const out: { summary: ReportSummary; official: SummaryOfficial }[] = [];
  const files = [
    ...rows(
      db,
      `SELECT fo.file_id, fo.mentions, fo.spellings, fo.titles, f.uri FROM file_officials fo JOIN files f ON f.id = fo.file_id
       WHERE fo.official_id = (SELECT id FROM officials WHERE name = ?) ORDER BY fo.file_id`,
      [name],
    ),
  ].filter((r) => !skip(String(r.uri)));
  if (!files.length) return out;
  const mentions = rows(db, `SELECT file_id, ${MENTION_COLUMNS.join(', ')} FROM mentions WHERE official_id = (SELECT id FROM officials WHERE name = ?) ORDER BY file_id, ordinal`, [name]);
  let pending = mentions.next();
  for (const f of files) {
    const id = Number(f.file_id);
    const uri = String(f.uri);
    const packed = new Int32Array(Number(f.mentions) * MENTION_FIELDS);
    let at = 0;
    while (!pending.done && Number(pending.value.file_id) < id) pending = mentions.next();
    while (!pending.done && Number(pending.value.file_id) === id) {
      for (const c of MENTION_COLUMNS) packed[at++] = Number(pending.value[c]);
      pending = mentions.next();
    }
    const official: SummaryOfficial = { name, spellings: JSON.parse(String(f.spellings)), titles: JSON.parse(String(f.titles)), mentions: packed.subarray(0, at) };
    out.push({ summary: { uri, meetings: [], officials: [official], script: 'simplified', published: '', findings: {} }, official });
  }
  mentions.return(undefined);
  return out;
}

/**
 * The names of the officials of the files but `skipped`: the `limit` the Officials view would list
 * first (topOfficials), or every one.
 */
export function officialNames(db: Database, limit: number | undefined, skipped: readonly string[]): string[] {
  if (limit !== undefined) {
    const ids = topOfficials(db, limit, skipped);
    const names = new Map<number, string>();
    for (const r of rows(db, `SELECT id, name FROM officials WHERE id IN (${ids.map((n) => Math.trunc(n)).join(',') || '-1'})`)) names.set(Number(r.id), String(r.name));
    return ids.map((id) => names.get(id)!);
  }
  const skip = skipped.length ? `WHERE file_id NOT IN (SELECT id FROM files WHERE uri IN (${skipped.map(() => '?').join(',')}))` : '';
  return [...rows(db, `SELECT name FROM officials WHERE id IN (SELECT official_id FROM file_officials ${skip}) ORDER BY id`, [...skipped])].map((r) => String(r.name));
}

export function locationsOf(db: Database, name: string, skip: (uri: string) => boolean): Location[] {
  return officialFiles(db, name, skip).flatMap(({ summary, official }) => summaryLocations(summary, official));
}


/**
 * Meetings in file order; with `terms`, only those whose haystack holds every term (what
 * matchMeetings then checks again), at most `limit`.
 */
export function* storedMeetings(db: Database, skip: (uri: string) => boolean, terms: readonly string[] = [], limit = -1): Iterable<MeetingEntry> {
  let uri = '';
  let fileId = -1;
  const where = terms.length ? `WHERE ${terms.map(() => 'instr(m.haystack, ?) > 0').join(' AND ')}` : '';
  for (const r of rows(db, `SELECT f.uri, m.* FROM meetings m JOIN files f ON f.id = m.file_id ${where} ORDER BY m.file_id, m.ordinal LIMIT ${Math.trunc(limit)}`, [...terms])) {
    if (Number(r.file_id) !== fileId) (fileId = Number(r.file_id), (uri = String(r.uri)));
    if (!skip(uri)) yield meetingOf(uri, r).entry;
  }
}

/** Where one meeting of a file is, from the index. */
export function storedMeetingRange(db: Database, uri: string, meeting: number): Range | undefined {
  for (const r of rows(db, 'SELECT m.start_line, m.start_char, m.end_line, m.end_char FROM meetings m JOIN files f ON f.id = m.file_id WHERE f.uri = ? AND m.ordinal = ?', [uri, meeting])) {
    return { start: { line: Number(r.start_line), character: Number(r.start_char) }, end: { line: Number(r.end_line), character: Number(r.end_char) } };
  }
  return undefined;
}

/** Every report's summary, rebuilt from the index one file at a time. */
export function* storedSummaries(db: Database, skip: (uri: string) => boolean, only?: readonly number[]): Iterable<ReportSummary> {
  // `only`: the summaries hold these officials alone (and only the files that name them).
  const ids = only ? `(${only.map((n) => Math.trunc(n)).join(',') || '-1'})` : '';
  const inFiles = only ? `file_id IN (SELECT file_id FROM file_officials WHERE official_id IN ${ids})` : '1';
  const ofOfficials = only ? `official_id IN ${ids}` : '1';
  const meetings = new ByFile(rows(db, `SELECT * FROM meetings WHERE ${inFiles} ORDER BY file_id, ordinal`));
  const officials = new ByFile(rows(db, `SELECT fo.*, o.name FROM file_officials fo JOIN officials o ON o.id = fo.official_id WHERE ${only ? `fo.${ofOfficials}` : '1'} ORDER BY fo.file_id, fo.ordinal`));
  const mentions = new ByFile(rows(db, `SELECT file_id, official_id, ${MENTION_COLUMNS.join(', ')} FROM mentions WHERE ${ofOfficials} ORDER BY file_id, official_id, ordinal`));
  const findings = new ByFile(rows(db, `SELECT * FROM findings WHERE ${inFiles} ORDER BY file_id`));
  try {
    for (const f of rows(db, `SELECT id, uri, script, published FROM files WHERE report = 1 AND ${only ? inFiles.replace('file_id IN', 'id IN') : '1'} ORDER BY id`)) {
      const id = Number(f.id);
      const uri = String(f.uri);
      if (skip(uri)) continue;
      const byOfficial = new Map<number, Row[]>();
      for (const m of mentions.take(id)) {
        const list = byOfficial.get(Number(m.official_id));
        if (list) list.push(m);
        else byOfficial.set(Number(m.official_id), [m]);
      }
      const list: SummaryOfficial[] = officials.take(id).map((o) => {
        const own = byOfficial.get(Number(o.official_id)) ?? [];
        const packed = new Int32Array(own.length * MENTION_FIELDS);
        let at = 0;
        for (const m of own) for (const c of MENTION_COLUMNS) packed[at++] = Number(m[c]);
        return { name: String(o.name), spellings: JSON.parse(String(o.spellings)), titles: JSON.parse(String(o.titles)), mentions: packed };
      });
      const counts: Record<string, number> = {};
      for (const x of findings.take(id)) counts[String(x.code)] = Number(x.count);
      yield {
        uri,
        meetings: meetings.take(id).map((m) => meetingOf(uri, m)),
        officials: list,
        script: String(f.script) as ReportSummary['script'],
        published: String(f.published),
        findings: counts,
      };
    }
  } finally {
    for (const c of [meetings, officials, mentions, findings]) c.close();
  }
}

export type { QueryResult };

/**
 * The officials the Officials view can list, as officialList ranks them (meetings with a name,
 * then appearances, then name), at most `limit`, leaving out the files `skipped`.
 */
export function topOfficials(db: Database, limit: number, skipped: readonly string[]): number[] {
  const skip = skipped.length ? `WHERE file_id NOT IN (SELECT id FROM files WHERE uri IN (${skipped.map(() => '?').join(',')}))` : '';
  const out: number[] = [];
  for (const r of rows(
    db,
    `SELECT a.official_id, sum(CASE WHEN m.name <> '' THEN 1 ELSE 0 END) AS named, count(*) AS appearances
     FROM (SELECT DISTINCT official_id, file_id, meeting FROM mentions ${skip}) a
     JOIN officials o ON o.id = a.official_id
     LEFT JOIN meetings m ON m.file_id = a.file_id AND m.ordinal = a.meeting
     GROUP BY a.official_id ORDER BY named DESC, appearances DESC, o.name LIMIT ${Math.trunc(limit)}`,
    [...skipped],
  ))
    out.push(Number(r.official_id));
  return out;
}
