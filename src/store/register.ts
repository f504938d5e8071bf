import type { Kind, Nominee, Role } from '../extraction/types.js';
import type { DecisionFacts, ExtractionFacts, MessageFacts, Reading } from '../reconcile/types.js';
import type { Db } from './db.js';

interface Row {
  id: number;
  message_id: string | null;
  subject: string | null;
  from_address: string | null;
  from_name: string | null;
  sent_at: string | null;
  stored_at: string;
  state: 'parsed' | 'failed';
  error: string | null;
  eid: number | null;
  parser_version: string | null;
  created_at: string | null;
  kind: string | null;
  trust_ods: string | null;
  trust_candidates: string | null;
  needs_review: number | null;
  reasons: string | null;
  supersedes: number | null;
  did: number | null;
  action: string | null;
  actor: string | null;
  decided_at: string | null;
  after: string | null;
}

interface NomineeRow {
  extraction_id: number;
  name: string;
  email: string | null;
  phone: string | null;
  job_title: string | null;
  role: Role;
}

/**
 * Every message with its current extraction and latest decision: what the register is derived
 * from. Raw bytes and reply text are left out (see loadMessageDetail), so this stays fast.
 */
export function loadMessageFacts(db: Db, onlyId?: number): MessageFacts[] {
  const rows = db
    .prepare(`SELECT m.id, m.message_id, m.subject, m.from_address, m.from_name, m.sent_at, m.stored_at, m.state, m.error,
        e.id AS eid, e.parser_version, e.created_at, e.kind, e.trust_ods, e.trust_candidates, e.needs_review, e.reasons, e.supersedes,
        d.id AS did, d.action, d.actor, d.decided_at, d.after
      FROM messages m
      LEFT JOIN extractions e ON e.message_id = m.id AND e.current = 1
      LEFT JOIN latest_decisions d ON d.message_id = m.id
      ${onlyId === undefined ? '' : 'WHERE m.id = ?'}
      ORDER BY m.id`)
    .all(...(onlyId === undefined ? [] : [onlyId])) as Row[];
  const nominees = new Map<number, Nominee[]>();
  const nRows = db
    .prepare(`SELECT n.extraction_id, n.name, n.email, n.phone, n.job_title, n.role FROM nominees n
      JOIN extractions e ON e.id = n.extraction_id AND e.current = 1
      ${onlyId === undefined ? '' : 'WHERE e.message_id = ?'}
      ORDER BY n.extraction_id, n.position`)
    .all(...(onlyId === undefined ? [] : [onlyId])) as NomineeRow[];
  for (const n of nRows) {
    let list = nominees.get(n.extraction_id);
    if (!list) nominees.set(n.extraction_id, (list = []));
    list.push({ name: n.name, email: n.email, phone: n.phone, jobTitle: n.job_title, role: n.role });
  }
  return rows.map((r) => toFacts(r, nominees));
}

function toFacts(r: Row, nominees: Map<number, Nominee[]>): MessageFacts {
  let extraction: ExtractionFacts | null = null;
  if (r.eid !== null) {
    extraction = {
      id: r.eid,
      parserVersion: r.parser_version!,
      createdAt: r.created_at!,
      reading: {
        kind: r.kind as Kind,
        trust: r.trust_ods,
        nominees: nominees.get(r.eid) ?? [],
        supersedes: r.supersedes === 1,
      },
      needsReview: r.needs_review === 1,
      reasons: JSON.parse(r.reasons ?? '[]') as string[],
      trustCandidates: JSON.parse(r.trust_candidates ?? '[]') as { ods: string; name: string }[],
    };
  }
  let decision: DecisionFacts | null = null;
  if (r.did !== null) {
    decision = { id: r.did, action: r.action!, actor: r.actor!, decidedAt: r.decided_at!, reading: JSON.parse(r.after!) as Reading };
  }
  return {
    id: r.id,
    messageId: r.message_id,
    subject: r.subject,
    fromAddress: r.from_address,
    fromName: r.from_name,
    sentAt: r.sent_at,
    storedAt: r.stored_at,
    state: r.state,
    error: r.error,
    extraction,
    decision,
  };
}

/** What review and `lhs show` display beside the facts: the reply text, signature and attachments. */
export interface MessageDetail {
  replyText: string | null;
  signature: string | null;
  attachments: { filename: string | null; contentType: string; size: number; problem: string | null }[];
}

export function loadMessageDetail(db: Db, id: number): MessageDetail {
  const row = db
    .prepare(`SELECT e.reply_text, e.signature, e.attachments FROM extractions e WHERE e.message_id = ? AND e.current = 1`)
    .get(id) as { reply_text: string | null; signature: string | null; attachments: string } | undefined;
  return {
    replyText: row?.reply_text ?? null,
    signature: row?.signature ?? null,
    attachments: row ? (JSON.parse(row.attachments) as MessageDetail['attachments']) : [],
  };
}

export function messageExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM messages WHERE id = ?').get(id) !== undefined;
}
