// `lhs poll` against a real Dovecot: new mail once and only once, read-only, UIDVALIDITY
// changes, --move-to, the poller lock, and one clear line for each way a connection fails.
import { rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lhs, tempDir } from '../helpers/cli.js';
import { dbFacts, hasDovecot, hasStackTrace, sayIfSkipped, startServer, synthetic, type TestServer } from './server.js';

sayIfSkipped('test/imap/poll.test.ts');

const IMAP_PORT = 11143;
const IMAPS_PORT = 11993;

/** The same synthetic messages every time for a seed: a mailbox can be rebuilt byte for byte. */
const batch = (count: number, seed: number) => [...synthetic(count, seed)];

function pollJson(db: string, env: Record<string, string | undefined>, args: string[] = []) {
  const r = lhs(['--db', db, 'poll', '--json', ...args], { env });
  if (r.code !== 0) throw new Error(`lhs poll exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as {
    new: number; known: number; failed: number; recognised: number; moved: number;
    mailboxes: { mailbox: string; uidValidity: number; resync: boolean }[];
  };
}

describe.skipIf(!hasDovecot)('lhs poll against Dovecot', () => {
  let srv: TestServer;
  let work: string;

  beforeAll(() => {
    srv = startServer(IMAP_PORT, IMAPS_PORT);
    work = tempDir('lhs-imap-poll-');
    // a user whose password is unlike anything else in a log, for the redaction test
    writeFileSync(join(srv.dir, 'users'), 'carol:{PLAIN}Pw-9f3Kq-unlikely-string\n', { flag: 'a' });
  });
  afterAll(() => {
    srv?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('first poll stores every message, a second stores none, new mail only the new ones', () => {
    srv.seed(batch(40, 101));
    const db = join(work, 'basic.sqlite');
    const env = srv.env();

    const first = pollJson(db, env);
    expect(first).toMatchObject({ new: 40, known: 0, failed: 0 });

    const second = pollJson(db, env);
    expect(second).toMatchObject({ new: 0, known: 0, failed: 0 });

    srv.seed(batch(7, 102), { into: 'new' });
    const third = pollJson(db, env);
    expect(third).toMatchObject({ new: 7, known: 0, failed: 0 });

    const facts = dbFacts(db);
    expect(facts.messages).toBe(47);
    expect(facts.distinctMessageIds).toBe(47);
    expect(facts.imapSources).toBe(47);
    expect(facts.doubledUids).toBe(0);
    expect(facts.checkpoints).toHaveLength(1);
    expect(facts.checkpoints[0]!.last_uid).toBe(47);

    // read-only: the shared mailbox's unread mail is still unread
    const flags = srv.doveadm(['fetch', '-u', 'alice', 'flags', 'mailbox', 'INBOX', 'all']);
    expect(flags).not.toMatch(/\\Seen/);
    expect(flags.match(/^flags:/gm)).toHaveLength(47);

    // `lhs status` sees the poll
    const status = lhs(['--db', db, 'status', '--json'], { env });
    expect(JSON.parse(status.stdout).lastPoll).toBeTruthy();
  });

  it('a bare `lhs poll` works from LHS_IMAP_* alone, over STARTTLS too, and prints one plain line', () => {
    const db = join(work, 'bare.sqlite');
    const r = lhs(['poll'], { env: srv.env({ LHS_DB: db, LHS_IMAP_TLS: 'starttls', LHS_IMAP_PORT: String(IMAP_PORT) }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^polled alice@127\.0\.0\.1 INBOX: 47 new, 0 already known, 0 failed\n$/);
  });

  it('reads several mailboxes, each with its own checkpoint', () => {
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Forms']);
    srv.seed(batch(5, 103), { mailbox: 'Forms' });
    const db = join(work, 'several.sqlite');
    const r = pollJson(db, srv.env({ LHS_IMAP_MAILBOX: 'INBOX,Forms' }));
    expect(r.new).toBe(52);
    expect(r.mailboxes.map((m) => m.mailbox)).toEqual(['INBOX', 'Forms']);
    expect(dbFacts(db).checkpoints.map((c) => [c.mailbox, c.last_uid])).toEqual([['Forms', 5], ['INBOX', 47]]);
    // the flag wins over the environment
    expect(pollJson(db, srv.env({ LHS_IMAP_MAILBOX: 'INBOX,Forms' }), ['--mailbox', 'Forms']).mailboxes).toHaveLength(1);
  });

  it('a mailbox recreated with the same messages (new UIDVALIDITY) is read again without duplicates', () => {
    const mail = batch(30, 104);
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Replies']);
    srv.seed(mail, { mailbox: 'Replies' });
    const db = join(work, 'uidvalidity.sqlite');
    const env = srv.env({ LHS_IMAP_MAILBOX: 'Replies' });
    const first = pollJson(db, env);
    expect(first.new).toBe(30);

    // same bytes under a new UIDVALIDITY
    srv.doveadm(['mailbox', 'delete', '-u', 'alice', 'Replies']);
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Replies']);
    srv.seed(mail, { mailbox: 'Replies' });
    const second = pollJson(db, env);
    expect(second.mailboxes[0]!.uidValidity).not.toBe(first.mailboxes[0]!.uidValidity);
    expect(second.mailboxes[0]!.resync).toBe(true);
    expect(second.new).toBe(0);
    expect(second.known + second.recognised).toBe(30);

    // and again with headers rewritten (as a server migration does): same Message-IDs, other bytes
    srv.doveadm(['mailbox', 'delete', '-u', 'alice', 'Replies']);
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Replies']);
    srv.seed(mail.map((m) => Buffer.concat([Buffer.from('X-Migrated: yes\r\n'), m])), { mailbox: 'Replies' });
    const third = pollJson(db, env);
    expect(third).toMatchObject({ new: 0, recognised: 30 });

    // new mail after the change is new
    srv.seed(batch(3, 105), { mailbox: 'Replies', into: 'new' });
    expect(pollJson(db, env)).toMatchObject({ new: 3, recognised: 0 });

    const facts = dbFacts(db);
    expect(facts.messages).toBe(33);
    expect(facts.distinctMessageIds).toBe(33);
    expect(facts.imapSources).toBe(30 * 3 + 3); // each generation's UIDs are recorded
    expect(facts.doubledUids).toBe(0);
    expect(new Set(facts.checkpoints.map((c) => c.uid_validity)).size).toBe(3);
  });

  it('--move-to moves each message once it is stored, and only then', () => {
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Incoming']);
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Done']);
    srv.seed(batch(12, 106), { mailbox: 'Incoming' });
    const db = join(work, 'move.sqlite');
    const env = srv.env({ LHS_IMAP_MAILBOX: 'Incoming' });
    expect(pollJson(db, env, ['--move-to', 'Done'])).toMatchObject({ new: 12, moved: 12 });
    const count = (box: string) => Number(/messages=(\d+)/.exec(srv.doveadm(['mailbox', 'status', '-u', 'alice', 'messages', box]))![1]);
    expect(count('Incoming')).toBe(0);
    expect(count('Done')).toBe(12);
    expect(pollJson(db, env, ['--move-to', 'Done'])).toMatchObject({ new: 0, moved: 0 });
    expect(dbFacts(db).messages).toBe(12);
  });

  it('a second poller on the same database and mailbox exits at once with exit 7; a dead one is taken over', () => {
    const db = join(work, 'lock.sqlite');
    const env = srv.env();
    pollJson(db, env);
    const h = new Database(db);
    // a live process (this test) holds the INBOX lock
    h.prepare(`INSERT INTO imap_poller_locks (account, mailbox, pid, hostname, command, started_at)
      VALUES ('alice@127.0.0.1', 'INBOX', ?, ?, 'watch', '2026-01-01T00:00:00Z')`).run(process.pid, hostname());
    const t = Date.now();
    const r = lhs(['--db', db, 'poll'], { env });
    expect(Date.now() - t).toBeLessThan(5000);
    expect(r.code).toBe(7);
    expect(r.stderr).toMatch(/^lhs: another poller is already running on this database for alice@127\.0\.0\.1 INBOX \("lhs watch", pid \d+/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // another mailbox is not locked
    srv.doveadm(['mailbox', 'create', '-u', 'alice', 'Other']);
    expect(lhs(['--db', db, 'poll', '--mailbox', 'Other'], { env }).code).toBe(0);
    // a lock left by a process that died (SIGKILL) does not block
    h.prepare('UPDATE imap_poller_locks SET pid = 2147483 WHERE mailbox = ?').run('INBOX');
    h.close();
    expect(lhs(['--db', db, 'poll'], { env }).code).toBe(0);
    const left = new Database(db, { readonly: true });
    expect((left.prepare('SELECT count(*) AS n FROM imap_poller_locks').get() as { n: number }).n).toBe(0);
    left.close();
  });

  describe('one clear line and the right exit code', () => {
    it('wrong password: exit 5', () => {
      const r = lhs(['--db', join(work, 'e1.sqlite'), 'poll'], { env: srv.env({ LHS_IMAP_PASSWORD: 'wrong' }) });
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(/^lhs: IMAP login refused for alice at 127\.0\.0\.1:11993 \(password\): .+\n$/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    });

    it('unreachable host: exit 6', () => {
      const r = lhs(['--db', join(work, 'e2.sqlite'), 'poll', '--retries', '0'], { env: srv.env({ LHS_IMAP_PORT: '1' }) });
      expect(r.code).toBe(6);
      expect(r.stderr).toBe('lhs: cannot reach the IMAP server 127.0.0.1:1: connection refused\n');
    });

    it('unreachable host after retries: exit 6, says how many attempts', () => {
      const r = lhs(['--db', join(work, 'e3.sqlite'), 'poll', '--retries', '1'], { env: srv.env({ LHS_IMAP_PORT: '1', LHS_LOG_LEVEL: 'error' }) });
      expect(r.code).toBe(6);
      expect(r.stderr).toBe('lhs: cannot reach the IMAP server 127.0.0.1:1 after 2 attempts: connection refused\n');
    });

    it('untrusted certificate: exit 8, and the hint for a private CA', () => {
      const r = lhs(['--db', join(work, 'e4.sqlite'), 'poll'], { env: srv.env({ LHS_IMAP_TLS_CA: undefined }) });
      expect(r.code).toBe(8);
      expect(r.stderr).toMatch(/^lhs: the certificate of 127\.0\.0\.1:11993 is not trusted \(self[- ]signed certificate\); for a private CA give its certificate with --tls-ca FILE\n$/);
    });

    it('--log-level debug adds the stack trace', () => {
      const r = lhs(['--db', join(work, 'e5.sqlite'), '--log-level', 'debug', 'poll'], { env: srv.env({ LHS_IMAP_TLS_CA: undefined }) });
      expect(r.code).toBe(8);
      expect(hasStackTrace(r.stderr)).toBe(true);
    });

    it('--tls-insecure connects, with a loud warning', () => {
      const r = lhs(['--db', join(work, 'e6.sqlite'), 'poll', '--tls-insecure'], { env: srv.env({ LHS_IMAP_TLS_CA: undefined }) });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^lhs: WARNING: --tls-insecure: the certificate of 127\.0\.0\.1:11993 is NOT checked/);
    });

    it('configuration errors: exit 2 (no host, no credentials, a password on the command line, an unknown mailbox)', () => {
      const db = join(work, 'e7.sqlite');
      expect(lhs(['--db', db, 'poll'], { env: srv.env({ LHS_IMAP_HOST: undefined }) })).toMatchObject({ code: 2, stderr: 'lhs: no IMAP server: set LHS_IMAP_HOST or --host\n' });
      expect(lhs(['--db', db, 'poll'], { env: srv.env({ LHS_IMAP_PASSWORD: undefined }) }).code).toBe(2);
      expect(lhs(['--db', db, 'poll', '--password', 'alicepass'], { env: srv.env() }).code).toBe(2);
      const r = lhs(['--db', db, 'poll', '--mailbox', 'Nope'], { env: srv.env() });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^lhs: no mailbox "Nope" for alice at 127\.0\.0\.1:11993\n$/);
      expect(lhs(['--db', db, 'poll', '--move-to', 'Nowhere'], { env: srv.env() })).toMatchObject({
        code: 2,
        stderr: 'lhs: no folder "Nowhere" to move stored messages to, for alice at 127.0.0.1:11993\n',
      });
    });
  });

  describe('secrets never reach the logs', () => {
    it('password: debug logs of a whole poll, imapflow included, do not contain it', () => {
      const secret = 'Pw-9f3Kq-unlikely-string';
      const pwFile = join(work, 'carol.pw');
      writeFileSync(pwFile, `${secret}\n`, { mode: 0o600 });
      // from the environment
      const a = lhs(['--db', join(work, 's1.sqlite'), '--log-level', 'trace', 'poll'], { env: srv.env({ LHS_IMAP_USER: 'carol', LHS_IMAP_PASSWORD: secret }) });
      expect(a.code).toBe(0);
      expect(a.stderr).toMatch(/"component":"imapflow"/); // imapflow's logs do join ours
      expect(a.stderr).toMatch(/LOGIN|AUTHENTICATE/);
      expect(a.stderr).not.toContain(secret);
      expect(a.stderr).not.toContain(Buffer.from(`\0carol\0${secret}`).toString('base64'));
      // from --password-file
      const b = lhs(['--db', join(work, 's2.sqlite'), '--log-level', 'trace', 'poll', '--password-file', pwFile], {
        env: srv.env({ LHS_IMAP_USER: 'carol', LHS_IMAP_PASSWORD: undefined }),
      });
      expect(b.code).toBe(0);
      expect(b.stderr).not.toContain(secret);
      // and when the login is refused
      const c = lhs(['--db', join(work, 's3.sqlite'), '--log-level', 'trace', 'poll'], { env: srv.env({ LHS_IMAP_USER: 'carol', LHS_IMAP_PASSWORD: `${secret}-not` }) });
      expect(c.code).toBe(5);
      expect(c.stderr).not.toContain(secret);
    });

    it('OAuth2 access token: absent from debug logs; a refused token is exit 5', () => {
      const token = 'ya29.Token-7hQ2-unlikely-string';
      const r = lhs(['--db', join(work, 's4.sqlite'), '--log-level', 'trace', 'poll'], {
        env: srv.env({ LHS_IMAP_PASSWORD: undefined, LHS_IMAP_ACCESS_TOKEN: token, LHS_IMAP_USER: 'england.cso@nhs.net' }),
      });
      expect(r.code).toBe(5); // the test Dovecot has no XOAUTH2
      expect(r.stderr).toMatch(/IMAP login refused for england\.cso@nhs\.net at 127\.0\.0\.1:11993 \(OAuth2 access token\)/);
      expect(r.stderr).not.toContain(token);
      expect(r.stderr).not.toContain(Buffer.from(`user=england.cso@nhs.net\x01auth=Bearer ${token}\x01\x01`).toString('base64'));
    });
  });
});

