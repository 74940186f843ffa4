-- The Huiyi corpus index (issue 19): SQLite, written by `huiyi index` and by the language server.
-- One row per report file in `files`; everything else hangs off a file id and is replaced whole
-- when the file is indexed again, in the same transaction. Positions are 0-based lines and UTF-16
-- characters, as LSP counts them. Names are in simplified script; `spellings` and titles keep
-- the text as written.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,          -- 'format' ('huiyi-index'), 'schema' (version number), 'copies' ('current')
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE files (
  id        INTEGER PRIMARY KEY,
  uri       TEXT NOT NULL UNIQUE,  -- file:///…
  path      TEXT NOT NULL,         -- as the file system names it ('' for a document with no file)
  size      INTEGER NOT NULL,      -- bytes on disk when indexed
  mtime_ms  INTEGER NOT NULL,      -- modification time when indexed (ms since 1970)
  hash      TEXT NOT NULL,         -- SHA-1 of the text, hex
  stamp     TEXT NOT NULL,         -- extractor and vocabulary version it was indexed with
  report    INTEGER NOT NULL,      -- 1: read as a report; 0: skipped (not a report, too large, ignored)
  script    TEXT NOT NULL,         -- 'simplified' or 'traditional'
  published TEXT NOT NULL          -- the page's publication date (ISO) or ''
);

CREATE TABLE meetings (
  file_id     INTEGER NOT NULL,
  ordinal     INTEGER NOT NULL,    -- 0-based, in file order (mentions.meeting points here)
  name        TEXT NOT NULL,       -- as the outline shows it
  symbol_name TEXT NOT NULL,       -- as workspace symbols show it
  detail      TEXT NOT NULL,
  haystack    TEXT NOT NULL,       -- what a workspace-symbol query matches against (fields split by U+001F)
  start_line  INTEGER NOT NULL, start_char INTEGER NOT NULL, end_line INTEGER NOT NULL, end_char INTEGER NOT NULL,
  date        TEXT NOT NULL,       -- as written (10月21日上午) or ''
  iso         TEXT NOT NULL,       -- ISO date (the meeting's, else the page's) or ''
  body        TEXT NOT NULL,       -- the body that met (贾汪区委常委会)
  kind        TEXT NOT NULL,       -- kind of body (server/src/core/data/body-kinds.json)
  chairs      TEXT NOT NULL,       -- JSON array of the chairs' names
  PRIMARY KEY (file_id, ordinal)
) WITHOUT ROWID;

-- A meeting's duplicate signature (issue 16): the MinHash, sample and anchor words (little-endian
-- u32) and the other fields as JSON, in one BLOB (index-store/signature-blob.ts). Meetings with no
-- comparable text have none.
CREATE TABLE signatures (
  file_id INTEGER NOT NULL,
  meeting INTEGER NOT NULL,        -- meetings.ordinal
  data    BLOB NOT NULL,
  PRIMARY KEY (file_id, meeting)
);

-- The copies of meetings across the corpus (clusters of two or more), as the server last
-- clustered them; valid while meta 'copies' is 'current' (any file written clears it).
CREATE TABLE copies (
  cluster    TEXT NOT NULL,        -- c + 8 hex digits, from the canonical copy
  position   INTEGER NOT NULL,     -- 0: the canonical copy
  file_id    INTEGER NOT NULL,
  meeting    INTEGER NOT NULL,     -- meetings.ordinal
  script     TEXT NOT NULL,        -- 'simplified' or 'traditional'
  similarity REAL NOT NULL,        -- weighted containment with the canonical copy
  why        TEXT NOT NULL,        -- JSON array of reasons (same text, truncated, …)
  PRIMARY KEY (cluster, position)
) WITHOUT ROWID;
CREATE INDEX copies_by_meeting ON copies (file_id, meeting);

CREATE TABLE officials (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE        -- simplified; a name once seen keeps its id
);

-- An official in one file: how it is written there, its titles, how often it is mentioned.
CREATE TABLE file_officials (
  official_id INTEGER NOT NULL,
  file_id     INTEGER NOT NULL,
  ordinal     INTEGER NOT NULL,    -- the official's place in the file's list
  spellings   TEXT NOT NULL,       -- JSON array, as written
  titles      TEXT NOT NULL,       -- JSON array, as written, in text order
  mentions    INTEGER NOT NULL,
  PRIMARY KEY (official_id, file_id)
) WITHOUT ROWID;
CREATE INDEX file_officials_by_file ON file_officials (file_id, ordinal);

CREATE TABLE mentions (
  official_id INTEGER NOT NULL,
  file_id     INTEGER NOT NULL,
  ordinal     INTEGER NOT NULL,    -- k-th mention of the official in the file
  start_line  INTEGER NOT NULL, start_char INTEGER NOT NULL, end_line INTEGER NOT NULL, end_char INTEGER NOT NULL,
  meeting     INTEGER NOT NULL,    -- meetings.ordinal, or -1 outside any meeting
  roles       INTEGER NOT NULL,    -- bits: 1 chair, 2 speaker, 4 attendee, 8 presenter
  title       INTEGER NOT NULL,    -- index into file_officials.titles, or -1
  PRIMARY KEY (official_id, file_id, ordinal)
) WITHOUT ROWID;

-- Damage findings the user sees, counted per code.
CREATE TABLE findings (
  file_id INTEGER NOT NULL,
  code    TEXT NOT NULL,           -- mojibake.question-marks, …
  count   INTEGER NOT NULL,
  PRIMARY KEY (file_id, code)
) WITHOUT ROWID;
