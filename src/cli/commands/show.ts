import { reconcileDb, trustNames } from '../../reconcile/index.js';
import { parseMessageRowId, requireMessage } from '../../reconcile/decide.js';
import { describeMessage, messageJson } from '../../review/render.js';
import { loadMessageDetail } from '../../store/register.js';
import type { Context } from '../context.js';

export async function runShow(ctx: Context, idText: string, opts: { json?: boolean }): Promise<void> {
  try {
    const db = ctx.db();
    const id = parseMessageRowId(idText);
    requireMessage(db, id);
    const r = reconcileDb(db);
    const m = r.messages.get(id)!;
    const detail = loadMessageDetail(db, id);
    if (opts.json) {
      process.stdout.write(JSON.stringify(messageJson(m, detail)) + '\n');
      return;
    }
    const names = trustNames(db);
    const related = m.related.map((i) => r.messages.get(i)!).filter(Boolean);
    process.stdout.write(describeMessage(m, detail, (o) => names.get(o), related) + '\n');
  } finally {
    ctx.close();
  }
}
