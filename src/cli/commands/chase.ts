import { toCsv } from '../../export/csv.js';
import { replyDay } from '../../export/rows.js';
import { chaseList, CHASE_GROUPS } from '../../reconcile/chase.js';
import { reconcileDb } from '../../reconcile/index.js';
import type { Context } from '../context.js';

/** Open trusts without a confirmed lead, grouped, so the team can send reminders. */
export async function runChase(ctx: Context, opts: { format: 'text' | 'csv'; json?: boolean }): Promise<void> {
  try {
    const db = ctx.db();
    const open = db.prepare('SELECT ods, name FROM trusts WHERE closed IS NULL ORDER BY ods').all() as { ods: string; name: string }[];
    const list = chaseList(reconcileDb(db), open);
    if (opts.json) {
      process.stdout.write(list.map((e) => JSON.stringify(e) + '\n').join(''));
      return;
    }
    if (opts.format === 'csv') {
      const rows = list.map((e) => ({
        group: e.group,
        ods: e.ods,
        name: e.name,
        lastReply: replyDay(e.lastReply),
        messages: e.messages.join(' '),
      }));
      process.stdout.write(
        toCsv(rows, [
          { key: 'group', header: 'Group' },
          { key: 'ods', header: 'ODS code' },
          { key: 'name', header: 'Trust name' },
          { key: 'lastReply', header: 'Last reply' },
          { key: 'messages', header: 'Messages' },
        ]),
      );
      return;
    }
    const out: string[] = [];
    for (const g of CHASE_GROUPS) {
      const items = list.filter((e) => e.group === g.group);
      out.push(`${g.title}: ${items.length}`);
      for (const e of items) {
        const extra = e.group === 'no_reply' ? '' : `  (last reply ${replyDay(e.lastReply)}; message ${e.messages.join(', ')})`;
        out.push(`  ${e.ods.padEnd(5)} ${e.name}${extra}`);
      }
      out.push('');
    }
    out.push(`${list.length} of ${open.length} open trusts have no confirmed lead`);
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    ctx.close();
  }
}
