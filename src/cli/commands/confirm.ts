import { confirmMessage, parseMessageRowId, resolveActor } from '../../reconcile/decide.js';
import { print, type Context } from '../context.js';
import { decidedLine } from '../../review/render.js';

export async function runConfirm(ctx: Context, idText: string, opts: { actor?: string; json?: boolean }): Promise<void> {
  try {
    const id = parseMessageRowId(idText);
    const actor = resolveActor(opts.actor);
    const d = confirmMessage(ctx.db(), id, actor);
    print(opts.json ?? false, { id, action: 'confirm', actor, decision: d.decisionId, reading: d.reading }, () => decidedLine(id, 'confirmed', actor, d.reading));
  } finally {
    ctx.close();
  }
}
