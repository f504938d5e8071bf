import { EXIT, LhsError } from '../../errors.js';
import { resolveActor } from '../../reconcile/decide.js';
import type { Context } from '../context.js';

export const NO_TERMINAL =
  'lhs review needs a terminal; without one use: lhs list --needs-review, lhs show ID, lhs confirm ID, lhs correct ID --trust/--name/..., lhs reject ID --as KIND';

/** The interactive review. Refuses at once without a terminal, rather than hang on a prompt. */
export async function runReview(ctx: Context, opts: { actor?: string }): Promise<void> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) throw new LhsError(NO_TERMINAL, EXIT.usage);
  try {
    const actor = resolveActor(opts.actor);
    const db = ctx.db();
    const { reviewQueue } = await import('../../review/interactive.js');
    await reviewQueue(db, actor);
  } finally {
    ctx.close();
  }
}
