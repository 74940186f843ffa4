// The Corpus Overview's tallies counted in SQL on the persisted index (issue 17), so the panel
// never reads every summary back: the same tallies as tallySummaries over the reports in uri
// order (core/features/overview-tally.ts). Open documents win over their stored rows: their few
// rows go into temporary tables that the counting reads with the store's. A meeting's copies
// count once (the first met in uri order): which meetings are copies of which is one temporary
// table, filled by countOnceTable from the clusters the index holds.
import { MENTION_FIELDS, type BodyKind, type MeetingCopies, type OverviewFamily, type OverviewFile, type OverviewMonth, type OverviewPlace, type OverviewQuery, type OverviewTallies, type ReportSummary, type TalliedBody, type TalliedMark } from '../core';
import type { Database } from 'node-sqlite3-wasm';

type Row = Record<string, unknown>;
type Values = Record<string, string | number | null>;

const RANGE = ['start_line', 'start_char', 'end_line', 'end_char'];
const LEAN = ['file_id', 'ordinal', 'uri', 'script', 'iso', 'date', 'body', 'kind', 'chairs', 'name', ...RANGE];
/** A counted meeting: its row of ov_meetings, numbered in uri order. */
const COUNTED = LEAN.filter((c) => c !== 'script');
/** Column definitions: whole numbers for ids and positions, text for the rest. */
const typed = (columns: readonly string[]) => columns.map((c) => `${c} ${c === 'file_id' || c === 'ordinal' || RANGE.includes(c) ? 'INTEGER' : 'TEXT'} NOT NULL`).join(', ');

/**
 * Temporary tables (this connection only), created when missing, as a store may reopen its file.
 * ov_files, ov_meetings and ov_appear are the universe counted: a lean copy of the stored report
 * files, meetings and officials' (file, meeting) appearances, without the open documents' stored
 * rows, and with the open documents' own rows under negative file ids. They are copied again when
 * the store or the set of open documents changes; the open documents' rows at every request.
 */
const SETUP = `
CREATE TEMP TABLE IF NOT EXISTS ov_open (uri TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS ov_files (id INTEGER PRIMARY KEY, uri TEXT NOT NULL, script TEXT NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS ov_meetings (${typed(LEAN)}, PRIMARY KEY (file_id, ordinal)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS ov_appear (official INTEGER NOT NULL, file_id INTEGER NOT NULL, meeting INTEGER NOT NULL, PRIMARY KEY (official, file_id, meeting)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS ov_open_officials (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TEMP TABLE IF NOT EXISTS ov_open_mentions (name TEXT NOT NULL, title TEXT, file_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, meeting INTEGER NOT NULL, ${RANGE.join(', ')});
CREATE TEMP TABLE IF NOT EXISTS ov_findings (file_id INTEGER NOT NULL, code TEXT NOT NULL, family TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (file_id, code)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS ov_copies (uri TEXT NOT NULL, meeting INTEGER NOT NULL, cluster TEXT NOT NULL, PRIMARY KEY (uri, meeting)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS ov_reports (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS ov_counted (seq INTEGER PRIMARY KEY, ${typed(COUNTED)});
CREATE INDEX IF NOT EXISTS temp.ov_counted_at ON ov_counted (file_id, ordinal);
`;

const DATED = `iso GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'`;
const FAMILY = `CASE WHEN instr(code, '.') > 0 THEN substr(code, 1, instr(code, '.') - 1) ELSE code END`;

function* rows(db: Database, sql: string, values?: Values | (string | number)[]): Generator<Row> {
  const statement = db.prepare(sql);
  try {
    yield* statement.iterate(values) as Iterable<Row>;
  } finally {
    statement.finalize();
  }
}

const all = (db: Database, sql: string, values?: Values | (string | number)[]) => [...rows(db, sql, values)];

function rangeOf(r: Row) {
  return { start: { line: Number(r.start_line), character: Number(r.start_char) }, end: { line: Number(r.end_line), character: Number(r.end_char) } };
}

