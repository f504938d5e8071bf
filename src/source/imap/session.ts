import type { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import type { ImapSettings } from '../../config/imap.js';
import type { ParsePool } from '../../pipeline/pool.js';
import type { Db } from '../../store/db.js';
import { backoffMs, classify, connect, disconnect, sleep, toLhsError } from './connection.js';
import { pollMailbox, type PassOptions, type PassResult } from './mailboxPass.js';

export interface SessionOptions extends PassOptions {
  /** called after each mailbox pass, also a partial one */
  onPass?: (r: PassResult) => void;
}

/** imapflow's own logs join ours, under a component name; at debug level only, as it is chatty. */
function imapLogger(log: Logger): Logger {
  const child = log.child({ component: 'imapflow' });
  if (!child.isLevelEnabled('debug')) child.level = 'silent'; // its errors reach the user through ours
  return child;
}

/** Logs why the connection is being made again and returns the wait. */
function announceRetry(log: Logger, err: unknown, attempt: number, waitMs: number): number {
  log.warn(
    { code: (err as { code?: string }).code, reason: (err as Error).message, attempt, retryInMs: waitMs },
    'IMAP connection failed or dropped; connecting again',
  );
  return waitMs;
}

function progressed(r: PassResult): boolean {
  return r.counts.new + r.counts.known + r.counts.failed + r.recognised > 0;
}

/**
 * `lhs poll`: one pass over every mailbox. A connection that fails or drops is made again
 * (a new ImapFlow each time) up to `retries` times with backoff; progress resets the count, so a
 * server that keeps cutting us off still gets read to the end. Login and certificate failures
 * are not retried: trying again cannot fix them.
 */
export async function pollOnce(db: Db, pool: () => ParsePool, s: ImapSettings, opts: SessionOptions): Promise<PassResult[]> {
  const results: PassResult[] = [];
  const pending = [...s.mailboxes];
  const flowLog = imapLogger(opts.log);
  let failures = 0;
  while (pending.length && !opts.signal?.aborted) {
    let client: ImapFlow | null = null;
    let retryIn = 0;
    try {
      client = await connect(s, flowLog);
      while (pending.length && !opts.signal?.aborted) {
        const r = await pollMailbox(client, db, pool, s, pending[0]!, opts);
        results.push(r);
        opts.onPass?.(r);
        if (r.lost) {
          if (progressed(r)) failures = 0;
          throw r.lost;
        }
        pending.shift();
      }
    } catch (err) {
      failures++;
      if (classify(err) !== 'network' || failures > s.retries || opts.signal?.aborted) {
        throw toLhsError(err, s, { attempts: failures, mailbox: pending[0] });
      }
      retryIn = announceRetry(opts.log, err, failures, backoffMs(failures));
    } finally {
      await disconnect(client);
    }
    if (retryIn) await sleep(retryIn, opts.signal);
  }
  return results;
}

export interface WatchOptions extends SessionOptions {
  /** longest wait between checks: the poll interval without IDLE, and a safety check with it */
  intervalMs: number;
  /** longest backoff between reconnects */
  maxBackoffMs?: number;
}

/**
 * Waits in IDLE until the server reports new mail, the connection drops, the interval passes
 * (IDLE can die silently behind a NAT box, so a check runs anyway), or the signal fires.
 */
export function idleUntilChange(client: ImapFlow, intervalMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      client.off('exists', onExists);
      client.off('close', onClose);
      signal?.removeEventListener('abort', done);
    };
    const done = () => {
      cleanup();
      resolve();
    };
    const onExists = () => done();
    const onClose = () => {
      cleanup();
      reject(Object.assign(new Error('the server closed the connection while idle'), { code: 'NoConnection' }));
    };
    const timer = setTimeout(done, intervalMs);
    client.on('exists', onExists);
    client.on('close', onClose);
    signal?.addEventListener('abort', done, { once: true });
    if (signal?.aborted) return done();
    // the connection may have closed at the end of the pass, its 'close' already emitted:
    // idling on it would wait out the whole interval before anyone noticed
    if (!client.usable) return onClose();
    client.idle().catch(() => {
      /* a dropped connection is reported by 'close' */
    });
  });
}

/** Without IDLE: wait the interval, then check. A dropped connection shows up in the next pass. */
async function waitInterval(client: ImapFlow, intervalMs: number, signal?: AbortSignal): Promise<void> {
  await sleep(intervalMs, signal);
  if (!client.usable) throw Object.assign(new Error('the connection was lost while waiting'), { code: 'NoConnection' });
}

/**
 * `lhs watch`: a pass over every mailbox, then IDLE (one mailbox, server has IDLE) or the
 * interval, and again, until the signal. A dropped connection is made again with backoff and
 * jitter, for ever: a long-running service outlives server restarts. Login and certificate
 * failures end it (exit 5, 8) rather than hammer the server.
 */
export async function watchMailboxes(db: Db, pool: () => ParsePool, s: ImapSettings, opts: WatchOptions): Promise<void> {
  const flowLog = imapLogger(opts.log);
  let failures = 0;
  while (!opts.signal?.aborted) {
    let client: ImapFlow | null = null;
    let retryIn = 0;
    try {
      client = await connect(s, flowLog);
      if (failures) opts.log.warn({ after: failures }, 'IMAP connection made again');
      const useIdle = s.mailboxes.length === 1 && client.capabilities.has('IDLE');
      opts.log.info({ mode: useIdle ? 'IDLE' : `every ${opts.intervalMs / 1000} s` }, 'watching');
      while (!opts.signal?.aborted) {
        let last: PassResult | null = null;
        for (const mailbox of s.mailboxes) {
          last = await pollMailbox(client, db, pool, s, mailbox, opts);
          opts.onPass?.(last);
          if (last.lost) throw last.lost;
          if (opts.signal?.aborted) break;
        }
        failures = 0;
        if (opts.signal?.aborted) break;
        // Mail that came while the pass was storing was announced before anyone listened for
        // it: look again now rather than idle until the interval.
        const box = client.mailbox;
        if (useIdle && last && box && box.exists !== last.existsListed) continue;
        if (useIdle) await idleUntilChange(client, opts.intervalMs, opts.signal);
        else await waitInterval(client, opts.intervalMs, opts.signal);
      }
    } catch (err) {
      if (opts.signal?.aborted) break;
      if (classify(err) !== 'network') throw toLhsError(err, s, { mailbox: s.mailboxes[0] });
      failures++;
      retryIn = announceRetry(opts.log, err, failures, backoffMs(failures, 1000, opts.maxBackoffMs ?? 5 * 60_000));
    } finally {
      await disconnect(client);
    }
    if (retryIn) await sleep(retryIn, opts.signal);
  }
}
