import { reconcileDb } from '../../reconcile/index.js';
import type { Db } from '../../store/db.js';
import { lastRun } from '../../store/runs.js';
import { print, type Context } from '../context.js';

export interface Status {
  messages: { total: number; byKind: Record<string, number>; byState: Record<string, number>; needsReview: number };
  trusts: { open: number; answered: number; withLead: number };
  lastImport: string | null;
  lastPoll: string | null;
}

export function readStatus(db: Db): Status {
  const total = (db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
  const byState = Object.fromEntries(
    (db.prepare('SELECT state, count(*) AS n FROM messages GROUP BY state').all() as { state: string; n: number }[]).map((r) => [r.state, r.n]),
  );
  const byKind: Record<string, number> = Object.fromEntries(
    (db.prepare(`SELECT e.kind, count(*) AS n FROM extractions e WHERE e.current = 1 GROUP BY e.kind ORDER BY e.kind`).all() as {
      kind: string;
      n: number;
    }[]).map((r) => [r.kind, r.n]),
  );
  if (byState.failed) byKind.error = byState.failed;
  // the review queue as staff see it: the parser's doubts, conflicts within a trust, and later
  // mail for a trust staff have decided (not only the parser's needs_review flag)
  const reconciled = reconcileDb(db);
  const needsReview = reconciled.queue.length;
  const open = (db.prepare('SELECT count(*) AS n FROM trusts WHERE closed IS NULL').get() as { n: number }).n;
  // a trust has answered when any reply other than an auto-reply or unrelated mail is matched to it
  const answered = (db
    .prepare(`SELECT count(DISTINCT e.trust_ods) AS n FROM extractions e JOIN trusts t ON t.ods = e.trust_ods
      WHERE e.current = 1 AND t.closed IS NULL AND e.kind IN ('nomination', 'no_nomination', 'query')`)
    .get() as { n: number }).n;
  const openCodes = new Set((db.prepare('SELECT ods FROM trusts WHERE closed IS NULL').pluck().all() as string[]));
  const withLead = [...reconciled.register.keys()].filter((ods) => openCodes.has(ods)).length;
  return {
    messages: { total, byKind, byState, needsReview },
    trusts: { open, answered, withLead },
    lastImport: lastRun(db, 'import')?.finished_at ?? null,
    lastPoll: lastRun(db, 'poll')?.finished_at ?? null,
  };
}

export async function runStatus(ctx: Context, opts: { json?: boolean }): Promise<void> {
  try {
    const s = readStatus(ctx.db());
    print(opts.json ?? false, s, () =>
      [
        `messages: ${s.messages.total} (${Object.entries(s.messages.byKind).map(([k, n]) => `${n} ${k}`).join(', ') || 'none'})`,
        `needing review: ${s.messages.needsReview}`,
        `trusts answered: ${s.trusts.answered} of ${s.trusts.open} open trusts; ${s.trusts.withLead} with a lead in the register`,
        `last import: ${s.lastImport ?? 'never'}`,
        `last poll: ${s.lastPoll ?? 'never'}`,
      ].join('\n'),
    );
  } finally {
    ctx.close();
  }
}
