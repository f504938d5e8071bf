import { parseMessageRowId, rejectMessage, resolveActor } from '../../reconcile/decide.js';
import { print, type Context } from '../context.js';
import { decidedLine } from '../../review/render.js';

export async function runReject(ctx: Context, idText: string, opts: { as: string; trust?: string; actor?: string; json?: boolean }): Promise<void> {
  try {
    const id = parseMessageRowId(idText);
    const actor = resolveActor(opts.actor);
    const d = rejectMessage(ctx.db(), id, opts.as, actor, opts.trust);
    print(opts.json ?? false, { id, action: 'reject', actor, decision: d.decisionId, reading: d.reading }, () => decidedLine(id, 'marked as not a nomination', actor, d.reading));
  } finally {
    ctx.close();
  }
}
