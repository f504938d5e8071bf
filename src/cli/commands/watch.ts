import { describeImap, resolveImap, type ImapFlags } from '../../config/imap.js';
import { EXIT, LhsError } from '../../errors.js';
import { watchMailboxes } from '../../source/imap/session.js';
import { finishRun, startRun } from '../../store/runs.js';
import { print, type Context } from '../context.js';
import { openPoller, passSummary, totals } from './poll.js';

export async function runWatch(ctx: Context, flags: ImapFlags & { json?: boolean; interval?: string }): Promise<void> {
  const s = resolveImap(flags);
  const seconds = Number(flags.interval ?? '60');
  if (!Number.isFinite(seconds) || seconds < 1) throw new LhsError(`invalid --interval "${flags.interval}" (seconds, 1 or more)`, EXIT.usage);
  const { db, stop, getPool, close } = openPoller(ctx, s, 'watch');
  // One run row for the whole watch, brought up to date after every pass: `lhs status` shows
  // the last check without a row per minute.
  const runId = startRun(db, 'poll');
  const seen = { new: 0, known: 0, failed: 0, recognised: 0, moved: 0 };
  ctx.log.info({ imap: describeImap(s), intervalSeconds: seconds }, 'watch starting');
  try {
    await watchMailboxes(db, getPool, s, {
      log: ctx.log,
      signal: stop.signal,
      intervalMs: seconds * 1000,
      onPass: (r) => {
        const t = totals([r]);
        for (const k of Object.keys(seen) as (keyof typeof seen)[]) seen[k] += t[k];
        finishRun(db, runId, seen, { account: s.account, watch: true, last: passSummary(r) });
        if (t.new + t.known + t.failed + t.recognised > 0) {
          print(flags.json ?? false, { at: new Date().toISOString(), ...passSummary(r) }, () =>
            `${new Date().toISOString()} ${s.account} ${r.mailbox}: ${t.new} new, ${t.known} already known, ${t.failed} failed` +
            (s.moveTo ? `, ${t.moved} moved to ${s.moveTo}` : ''),
          );
        }
      },
    });
    finishRun(db, runId, seen, { account: s.account, watch: true, stopped: 'signal' });
    ctx.log.info(seen, 'watch stopped');
  } finally {
    await close();
  }
}
