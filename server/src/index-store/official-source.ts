// One official's part of the Officials view, read from the index in two queries: the files naming
// them (spellings and titles) and one row per meeting per file (its first mention, its number of
// mentions, the roles in it, the meeting's name and date, and, when the stored clusters are
// current, the meeting's cluster and canonical copy). SQLite groups the mentions: an official named
// in every report (习近平) costs a row per meeting, not a summary object per file.
import { appearanceSortKey, rolesOf, type Appearance, type ClusterOfMeeting, type OfficialSource } from '../core';
import type { Database } from 'node-sqlite3-wasm';
import { rows } from './queries';

/** JSON arrays parsed once per distinct text (the same titles recur in thousands of files). */
class Parsed {
  private readonly seen = new Map<string, readonly string[]>();
  of(text: unknown): readonly string[] {
    const key = String(text);
    let out = this.seen.get(key);
    if (!out) this.seen.set(key, (out = JSON.parse(key) as string[]));
    return out;
  }
}

// mentions.roles holds the role bits of report-summary.ts (1 chair, 2 speaker, 4 attendee, 8
// presenter: schemas/index.sql); a meeting's roles are the OR of its mentions', bit by bit.
const ROLES_OR = 'max(roles & 1) + max(roles & 2) + max(roles & 4) + max(roles & 8)';

/**
 * `name`'s files and appearances in the index, but those of the files `skip` names (open
 * documents, whose own summaries stand for them). `withClusters`: the stored clusters are
 * current, and each appearance's cluster comes with it (`clusterOf` answers for these files).
 */
export function storedOfficialSource(db: Database, name: string, skip: (uri: string) => boolean, withClusters: boolean): OfficialSource | undefined {
  const [official] = [...rows(db, 'SELECT id FROM officials WHERE name = ?', [name])];
  if (!official) return undefined;
  const id = Number(official.id);
  const parsed = new Parsed();
  const files = new Map<number, { uri: string; spellings: readonly string[]; titles: readonly string[] }>();
  for (const r of rows(db, 'SELECT fo.file_id, f.uri, fo.spellings, fo.titles FROM file_officials fo JOIN files f ON f.id = fo.file_id WHERE fo.official_id = ? ORDER BY fo.file_id', [id])) {
    const uri = String(r.uri);
    if (!skip(uri)) files.set(Number(r.file_id), { uri, spellings: parsed.of(r.spellings), titles: parsed.of(r.titles) });
  }
  const clusters = withClusters
    ? `LEFT JOIN copies c ON g.meeting >= 0 AND c.file_id = g.file_id AND c.meeting = g.meeting
       LEFT JOIN copies c0 ON c0.cluster = c.cluster AND c0.position = 0
       LEFT JOIN files cf ON cf.id = c0.file_id`
    : '';
  const appearances: Appearance[] = [];
  const clusterAt = new Map<string, ClusterOfMeeting>();
  const seen = new Set<string>();
  for (const r of rows(
    db,
    `WITH g AS (SELECT file_id, meeting, min(ordinal) AS first, count(*) AS n, ${ROLES_OR} AS roles
                FROM mentions WHERE official_id = ?1 GROUP BY file_id, meeting)
     SELECT g.file_id, g.meeting, g.n, g.roles, x.start_line, x.start_char, x.end_line, x.end_char,
            coalesce(m.name, '') AS name, coalesce(m.date, '') AS date, coalesce(m.iso, '') AS iso
            ${withClusters ? ', c.cluster, cf.uri AS canonical_uri, c0.meeting AS canonical_meeting' : ''}
     FROM g
     JOIN mentions x ON x.official_id = ?1 AND x.file_id = g.file_id AND x.ordinal = g.first
     LEFT JOIN meetings m ON m.file_id = g.file_id AND m.ordinal = g.meeting
     ${clusters}
     ORDER BY g.file_id, g.first`,
    [id],
  )) {
    const file = files.get(Number(r.file_id));
    if (!file) continue;
    const meeting = Number(r.meeting);
    const key = `${meeting}\u0000${file.uri}`;
    if (seen.has(key)) continue; // a meeting listed in two stored clusters counts in the first
    seen.add(key);
    const iso = String(r.iso);
    appearances.push({
      uri: file.uri,
      meeting,
      meetingName: String(r.name),
      date: String(r.date),
      iso,
      sortKey: appearanceSortKey(iso, file.uri, meeting),
      range: { start: { line: Number(r.start_line), character: Number(r.start_char) }, end: { line: Number(r.end_line), character: Number(r.end_char) } },
      titles: file.titles,
      roles: rolesOf(Number(r.roles)),
      mentions: Number(r.n),
    });
    if (r.cluster !== undefined && r.cluster !== null) {
      clusterAt.set(key, { id: String(r.cluster), canonical: r.canonical_uri == null ? undefined : { uri: String(r.canonical_uri), meeting: Number(r.canonical_meeting) } });
    }
  }
  return {
    name,
    files: [...files.values()],
    appearances,
    ...(withClusters ? { clusterOf: (uri: string, meeting: number) => clusterAt.get(`${meeting}\u0000${uri}`) } : {}),
  };
}
