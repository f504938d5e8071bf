-- 001: the core schema. Every raw message is kept so a better parser can read it again.

-- The NHS ODS trust list (data/ods-etr-2016.csv, or a newer extract via `lhs trusts import`).
CREATE TABLE trusts (
  ods              TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  national_grouping TEXT,
  health_geography TEXT,
  address          TEXT,
  postcode         TEXT,
  opened           TEXT,            -- YYYY-MM-DD
  closed           TEXT,            -- YYYY-MM-DD, NULL while open
  updated_at       TEXT NOT NULL
);

-- One row per distinct message, as received.
CREATE TABLE messages (
  id           INTEGER PRIMARY KEY,
  message_id   TEXT,                -- Message-ID header, NULL where the message has none
  sha256       TEXT NOT NULL UNIQUE, -- of the raw bytes with CRLF folded to LF: the dedupe key
  raw          BLOB NOT NULL,
  size         INTEGER NOT NULL,
  subject      TEXT,
  from_address TEXT,
  from_name    TEXT,
  sent_at      TEXT,                -- Date header, ISO 8601
  stored_at    TEXT NOT NULL,       -- when lhs stored it
  state        TEXT NOT NULL CHECK (state IN ('parsed', 'failed')),
  error        TEXT                 -- why it could not be parsed, for state = 'failed'
);
CREATE INDEX messages_message_id ON messages (message_id);

-- Where each message was seen: a file, or an IMAP mailbox + UIDVALIDITY + UID.
CREATE TABLE message_sources (
  id           INTEGER PRIMARY KEY,
  message_id   INTEGER NOT NULL REFERENCES messages (id),
  type         TEXT NOT NULL CHECK (type IN ('file', 'imap')),
  path         TEXT,
  account      TEXT,
  mailbox      TEXT,
  uid_validity INTEGER,
  uid          INTEGER,
  seen_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX message_sources_file ON message_sources (path) WHERE type = 'file';
CREATE UNIQUE INDEX message_sources_imap ON message_sources (account, mailbox, uid_validity, uid) WHERE type = 'imap';
CREATE INDEX message_sources_message ON message_sources (message_id);

-- What a parser version made of a message. Re-parsing adds a row and marks it current.
CREATE TABLE extractions (
  id               INTEGER PRIMARY KEY,
  message_id       INTEGER NOT NULL REFERENCES messages (id),
  parser_version   TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  current          INTEGER NOT NULL DEFAULT 1,
  kind             TEXT NOT NULL,
  trust_ods        TEXT,
  trust_candidates TEXT NOT NULL DEFAULT '[]', -- JSON [{ods, name}]
  needs_review     INTEGER NOT NULL,
  reasons          TEXT NOT NULL DEFAULT '[]', -- JSON [string]
  supersedes       INTEGER NOT NULL DEFAULT 0,
  reply_text       TEXT,
  signature        TEXT,
  attachments      TEXT NOT NULL DEFAULT '[]'  -- JSON [{filename, contentType, size, problem}]
);
CREATE INDEX extractions_message ON extractions (message_id, current);

CREATE TABLE nominees (
  id            INTEGER PRIMARY KEY,
  extraction_id INTEGER NOT NULL REFERENCES extractions (id),
  position      INTEGER NOT NULL,
  name          TEXT NOT NULL,
  email         TEXT,
  phone         TEXT,
  job_title     TEXT,
  role          TEXT NOT NULL CHECK (role IN ('lead', 'deputy', 'joint'))
);
CREATE INDEX nominees_extraction ON nominees (extraction_id);

-- Staff decisions: append-only. `before` and `after` are JSON snapshots.
CREATE TABLE decisions (
  id         INTEGER PRIMARY KEY,
  message_id INTEGER REFERENCES messages (id),
  trust_ods  TEXT,
  action     TEXT NOT NULL,
  actor      TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  before     TEXT,
  after      TEXT
);
CREATE INDEX decisions_message ON decisions (message_id);
CREATE INDEX decisions_trust ON decisions (trust_ods);
CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;

-- Each import or poll: for `lhs status` (last import/sync time) and for the record.
CREATE TABLE runs (
  id          INTEGER PRIMARY KEY,
  type        TEXT NOT NULL,        -- import | poll | reparse
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  new         INTEGER NOT NULL DEFAULT 0,
  known       INTEGER NOT NULL DEFAULT 0,
  failed      INTEGER NOT NULL DEFAULT 0,
  detail      TEXT
);
