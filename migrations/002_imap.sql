-- 002: the IMAP poller's state.

-- How far the poller got in each mailbox: every UID up to last_uid is stored. A mailbox whose
-- UIDVALIDITY changed gets a new row (its UIDs mean something else now); old rows stay as history.
CREATE TABLE imap_checkpoints (
  account        TEXT NOT NULL,     -- user@host
  mailbox        TEXT NOT NULL,
  uid_validity   INTEGER NOT NULL,
  last_uid       INTEGER NOT NULL,
  highest_modseq TEXT,              -- CONDSTORE, where the server has it (a 63-bit number, kept as text)
  resync_below   INTEGER,           -- set when this generation replaced an earlier one: UIDs below it
                                    -- are the old mail again, also recognised by Message-ID
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (account, mailbox, uid_validity)
);

-- One poller at a time per database and mailbox. A row is held by a live process; a row left by
-- a process that died (SIGKILL, power cut) is taken over when its pid is gone from the same host.
CREATE TABLE imap_poller_locks (
  account     TEXT NOT NULL,
  mailbox     TEXT NOT NULL,
  pid         INTEGER NOT NULL,
  hostname    TEXT NOT NULL,
  command     TEXT NOT NULL,        -- poll | watch
  started_at  TEXT NOT NULL,
  PRIMARY KEY (account, mailbox)
);
