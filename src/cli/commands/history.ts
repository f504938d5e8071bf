import { resolveTrust } from '../../reconcile/decide.js';
import { trustNames } from '../../reconcile/index.js';
import { describeReading } from '../../review/render.js';
import { decisionsForTrust } from '../../store/decisions.js';
import type { Context } from '../context.js';

/** Every decision about a trust, oldest first, with the values before and after. */
export async function runHistory(ctx: Context, trustText: string, opts: { json?: boolean }): Promise<void> {
  try {
    const db = ctx.db();
    const trust = resolveTrust(db, trustText);
    const list = decisionsForTrust(db, trust.ods);
    if (opts.json) {
      process.stdout.write(list.map((d) => JSON.stringify(d) + '\n').join(''));
      return;
    }
    const names = trustNames(db);
    const name = (o: string) => names.get(o);
    const out = [`${trust.ods} ${trust.name}: ${list.length} decision(s)`];
    for (const d of list) {
      out.push(
        '',
        `${d.decidedAt}  ${d.actor}  ${d.action}  message ${d.messageRowId ?? '-'} ${d.messageId ?? ''}`.trimEnd(),
        'before:',
        d.before ? describeReading(d.before, name) : '  (nothing)',
        'after:',
        d.after ? describeReading(d.after, name) : '  (nothing)',
      );
    }
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    ctx.close();
  }
}
