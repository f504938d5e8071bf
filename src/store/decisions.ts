import type { Reading } from '../reconcile/types.js';
import type { Db } from './db.js';

export type DecisionAction = 'confirm' | 'correct' | 'reject';

export interface NewDecision {
  messageRowId: number;
  action: DecisionAction;
  actor: string;
  before: Reading | null;
  after: Reading;
}

/** Appends one staff decision (the table refuses updates and deletes). The trust is the one decided, else the one before. */
export function appendDecision(db: Db, d: NewDecision, now = new Date()): number {
  const trust = d.after.trust ?? d.before?.trust ?? null;
  const info = db
    .prepare(`INSERT INTO decisions (message_id, trust_ods, action, actor, decided_at, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(d.messageRowId, trust, d.action, d.actor, now.toISOString(), d.before ? JSON.stringify(d.before) : null, JSON.stringify(d.after));
  return Number(info.lastInsertRowid);
}

export interface DecisionRecord {
  id: number;
  messageRowId: number | null;
  messageId: string | null;
  trust: string | null;
  action: string;
  actor: string;
  decidedAt: string;
  before: Reading | null;
  after: Reading | null;
}

/** Every decision that touched a trust: decided for it, or moved away from it. Oldest first. */
export function decisionsForTrust(db: Db, ods: string): DecisionRecord[] {
  const rows = db
    .prepare(`SELECT d.id, d.message_id, m.message_id AS mid, d.trust_ods, d.action, d.actor, d.decided_at, d.before, d.after
      FROM decisions d LEFT JOIN messages m ON m.id = d.message_id
      WHERE d.trust_ods = ? OR json_extract(d.before, '$.trust') = ? OR json_extract(d.after, '$.trust') = ?
      ORDER BY d.id`)
    .all(ods, ods, ods) as {
    id: number;
    message_id: number | null;
    mid: string | null;
    trust_ods: string | null;
    action: string;
    actor: string;
    decided_at: string;
    before: string | null;
    after: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    messageRowId: r.message_id,
    messageId: r.mid,
    trust: r.trust_ods,
    action: r.action,
    actor: r.actor,
    decidedAt: r.decided_at,
    before: r.before ? (JSON.parse(r.before) as Reading) : null,
    after: r.after ? (JSON.parse(r.after) as Reading) : null,
  }));
}
