import type { Db } from './db.js';
import type { Statement } from 'better-sqlite3';

// The checkpoint moves after every stored message: prepare its statement once per database.
const advanceStatements = new WeakMap<Db, Statement>();

/** Where the poller stands in one mailbox generation (account + mailbox + UIDVALIDITY). */
export interface Checkpoint {
  account: string;
  mailbox: string;
  uidValidity: number;
  lastUid: number;
  highestModseq: string | null;
  /** after a UIDVALIDITY change: UIDs below this are the earlier generation's mail again */
  resyncBelow: number | null;
}

export function getCheckpoint(db: Db, account: string, mailbox: string, uidValidity: number): Checkpoint | null {
  const row = db
    .prepare(`SELECT last_uid AS lastUid, highest_modseq AS highestModseq, resync_below AS resyncBelow FROM imap_checkpoints
      WHERE account = ? AND mailbox = ? AND uid_validity = ?`)
    .get(account, mailbox, uidValidity) as Pick<Checkpoint, 'lastUid' | 'highestModseq' | 'resyncBelow'> | undefined;
  return row ? { account, mailbox, uidValidity, ...row } : null;
}

/** UIDVALIDITY values this mailbox had before, newest first: a different one now means the UIDs were reset. */
export function knownUidValidities(db: Db, account: string, mailbox: string): number[] {
  return (
    db
      .prepare('SELECT uid_validity AS v FROM imap_checkpoints WHERE account = ? AND mailbox = ? ORDER BY updated_at DESC')
      .all(account, mailbox) as { v: number }[]
  ).map((r) => r.v);
}

/** Records a mailbox generation seen for the first time, with nothing read from it yet. */
export function startGeneration(db: Db, account: string, mailbox: string, uidValidity: number, resyncBelow: number | null): Checkpoint {
  db.prepare(`INSERT INTO imap_checkpoints (account, mailbox, uid_validity, last_uid, resync_below, updated_at)
      VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT DO NOTHING`).run(account, mailbox, uidValidity, resyncBelow, new Date().toISOString());
  return getCheckpoint(db, account, mailbox, uidValidity)!;
}

/**
 * Moves the checkpoint forward (never back): called only after the message with this UID is
 * committed, so every UID up to it is stored.
 */
export function advanceCheckpoint(
  db: Db,
  cp: { account: string; mailbox: string; uidValidity: number; lastUid: number; highestModseq?: string | null },
): void {
  let stmt = advanceStatements.get(db);
  if (!stmt) {
    stmt = db.prepare(`UPDATE imap_checkpoints SET last_uid = max(last_uid, @lastUid),
      highest_modseq = coalesce(@highestModseq, highest_modseq), updated_at = @now
      WHERE account = @account AND mailbox = @mailbox AND uid_validity = @uidValidity`);
    advanceStatements.set(db, stmt);
  }
  stmt.run({
    highestModseq: null,
    ...cp,
    now: new Date().toISOString(),
  });
}

/**
 * Messages already stored from an earlier generation of this mailbox, by Message-ID: after a
 * UIDVALIDITY change the same mail comes back under new UIDs, maybe with rewritten headers.
 */
export function storedFromMailbox(db: Db, account: string, mailbox: string, messageId: string): number | null {
  const row = db
    .prepare(`SELECT m.id FROM messages m JOIN message_sources s ON s.message_id = m.id
      WHERE m.message_id = ? AND s.type = 'imap' AND s.account = ? AND s.mailbox = ? LIMIT 1`)
    .get(messageId, account, mailbox) as { id: number } | undefined;
  return row ? row.id : null;
}
