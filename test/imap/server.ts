// A real Dovecot for the IMAP tests (scripts/imap-test-server.sh), and the lhs process helpers
// those tests need. Each test file uses its own ports so files can run side by side.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { seedMailbox, synthetic } from '../../scripts/seed-imap.js';
import { BIN, ROOT, type CliResult } from '../helpers/cli.js';

const hasBinary = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

/** Dovecot needs root (it switches users and chroots its login processes). */
export const hasDovecot = hasBinary('dovecot') && hasBinary('doveadm') && process.getuid?.() === 0;

export function sayIfSkipped(file: string): void {
  if (!hasDovecot) {
    console.log(
      `SKIPPED ${file}: the IMAP tests need a real Dovecot (apt-get install dovecot-imapd) and root; ` +
        `.ci/run installs it, so in CI they run.`,
    );
  }
}

export interface TestServer {
  dir: string;
  caFile: string;
  imapPort: number;
  imapsPort: number;
  /** the environment a bare `lhs poll` needs, over implicit TLS with the test CA */
  env(extra?: Record<string, string | undefined>): Record<string, string | undefined>;
  doveadm(args: string[]): string;
  /** writes messages into a mailbox as Maildir files (`into: 'new'` = delivered while running) */
  seed(messages: Iterable<Buffer>, opts?: { user?: string; mailbox?: string; into?: 'cur' | 'new' }): number;
  stop(): void;
}

export function startServer(imapPort: number, imapsPort: number, opts: { oauth2IntrospectionUrl?: string } = {}): TestServer {
  const script = join(ROOT, 'scripts', 'imap-test-server.sh');
  const portEnv = {
    ...process.env,
    IMAP_PORT: String(imapPort),
    IMAPS_PORT: String(imapsPort),
    OAUTH2_INTROSPECTION_URL: opts.oauth2IntrospectionUrl ?? '',
  };
  const dir = execFileSync('bash', [script, 'start'], { encoding: 'utf8', env: portEnv }).trim();
  const conf = join(dir, 'dovecot.conf');
  return {
    dir,
    caFile: join(dir, 'cert.pem'),
    imapPort,
    imapsPort,
    env: (extra = {}) => ({
      // every LHS_* setting explicit, so a developer's own environment cannot leak in
      LHS_DB: undefined,
      LHS_LOG_LEVEL: undefined,
      LHS_IMAP_HOST: '127.0.0.1',
      LHS_IMAP_PORT: String(imapsPort),
      LHS_IMAP_USER: 'alice',
      LHS_IMAP_PASSWORD: 'alicepass',
      LHS_IMAP_ACCESS_TOKEN: undefined,
      LHS_IMAP_MAILBOX: undefined,
      LHS_IMAP_TLS: undefined,
      LHS_IMAP_TLS_CA: join(dir, 'cert.pem'),
      ...extra,
    }),
    doveadm: (args) => execFileSync('doveadm', ['-c', conf, ...args], { encoding: 'utf8' }),
    seed: (messages, opts) => seedMailbox(dir, messages, opts),
    stop: () => execFileSync('bash', [script, 'stop', dir]),
  };
}

export { synthetic };

/** Runs `lhs` as a child process without waiting: for kill, signal and watch tests. */
export function lhsSpawn(args: string[], env: Record<string, string | undefined>): { child: ChildProcess; done: Promise<CliResult> } {
  const full: Record<string, string | undefined> = { ...process.env, ...env };
  for (const k of Object.keys(full)) if (full[k] === undefined) delete full[k];
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: full as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

/** Counts in the database, for "stored exactly once" checks. Opened read-only beside a running poller. */
export function dbFacts(file: string): {
  messages: number;
  distinctMessageIds: number;
  imapSources: number;
  doubledUids: number;
  checkpoints: { mailbox: string; uid_validity: number; last_uid: number }[];
} {
  const db = new Database(file, { readonly: true, timeout: 5000 });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      messages: one('SELECT count(*) AS n FROM messages'),
      distinctMessageIds: one('SELECT count(DISTINCT message_id) AS n FROM messages'),
      imapSources: one("SELECT count(*) AS n FROM message_sources WHERE type = 'imap'"),
      doubledUids: one(`SELECT count(*) AS n FROM (SELECT 1 FROM message_sources WHERE type = 'imap'
        GROUP BY account, mailbox, uid_validity, uid HAVING count(*) > 1)`),
      checkpoints: db.prepare('SELECT mailbox, uid_validity, last_uid FROM imap_checkpoints ORDER BY mailbox, updated_at').all() as {
        mailbox: string;
        uid_validity: number;
        last_uid: number;
      }[],
    };
  } finally {
    db.close();
  }
}

/** Messages stored so far (0 while the database does not exist yet). */
export function storedCount(file: string): number {
  try {
    const db = new Database(file, { readonly: true, timeout: 5000, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

export async function waitFor(what: string, check: () => boolean, timeoutMs = 30_000, everyMs = 25): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** True when a line of the text looks like a JavaScript stack frame. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+(\(|:\d+)/m.test(text);
}

/**
 * A TCP proxy to 127.0.0.1:port that cuts the first `cutConnections` connections after `limit`
 * bytes from the server (FIN), then forwards the rest untouched (from the recipe in
 * ../shared/docs/imap-test-server.md).
 */
export function cuttingProxy(port: number, limit: number, cutConnections = 1): Promise<net.Server> {
  let cuts = 0;
  return new Promise((resolve) => {
    const srv = net.createServer((client) => {
      const up = net.connect(port, '127.0.0.1');
      const cut = cuts++ < cutConnections;
      let seen = 0;
      client.pipe(up);
      up.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (!cut || seen < limit) {
          if (!client.write(chunk)) {
            up.pause();
            client.once('drain', () => up.resume());
          }
          return;
        }
        client.write(chunk.subarray(0, chunk.length - (seen - limit)));
        client.destroy();
        up.destroy();
      });
      up.on('error', () => client.destroy());
      client.on('error', () => up.destroy());
    });
    srv.listen(0, '127.0.0.1', () => resolve(srv));
  });
}

export function readCa(s: TestServer): Buffer {
  return readFileSync(s.caFile);
}
