import { createHash } from 'node:crypto';
import type { Extraction } from '../extraction/types.js';
import type { ProcessOutcome } from '../pipeline/processMessage.js';
import type { Origin } from '../source/types.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';

// Statements are prepared once per database: preparing per message leaves thousands of
// native statement handles for the garbage collector, which does not see their memory.
const statements = new WeakMap<Db, Map<string, Statement<unknown[]>>>();
function stmt(db: Db, sql: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = db.prepare<unknown[]>(sql)));
  return st;
}

/** The dedupe key: SHA-256 of the raw bytes with CRLF folded to LF, so a message read from a file and the same one fetched over IMAP agree. */
export function contentHash(raw: Buffer): string {
  const h = createHash('sha256');
  let start = 0;
  for (let i = raw.indexOf(0x0d); i >= 0; i = raw.indexOf(0x0d, i + 1)) {
    if (raw[i + 1] === 0x0a) {
      h.update(raw.subarray(start, i));
      start = i + 1;
    }
  }
  h.update(raw.subarray(start));
  return h.digest('hex');
}

/** Message-ID read straight from the raw header block: for messages that could not be parsed. */
export function peekMessageId(raw: Buffer): string | null {
  const end = raw.indexOf('\n\n');
  const head = raw.subarray(0, end >= 0 ? Math.min(end, 65536) : Math.min(raw.length, 65536)).toString('latin1');
  const m = /^message-id:[ \t]*(?:\r?\n[ \t]+)?(<[^>\r\n]{1,500}>)/im.exec(head);
  return m ? m[1]! : null;
}

export function findByHash(db: Db, sha256: string): number | null {
  const row = stmt(db, 'SELECT id FROM messages WHERE sha256 = ?').get(sha256) as { id: number } | undefined;
  return row ? row.id : null;
}

export function addSource(db: Db, messageRowId: number, origin: Origin): void {
  const now = new Date().toISOString();
  if (origin.type === 'file') {
    stmt(db, `INSERT INTO message_sources (message_id, type, path, seen_at) VALUES (?, 'file', ?, ?)
      ON CONFLICT DO NOTHING`).run(messageRowId, origin.path, now);
  } else {
    stmt(db, `INSERT INTO message_sources (message_id, type, account, mailbox, uid_validity, uid, seen_at)
      VALUES (?, 'imap', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`).run(
      messageRowId, origin.account, origin.mailbox, origin.uidValidity, origin.uid, now,
    );
  }
}

/** Adds an extraction (and its nominees) as the current one for the message. */
export function insertExtraction(
  db: Db,
  messageRowId: number,
  e: Extraction,
  parserVersion: string,
  attachments: unknown[] = [],
): number {
  stmt(db, 'UPDATE extractions SET current = 0 WHERE message_id = ? AND current = 1').run(messageRowId);
  const info = stmt(db, `INSERT INTO extractions (message_id, parser_version, created_at, current, kind, trust_ods, trust_candidates,
      needs_review, reasons, supersedes, reply_text, signature, attachments)
      VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(
      messageRowId, parserVersion, new Date().toISOString(), e.kind, e.trust?.ods ?? null, JSON.stringify(e.trustCandidates),
      e.needsReview ? 1 : 0, JSON.stringify(e.reasons), e.supersedes ? 1 : 0, e.replyText, e.signature, JSON.stringify(attachments),
    );
  const extractionId = Number(info.lastInsertRowid);
  const ins = stmt(db, `INSERT INTO nominees (extraction_id, position, name, email, phone, job_title, role)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  e.nominees.forEach((n, i) => ins.run(extractionId, i, n.name, n.email, n.phone, n.jobTitle, n.role));
  return extractionId;
}

export type StoreResult = { status: 'new' | 'failed'; id: number } | { status: 'known'; id: number };

/**
 * Stores one message with its parse outcome in a single transaction: the raw bytes, where it
 * came from, and either its extraction or the reason it failed. A message already stored
 * (same content) only gains a source row.
 */
export function storeMessage(db: Db, origin: Origin, raw: Buffer, outcome: ProcessOutcome, parserVersion: string, sha256 = contentHash(raw)): StoreResult {
  return db.transaction((): StoreResult => {
    const known = findByHash(db, sha256);
    if (known !== null) {
      addSource(db, known, origin);
      return { status: 'known', id: known };
    }
    const now = new Date().toISOString();
    const m = outcome.ok ? outcome.message : null;
    const info = stmt(db, `INSERT INTO messages (message_id, sha256, raw, size, subject, from_address, from_name, sent_at, stored_at, state, error)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        m ? m.messageId : peekMessageId(raw), sha256, raw, raw.length, m?.subject ?? null, m?.from?.address ?? null,
        m?.from?.name ?? null, m?.date ?? null, now, outcome.ok ? 'parsed' : 'failed', outcome.ok ? null : outcome.error,
      );
    const id = Number(info.lastInsertRowid);
    addSource(db, id, origin);
    if (m) insertExtraction(db, id, m.extraction, parserVersion, m.attachments);
    return { status: outcome.ok ? 'new' : 'failed', id };
  }).immediate();
}

/** Records a message that a source could not even read (no bytes): kept as failed with its reason. */
export function storeUnreadable(db: Db, origin: Origin, error: string): StoreResult {
  const raw = Buffer.from(`X-Lhs-Unreadable: ${error.replace(/[\r\n]+/g, ' ')}\n`);
  return storeMessage(db, origin, raw, { ok: false, error }, 'none', contentHash(Buffer.concat([raw, Buffer.from(JSON.stringify(origin))])));
}