/** The lean copy of the stored rows, leaving out the open documents' files. */
/** The filter's choices over the stored rows (unfiltered: the same until the rows are copied again). */
export interface StoredChoices {
  readonly everyBody: ReadonlyMap<string, number>;
  readonly first: string;
  readonly last: string;
}

function copyStored(db: Database, open: readonly ReportSummary[]): StoredChoices {
  db.exec('DELETE FROM ov_open; DELETE FROM ov_files; DELETE FROM ov_meetings; DELETE FROM ov_appear; DELETE FROM ov_findings');
  for (const s of open) db.run('INSERT OR IGNORE INTO ov_open VALUES (?)', [s.uri]);
  db.exec(`
    INSERT INTO ov_meetings SELECT ${LEAN.map((c) => (c === 'uri' || c === 'script' ? `f.${c}` : `m.${c}`)).join(', ')} FROM main.meetings m JOIN main.files f ON f.id = m.file_id
      WHERE f.report = 1 AND f.uri NOT IN (SELECT uri FROM ov_open);
    INSERT INTO ov_files SELECT f.id, f.uri, f.script FROM main.files f
      WHERE f.report = 1 AND f.uri NOT IN (SELECT uri FROM ov_open)
        AND (f.id IN (SELECT file_id FROM ov_meetings) OR f.id IN (SELECT file_id FROM main.file_officials));
    INSERT OR IGNORE INTO ov_appear SELECT x.official_id, x.file_id, x.meeting FROM main.mentions x
      WHERE x.meeting >= 0 AND x.file_id IN (SELECT id FROM ov_files);
    INSERT INTO ov_findings SELECT file_id, code, ${FAMILY}, count FROM main.findings WHERE count > 0 AND file_id IN (SELECT id FROM ov_files);
  `);
  const everyBody = new Map<string, number>();
  for (const r of rows(db, 'SELECT body, count(*) AS n FROM ov_meetings GROUP BY body')) everyBody.set(String(r.body), Number(r.n));
  const dated = all(db, `SELECT coalesce(min(iso), '') AS first, coalesce(max(iso), '') AS last FROM ov_meetings m WHERE m.${DATED}`)[0];
  return { everyBody, first: String(dated.first), last: String(dated.last) };
}

/** What DATED matches, for the open documents' rows in memory. */
const DATED_ISO = /^[0-9]{4}-[0-9]{2}/;

