import { hostname } from 'node:os';
import { EXIT, LhsError } from '../errors.js';
import type { Db } from './db.js';

export interface LockKey {
  account: string;
  mailbox: string;
}

interface LockRow {
  account: string;
  mailbox: string;
  pid: number;
  hostname: string;
  command: string;
  started_at: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** A row whose process is gone: it died without releasing (SIGKILL, crash). Only knowable on the same host. */
function stale(row: LockRow, host: string): boolean {
  return row.hostname === host && (row.pid === process.pid || !alive(row.pid));
}

/**
 * Takes the poller lock for every mailbox at once, or none: a second poller on the same database
 * and mailbox stops at once (exit 7). Returns the release function.
 */
export function acquirePollerLock(db: Db, keys: LockKey[], command: 'poll' | 'watch'): () => void {
  const host = hostname();
  db.transaction(() => {
    const get = db.prepare('SELECT * FROM imap_poller_locks WHERE account = ? AND mailbox = ?');
    const put = db.prepare(`INSERT INTO imap_poller_locks (account, mailbox, pid, hostname, command, started_at)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account, mailbox) DO UPDATE SET
      pid = excluded.pid, hostname = excluded.hostname, command = excluded.command, started_at = excluded.started_at`);
    for (const k of keys) {
      const row = get.get(k.account, k.mailbox) as LockRow | undefined;
      if (row && !stale(row, host)) {
        throw new LhsError(
          `another poller is already running on this database for ${k.account} ${k.mailbox} ` +
            `("lhs ${row.command}", pid ${row.pid} on ${row.hostname}, since ${row.started_at})`,
          EXIT.locked,
        );
      }
      put.run(k.account, k.mailbox, process.pid, host, command, new Date().toISOString());
    }
  }).immediate();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const del = db.prepare('DELETE FROM imap_poller_locks WHERE account = ? AND mailbox = ? AND pid = ? AND hostname = ?');
    db.transaction(() => {
      for (const k of keys) del.run(k.account, k.mailbox, process.pid, host);
    })();
  };
}
