import { reconcileDb } from '../../reconcile/index.js';
import { resolveTrust } from '../../reconcile/decide.js';
import { byDate } from '../../reconcile/register.js';
import { listLine, messageJson } from '../../review/render.js';
import type { Context } from '../context.js';

/** Messages with their status; the review queue with --needs-review. */
export async function runList(ctx: Context, opts: { needsReview?: boolean; trust?: string; json?: boolean }): Promise<void> {
  try {
    const db = ctx.db();
    const ods = opts.trust !== undefined ? resolveTrust(db, opts.trust).ods : undefined;
    const r = reconcileDb(db);
    let list = opts.needsReview ? r.queue : [...r.messages.values()].sort(byDate);
    if (ods) list = list.filter((m) => m.reading?.trust === ods || m.facts.extraction?.reading.trust === ods);
    if (opts.json) {
      process.stdout.write(list.map((m) => JSON.stringify(messageJson(m)) + '\n').join(''));
      return;
    }
    if (!list.length) {
      process.stdout.write(opts.needsReview ? 'nothing needs review\n' : 'no messages\n');
      return;
    }
    process.stdout.write(`   id  date (UTC)        status      kind           trust  from | nominees\n`);
    process.stdout.write(list.map((m) => listLine(m) + '\n').join(''));
    if (opts.needsReview) process.stdout.write(`${list.length} to review: "lhs review", or "lhs show ID" then confirm / correct / reject\n`);
  } finally {
    ctx.close();
  }
}
