import type { Db } from './db.js';

export interface RunCounts {
  new: number;
  known: number;
  failed: number;
}

export function startRun(db: Db, type: 'import' | 'poll' | 'reparse'): number {
  return Number(db.prepare('INSERT INTO runs (type, started_at) VALUES (?, ?)').run(type, new Date().toISOString()).lastInsertRowid);
}

export function finishRun(db: Db, id: number, counts: RunCounts, detail?: unknown): void {
  db.prepare('UPDATE runs SET finished_at = ?, new = ?, known = ?, failed = ?, detail = ? WHERE id = ?').run(
    new Date().toISOString(), counts.new, counts.known, counts.failed, detail === undefined ? null : JSON.stringify(detail), id,
  );
}

export function lastRun(db: Db, type: string): { started_at: string; finished_at: string | null } | null {
  return (
    (db.prepare('SELECT started_at, finished_at FROM runs WHERE type = ? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1').get(type) as
      | { started_at: string; finished_at: string | null }
      | undefined) ?? null
  );
}
