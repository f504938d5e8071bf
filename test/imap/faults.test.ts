// Nothing lost, nothing twice: `lhs poll` killed with SIGKILL at random moments, the server
// dropping the connection mid-fetch (doveadm kick, a proxy that cuts the socket), SIGTERM, and
// `lhs watch` (IDLE, reconnect, the lock, a clean stop) against a real Dovecot.
import type { AddressInfo, Server } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveImap } from '../../src/config/imap.js';
import { createLogger } from '../../src/log/logger.js';
import { connect } from '../../src/source/imap/connection.js';
import { idleUntilChange } from '../../src/source/imap/session.js';
import { lhs, tempDir } from '../helpers/cli.js';
import {
  cuttingProxy,
  dbFacts,
  hasDovecot,
  lhsSpawn,
  sayIfSkipped,
  startServer,
  storedCount,
  synthetic,
  waitFor,
  type TestServer,
} from './server.js';

sayIfSkipped('test/imap/faults.test.ts');

const IMAP_PORT = 12143;
const IMAPS_PORT = 12993;
const BIG = 2000; // the SIGKILL trials
const MID = 600; // the other faults: enough to be cut mid-fetch, small enough to keep the suite quick

/** Every message of the mailbox stored exactly once: counts, Message-IDs, UIDs, checkpoint. */
function expectExactlyOnce(db: string, expected: number, mailbox: string): void {
  const f = dbFacts(db);
  expect(f.messages).toBe(expected);
  expect(f.distinctMessageIds).toBe(expected); // no Message-ID doubled (the hash is UNIQUE in the schema)
  expect(f.imapSources).toBe(expected);
  expect(f.doubledUids).toBe(0);
  const cp = f.checkpoints.filter((c) => c.mailbox === mailbox);
  expect(cp).toHaveLength(1);
  expect(cp[0]!.last_uid).toBe(expected);
}