/** The open documents' rows, under negative file ids, replacing those of the last request. */
function loadOpen(db: Database, open: readonly ReportSummary[]): void {
  db.exec('DELETE FROM ov_files WHERE id < 0; DELETE FROM ov_meetings WHERE file_id < 0; DELETE FROM ov_appear WHERE file_id < 0; DELETE FROM ov_open_officials; DELETE FROM ov_open_mentions; DELETE FROM ov_findings WHERE file_id < 0');
  const insert = (sql: string, values: (string | number | null)[]) => db.run(sql, values);
  // An open document's official: the store's id for the name, or a negative one of its own.
  const ids = new Map<string, number>();
  const officialId = (name: string) => {
    let id = ids.get(name);
    if (id === undefined) {
      id = Number(all(db, 'SELECT id FROM main.officials WHERE name = ?', [name])[0]?.id ?? -1 - ids.size);
      ids.set(name, id);
      if (id < 0) insert('INSERT INTO ov_open_officials VALUES (?, ?)', [id, name]);
    }
    return id;
  };
  open.forEach((s, i) => {
    if (!s.meetings.length && !s.officials.length) return;
    const id = -1 - i;
    insert('INSERT INTO ov_files VALUES (?, ?, ?)', [id, s.uri, s.script]);
    s.meetings.forEach((m, k) => {
      const r = m.entry.range;
      insert(`INSERT INTO ov_meetings VALUES (${LEAN.map(() => '?').join(', ')})`, [id, k, s.uri, s.script, m.iso, m.date, m.body, m.kind, JSON.stringify(m.chairs), m.entry.name, r.start.line, r.start.character, r.end.line, r.end.character]);
    });
    for (const o of s.officials) {
      for (let k = 0; k < o.mentions.length / MENTION_FIELDS; k++) {
        const at = k * MENTION_FIELDS;
        const title = o.mentions[at + 6];
        const meeting = o.mentions[at + 4];
        insert('INSERT INTO ov_open_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [o.name, title >= 0 ? o.titles[title] : null, id, k, meeting, o.mentions[at], o.mentions[at + 1], o.mentions[at + 2], o.mentions[at + 3]]);
        if (meeting >= 0) insert('INSERT OR IGNORE INTO ov_appear VALUES (?, ?, ?)', [officialId(o.name), id, meeting]);
      }
    }
    for (const [code, n] of Object.entries(s.findings)) if (n > 0) insert('INSERT INTO ov_findings VALUES (?, ?, ?, ?)', [id, code, code.split('.')[0], n]);
  });
}

/**
 * The one place that says which meetings are copies of one another for the overview's
 * count-once: a temporary table of the meetings that have copies, with their cluster's id,
 * refilled when the index has changed since (`version`). Should the clusters move into the
 * store, this is the function to change.
 */
export function countOnceTable(db: Database, clusters: () => Iterable<MeetingCopies>): void {
  db.exec('DELETE FROM ov_copies');
  const statement = db.prepare('INSERT OR IGNORE INTO ov_copies VALUES (?, ?, ?)');
  try {
    for (const c of clusters()) for (const m of c.members) statement.run([m.uri, m.meeting, c.id]);
  } finally {
    statement.finalize();
  }
}

/** The temporary tables, created when missing. */
export function prepareOverview(db: Database): void {
  db.exec(SETUP);
}

/** The temporary tables dropped (the panel has not asked for a while): their memory is free for other work. */
export function releaseOverview(db: Database): void {
  for (const table of ['ov_open', 'ov_files', 'ov_meetings', 'ov_appear', 'ov_open_officials', 'ov_open_mentions', 'ov_findings', 'ov_copies', 'ov_reports', 'ov_counted']) db.exec(`DROP TABLE IF EXISTS temp.${table}`);
}

/** Copies the stored rows again (the store or the set of open documents changed). */
export const copyOverviewRows = copyStored;

/** The tallies under `query`; with `countOnce`, ov_copies is current (countOnceTable); the stored rows are copied (copyOverviewRows, which gave `stored`). */
export function overviewTallies(db: Database, query: OverviewQuery, open: readonly ReportSummary[], stored: StoredChoices): OverviewTallies {
  loadOpen(db, open);
  const f = query.filter;
  const span = !!(f.from || f.to);
  const narrowed = !!(f.body || span);
  const values: Values = { $body: f.body || null, $from: f.from || null, $to: f.to || null };
  const script = f.script ? `'${f.script === 'traditional' ? 'traditional' : 'simplified'}'` : 'NULL';
  const passing = `($body IS NULL OR m.body = $body) AND (${span ? 1 : 0} = 0 OR (m.${DATED} AND ($from IS NULL OR substr(m.iso, 1, length($from)) >= $from) AND ($to IS NULL OR substr(m.iso, 1, length($to)) <= $to)))`;
  db.exec('DELETE FROM ov_reports; DELETE FROM ov_counted');
  // The reports the filter keeps: by script, and by body or span when they hold a meeting that passes.
  if (narrowed) db.run(`INSERT INTO ov_reports SELECT DISTINCT m.file_id FROM ov_meetings m WHERE (${script} IS NULL OR m.script = ${script}) AND ${passing}`, values);
  else db.run(`INSERT INTO ov_reports SELECT id FROM ov_files WHERE ${script} IS NULL OR script = ${script}`);
  // The meetings counted, numbered in uri order: those that pass, of each set of copies the first.
  const eligible = `SELECT ${COUNTED.map((c) => `m.${c}`).join(', ')} FROM ov_meetings m JOIN ov_reports r ON r.id = m.file_id WHERE ${passing}`;
  const counted = query.countOnce
    ? `SELECT * FROM (SELECT e.*, c.cluster, row_number() OVER (PARTITION BY c.cluster ORDER BY e.uri, e.ordinal) AS nth FROM (${eligible}) e LEFT JOIN ov_copies c ON c.uri = e.uri AND c.meeting = e.ordinal) WHERE cluster IS NULL OR nth = 1`
    : eligible;
  db.run(`INSERT INTO ov_counted SELECT row_number() OVER (ORDER BY uri, ordinal), ${COUNTED.join(', ')} FROM (${counted})`, values);
  const C = 'ov_counted m';

  const totals = all(db, `SELECT count(*) AS meetings, coalesce(sum(NOT m.${DATED}), 0) AS undated FROM ${C}`)[0];
  // Per group: its count, dated span, and its first counted meeting (the place a click opens, the body's kind).
  const firstOf = (key: string, where = '1') =>
    `SELECT g.k, g.n, g.first, g.last, m.* FROM (SELECT ${key} AS k, count(*) AS n, coalesce(min(CASE WHEN m.${DATED} THEN m.iso END), '') AS first, coalesce(max(CASE WHEN m.${DATED} THEN m.iso END), '') AS last, min(m.seq) AS seq
     FROM ${C} WHERE ${where} GROUP BY ${key}) g JOIN ov_counted m ON m.seq = g.seq`;
  const placeOf = (r: Row): OverviewPlace => ({ uri: String(r.uri), range: rangeOf(r) });
  const months: OverviewMonth[] = all(db, firstOf(`substr(m.iso, 1, 7) || ' ' || m.kind`, `m.${DATED}`)).map((r) => ({ month: String(r.iso).slice(0, 7), kind: String(r.kind) as BodyKind, count: Number(r.n), at: placeOf(r) }));
  const chairs = new Map<string, Map<string, number>>();
  for (const r of rows(db, `SELECT m.body, m.chairs, count(*) AS n FROM ${C} WHERE m.chairs <> '[]' GROUP BY 1, 2`)) {
    let list = chairs.get(String(r.body));
    if (!list) chairs.set(String(r.body), (list = new Map()));
    for (const chair of JSON.parse(String(r.chairs)) as string[]) list.set(chair, (list.get(chair) ?? 0) + Number(r.n));
  }
  const bodies: TalliedBody[] = all(db, firstOf('m.body')).map((r) => ({ body: String(r.k), kind: String(r.kind) as BodyKind, count: Number(r.n), first: String(r.first), last: String(r.last), chairs: chairs.get(String(r.k)) ?? new Map(), at: placeOf(r) }));
  const officials = new Map<string, number>();
  for (const r of rows(
    db,
    `SELECT coalesce(o.name, p.name) AS name, n FROM (SELECT a.official, count(*) AS n FROM ov_appear a JOIN ov_counted c ON c.file_id = a.file_id AND c.ordinal = a.meeting GROUP BY a.official) t
     LEFT JOIN main.officials o ON o.id = t.official LEFT JOIN ov_open_officials p ON p.id = t.official`,
  ))
    officials.set(String(r.name), Number(r.n));

  const findings = 'ov_findings x JOIN ov_reports r ON r.id = x.file_id';
  const families = new Map<string, { family: string; count: number; files: number; codes: Record<string, number> }>();
  for (const r of rows(db, `SELECT x.family, count(DISTINCT x.file_id) AS files FROM ${findings} GROUP BY 1`)) families.set(String(r.family), { family: String(r.family), count: 0, files: Number(r.files), codes: {} });
  for (const r of rows(db, `SELECT x.family, x.code, sum(x.count) AS n FROM ${findings} GROUP BY 1, 2 ORDER BY 2`)) {
    const family = families.get(String(r.family))!;
    family.count += Number(r.n);
    family.codes[String(r.code)] = Number(r.n);
  }
  const files: OverviewFile[] = all(db, `SELECT x.file_id, f.uri, sum(x.count) AS n FROM ${findings} JOIN ov_files f ON f.id = x.file_id GROUP BY x.file_id ORDER BY n DESC, f.uri LIMIT ${Math.trunc(query.files)}`).map((r) => {
    const perFamily: Record<string, number> = {};
    for (const x of rows(db, 'SELECT family, sum(count) AS n FROM ov_findings WHERE file_id = ? GROUP BY 1 ORDER BY 1', [Number(r.file_id)])) perFamily[String(x.family)] = Number(x.n);
    return { uri: String(r.uri), findings: Number(r.n), families: perFamily };
  });

  // The choices: the stored rows' and the open documents'.
  const everyBody = new Map(stored.everyBody);
  let { first, last } = stored;
  for (const s of open)
    for (const m of s.meetings) {
      everyBody.set(m.body, (everyBody.get(m.body) ?? 0) + 1);
      if (DATED_ISO.test(m.iso) && (!first || m.iso < first)) first = m.iso;
      if (DATED_ISO.test(m.iso) && (!last || m.iso > last)) last = m.iso;
    }
  return {
    reports: Number(all(db, 'SELECT count(*) AS n FROM ov_reports')[0].n),
    meetings: Number(totals.meetings),
    undated: Number(totals.undated),
    months,
    bodies,
    officials,
    damage: [...families.values()] as OverviewFamily[],
    files,
    everyBody,
    first,
    last,
    marks: (names) => officialMarks(db, names),
  };
}

/** One mark per counted meeting of each official: its first mention there and the first title written there, reports in uri order. */
function officialMarks(db: Database, names: readonly string[]): Map<string, TalliedMark[]> {
  const out = new Map<string, TalliedMark[]>(names.map((n) => [n, []]));
  if (!names.length) return out;
  const list = names.map(() => '?').join(',');
  // One JSON array a mention (one column a row is what reads fast): [name, uri, file, meeting, title or null, range, iso, date, meeting name].
  const mark = (name: string, title: string) => `json_array(${name}, m.uri, x.file_id, x.meeting, ${title}, ${RANGE.map((c) => `x.${c}`).join(', ')}, m.iso, m.date, m.name) AS j`;
  const ids = all(db, `SELECT id FROM main.officials WHERE name IN (${list})`, [...names]).map((r) => Math.trunc(Number(r.id)));
  const stored = rows(
    db,
    `SELECT ${mark('o.name', `CASE WHEN x.title >= 0 THEN json_extract(fo.titles, '$[' || x.title || ']') END`)}
     FROM main.mentions x JOIN main.officials o ON o.id = x.official_id JOIN ov_counted m ON m.file_id = x.file_id AND m.ordinal = x.meeting
     JOIN main.file_officials fo ON fo.official_id = x.official_id AND fo.file_id = x.file_id
     WHERE x.official_id IN (${ids.join(',') || '-1'}) ORDER BY m.uri, x.ordinal`,
  );
  const opened = rows(db, `SELECT ${mark('x.name', 'x.title')} FROM ov_open_mentions x JOIN ov_counted m ON m.file_id = x.file_id AND m.ordinal = x.meeting WHERE x.name IN (${list}) ORDER BY m.uri, x.ordinal`, [...names]);
  type Mention = [string, string, number, number, string | null, number, number, number, number, string, string, string];
  // The first mention of a meeting makes its mark; the first with a title names it.
  const marks = new Map<string, { mark: { -readonly [K in keyof TalliedMark]: TalliedMark[K] }; titled: boolean }>();
  const take = (x: Mention) => {
    const [name, uri, file, meeting, title] = x;
    const key = `${name}\u0000${file}\u0000${meeting}`;
    const known = marks.get(key);
    if (known) {
      if (!known.titled && title !== null) (known.titled = true), (known.mark.title = title);
      return;
    }
    const range = { start: { line: x[5], character: x[6] }, end: { line: x[7], character: x[8] } };
    const made = { iso: x[9], date: x[10], title: title ?? '', meeting: x[11], at: { uri, range } };
    marks.set(key, { mark: made, titled: title !== null });
    out.get(name)!.push(made);
  };
  // Both lists are in uri order and hold different files: merged, they are the reports in uri order.
  const next = (source: Generator<Row>) => {
    const r = source.next();
    return r.done ? undefined : (JSON.parse(String(r.value.j)) as Mention);
  };
  let a = next(stored);
  let b = next(opened);
  while (a || b) {
    if (a && (!b || a[1] < b[1])) (take(a), (a = next(stored)));
    else if (b) (take(b), (b = next(opened)));
  }
  return out;
}
