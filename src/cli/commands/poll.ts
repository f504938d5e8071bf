import { describeImap, resolveImap, type ImapFlags, type ImapSettings } from '../../config/imap.js';
import type { Logger } from '../../log/logger.js';
import { ParsePool } from '../../pipeline/pool.js';
import type { PassResult } from '../../source/imap/mailboxPass.js';
import { pollOnce } from '../../source/imap/session.js';
import { acquirePollerLock } from '../../store/pollerLock.js';
import { finishRun, startRun, type RunCounts } from '../../store/runs.js';
import { allTrusts } from '../../store/trusts.js';
import type { Db } from '../../store/db.js';
import { print, type Context } from '../context.js';

/** --tls-insecure is allowed, never quiet: one line on stderr whatever the log level, and a log entry. */
export function warnIfInsecure(s: ImapSettings, log: Logger): void {
  if (!s.insecure) return;
  process.stderr.write(
    `lhs: WARNING: --tls-insecure: the certificate of ${s.host}:${s.port} is NOT checked; anyone on the network path can read the mail and the ${'accessToken' in s.auth ? 'token' : 'password'}. Use --tls-ca FILE instead.\n`,
  );
  log.warn({ host: s.host, port: s.port }, 'TLS certificate verification is turned off (--tls-insecure)');
}

/**
 * SIGTERM / SIGINT: stop taking new messages; the one in hand is stored and checkpointed, then
 * the command ends with exit 0. A second signal ends it at once.
 */
export function stopOnSignals(log: Logger): { signal: AbortSignal; dispose: () => void } {
  const ac = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (ac.signal.aborted) {
      process.stderr.write(`lhs: ${name} again: stopping now\n`);
      process.exit(130);
    }
    log.info({ signal: name }, 'stopping after the message in hand');
    ac.abort();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return {
    signal: ac.signal,
    dispose: () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    },
  };
}

export function totals(results: PassResult[]): RunCounts & { recognised: number; moved: number } {
  const t = { new: 0, known: 0, failed: 0, recognised: 0, moved: 0 };
  for (const r of results) {
    t.new += r.counts.new;
    t.known += r.counts.known;
    t.failed += r.counts.failed;
    t.recognised += r.recognised;
    t.moved += r.moved;
  }
  return t;
}

export function passSummary(r: PassResult): Record<string, unknown> {
  return { mailbox: r.mailbox, uidValidity: r.uidValidity, ...r.counts, recognised: r.recognised, moved: r.moved, resync: r.resync };
}

/** What poll and watch both hold while they run. */
export interface Poller {
  db: Db;
  stop: { signal: AbortSignal };
  /** the parse pool, started on first need: a poll with nothing new does not pay for it */
  getPool: () => ParsePool;
  /** releases the lock, the signal handlers, the pool and the database */
  close: () => Promise<void>;
}

/**
 * The database, the poller lock for every mailbox (a second poller stops here, exit 7), the
 * signal handlers and a lazy parse pool.
 */
export function openPoller(ctx: Context, s: ImapSettings, command: 'poll' | 'watch'): Poller {
  warnIfInsecure(s, ctx.log);
  const db = ctx.db();
  const release = acquirePollerLock(db, s.mailboxes.map((mailbox) => ({ account: s.account, mailbox })), command);
  const stop = stopOnSignals(ctx.log);
  let pool: ParsePool | null = null;
  return {
    db,
    stop,
    getPool: () =>
      (pool ??= new ParsePool({ trusts: allTrusts(db), maxHeapMb: ctx.config.parse.heapMb, timeoutMs: ctx.config.parse.timeoutMs })),
    close: async () => {
      stop.dispose();
      release();
      await (pool as ParsePool | null)?.close();
      ctx.close();
    },
  };
}

export async function runPoll(ctx: Context, flags: ImapFlags & { json?: boolean }): Promise<void> {
  const s = resolveImap(flags);
  const { db, stop, getPool, close } = openPoller(ctx, s, 'poll');
  const runId = startRun(db, 'poll');
  const results: PassResult[] = [];
  ctx.log.info({ imap: describeImap(s) }, 'polling');
  try {
    await pollOnce(db, getPool, s, { log: ctx.log, signal: stop.signal, onPass: (r) => results.push(r) });
    const t = totals(results);
    const interrupted = stop.signal.aborted;
    finishRun(db, runId, t, { account: s.account, mailboxes: results.map(passSummary), interrupted });
    print(flags.json ?? false, { ...t, interrupted, mailboxes: results.map(passSummary) }, () =>
      `polled ${s.account} ${s.mailboxes.join(', ')}: ${t.new} new, ${t.known} already known, ${t.failed} failed` +
      (t.recognised ? `, ${t.recognised} recognised by Message-ID` : '') +
      (s.moveTo ? `, ${t.moved} moved to ${s.moveTo}` : '') +
      (interrupted ? ' (stopped early by a signal; the next poll carries on)' : ''),
    );
  } catch (err) {
    // The run stays unfinished: `lhs status` reports the last poll that completed, not this one.
    // What it did store is kept and checkpointed; the next poll carries on from there.
    ctx.log.debug({ runId, stored: totals(results), error: (err as Error).message }, 'poll failed');
    throw err;
  } finally {
    await close();
  }
}