describe.skipIf(!hasDovecot)('lhs poll and watch under faults, against Dovecot', () => {
  let srv: TestServer;
  let work: string;

  beforeAll(() => {
    srv = startServer(IMAP_PORT, IMAPS_PORT);
    work = tempDir('lhs-imap-faults-');
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Big']);
    srv.seed(synthetic(BIG, 2016), { mailbox: 'Big' });
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Mid']);
    srv.seed(synthetic(MID, 2017), { mailbox: 'Mid' });
    // builds the indexes before the clock starts
    srv.doveadm(['mailbox', 'status', '-u', 'alice', 'messages', 'Big']);
    srv.doveadm(['mailbox', 'status', '-u', 'alice', 'messages', 'Mid']);
  });
  afterAll(() => {
    srv?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(`SIGKILL at random moments during a poll of ${BIG} messages (5 trials), then a poll: each stored exactly once`, async () => {
    const env = srv.env({ LHS_IMAP_MAILBOX: 'Big' });
    const killedAt: number[] = [];
    for (let trial = 0; trial < 5; trial++) {
      const db = join(work, `kill-${trial}.sqlite`);
      // kill when a random number of messages is stored (the first trial: during start-up and login)
      const target = trial === 0 ? 0 : 1 + Math.floor(Math.random() * (BIG - 100));
      const run = lhsSpawn(['--db', db, 'poll'], env);
      if (target === 0) await new Promise((r) => setTimeout(r, 150 + Math.random() * 300));
      else await waitFor(`${target} messages stored`, () => storedCount(db) >= target, 60_000, 10);
      run.child.kill('SIGKILL');
      const killed = await run.done;
      expect(killed.code).toBe(null); // it was killed, it did not finish
      killedAt.push(storedCount(db));

      const again = lhs(['--db', db, 'poll', '--json'], { env });
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
      const counts = JSON.parse(again.stdout) as { new: number; known: number };
      expect(counts.new).toBe(BIG - killedAt[trial]!);
      expectExactlyOnce(db, BIG, 'Big');
    }
    console.log(`SIGKILL trials: killed with ${killedAt.join(', ')} of ${BIG} messages stored`);
    expect(killedAt.filter((n) => n > 0 && n < BIG).length).toBeGreaterThanOrEqual(4);
  }, 300_000);

  it('the server kicks the poller mid-fetch: the same poll connects again and completes', async () => {
    const db = join(work, 'kick.sqlite');
    const run = lhsSpawn(['--db', db, 'poll', '--json'], srv.env({ LHS_IMAP_MAILBOX: 'Mid' }));
    await waitFor('100 messages stored', () => storedCount(db) >= 100, 60_000, 10);
    srv.doveadm(['kick', 'alice']);
    const r = await run.done;
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/IMAP connection failed or dropped; connecting again/); // the warning in the log
    expect(JSON.parse(r.stdout).new).toBe(MID);
    expectExactlyOnce(db, MID, 'Mid');
  }, 180_000);

  it('a proxy cuts the socket mid-fetch: with no retries the poll exits 6 in one line, the next poll completes', async () => {
    const db = join(work, 'cut.sqlite');
    const proxy: Server = await cuttingProxy(IMAPS_PORT, 1_000_000);
    try {
      const port = String((proxy.address() as AddressInfo).port);
      const env = srv.env({ LHS_IMAP_MAILBOX: 'Mid', LHS_IMAP_PORT: port });
      // lhsSpawn, not lhs(): the proxy runs in this process and a spawnSync would starve it
      const cut = await lhsSpawn(['--db', db, 'poll', '--retries', '0'], env).done;
      expect(cut.code).toBe(6);
      expect(cut.stderr).toMatch(/^lhs: cannot reach the IMAP server 127\.0\.0\.1:\d+: connection lost\n$/);
      const partial = storedCount(db);
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(MID);

      const next = await lhsSpawn(['--db', db, 'poll', '--json'], env).done; // the proxy passes this one through
      expect(next.code).toBe(0);
      expect(JSON.parse(next.stdout).new).toBe(MID - partial);
      expectExactlyOnce(db, MID, 'Mid');
    } finally {
      proxy.close();
    }
  }, 180_000);

  it('SIGTERM during a poll: the message in hand is stored, exit 0, the next poll carries on', async () => {
    const db = join(work, 'term.sqlite');
    const env = srv.env({ LHS_IMAP_MAILBOX: 'Mid' });
    const run = lhsSpawn(['--db', db, 'poll'], env);
    await waitFor('100 messages stored', () => storedCount(db) >= 100, 60_000, 10);
    const t = Date.now();
    run.child.kill('SIGTERM');
    const r = await run.done;
    expect(Date.now() - t).toBeLessThan(5000);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/stopped early by a signal; the next poll carries on/);
    const stopped = storedCount(db);
    expect(stopped).toBeLessThan(MID);
    // what was stored is checkpointed: the next poll starts right after it
    expect(dbFacts(db).checkpoints[0]!.last_uid).toBe(stopped);
    const next = lhs(['--db', db, 'poll', '--json'], { env });
    expect(JSON.parse(next.stdout)).toMatchObject({ new: MID - stopped, known: 0 });
    expectExactlyOnce(db, MID, 'Mid');
  }, 180_000);

  it('IDLE on a connection the server closed after the last pass gives up at once, not after the interval', async () => {
    const log = createLogger('silent');
    const client = await connect(resolveImap({}, srv.env({ LHS_IMAP_MAILBOX: 'Mid' })), log);
    try {
      await client.mailboxOpen('Mid');
      srv.doveadm(['kick', 'alice']);
      await waitFor('the server to close the connection', () => !client.usable, 10_000);
      const t = Date.now();
      await expect(idleUntilChange(client, 30_000)).rejects.toMatchObject({ code: 'NoConnection' });
      expect(Date.now() - t).toBeLessThan(1000);
    } finally {
      client.close();
    }
  }, 30_000);

  it('watch: IDLE picks up new mail, holds the lock, reconnects after a kick mid-fetch, stops on SIGTERM with exit 0', async () => {
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Live']);
    srv.seed(synthetic(20, 31), { mailbox: 'Live' });
    const db = join(work, 'watch.sqlite');
    const env = srv.env({ LHS_IMAP_MAILBOX: 'Live', LHS_LOG_LEVEL: 'info' });
    const watch = lhsSpawn(['--db', db, 'watch', '--interval', '30'], env);
    let failure: Error | null = null;
    try {
      await waitFor('the first 20', () => storedCount(db) === 20);

      // a second poller on the same database and mailbox stops at once
      const second = lhs(['--db', db, 'poll'], { env });
      expect(second.code).toBe(7);
      expect(second.stderr).toMatch(/^lhs: another poller is already running on this database for alice@127\.0\.0\.1 Live \("lhs watch"/);

      // new mail arrives while it idles: picked up well before the 30 s interval
      const t = Date.now();
      srv.seed(synthetic(5, 32), { mailbox: 'Live', into: 'new' });
      await waitFor('5 new by IDLE', () => storedCount(db) === 25, 15_000);
      expect(Date.now() - t).toBeLessThan(15_000);

      // a large delivery, and the server drops the session in the middle of reading it
      srv.seed(synthetic(400, 33), { mailbox: 'Live', into: 'new' });
      await waitFor('the fetch under way', () => storedCount(db) >= 85, 30_000, 10);
      srv.doveadm(['kick', 'alice']);
      await waitFor('all 425 after the reconnect', () => storedCount(db) === 425, 60_000);

      // and it is still watching after the reconnect
      srv.seed(synthetic(3, 34), { mailbox: 'Live', into: 'new' });
      await waitFor('3 more', () => storedCount(db) === 428, 15_000);
    } catch (err) {
      failure = err as Error;
    } finally {
      watch.child.kill('SIGTERM');
    }
    const r = await watch.done;
    // a timeout alone says little: show what the watcher logged
    if (failure) throw new Error(`${failure.message} (${storedCount(db)} stored)\nlhs watch stderr, last lines:\n${r.stderr.split('\n').slice(-30).join('\n')}`);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/connecting again/);
    expect(r.stderr).toMatch(/IMAP connection made again/);
    expect(r.stdout).toMatch(/alice@127\.0\.0\.1 Live: 20 new, 0 already known, 0 failed/);
    expectExactlyOnce(db, 428, 'Live');
    // the lock went with it
    const after = lhs(['--db', db, 'poll', '--json'], { env });
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).new).toBe(0);
  }, 180_000);
});
