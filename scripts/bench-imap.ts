// npm run bench:imap: how `lhs poll` compares with the least any IMAP reader must do.
//
// Starts a throwaway Dovecot (scripts/imap-test-server.sh, ports IMAP_PORT/IMAPS_PORT, default
// 10343/10893), seeds N synthetic messages (default 10,000) by writing Maildir files, then in one run:
//   1. raw: one imapflow connection over TLS, FETCH 1:* (source), simpleParser on each, in process;
//   2. `lhs poll` of the same mailbox into a fresh database, as a child process (wall time,
//      including Node's start-up), with its peak memory (VmHWM of the poller, and the peak sum of
//      RSS over the poller and its parser processes, sampled from /proc);
//   3. `lhs import` of the same messages from the Maildir on disk: the pipeline without IMAP;
//   4. `lhs poll` again with nothing new (median of 5).
// Targets: poll at most 1.5 x raw; nothing-new poll under 0.5 s; peak memory under 300 MB.
//
//   npm run bench:imap [-- --count N]
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { seedMailbox, synthetic } from './seed-imap.js';

const ROOT = resolve(import.meta.dirname, '..');
const argCount = process.argv.indexOf('--count');
const COUNT = argCount > 0 ? Number(process.argv[argCount + 1]) : 10_000;
const IMAP_PORT = process.env.IMAP_PORT ?? '10343';
const IMAPS_PORT = process.env.IMAPS_PORT ?? '10893';

function server(cmd: 'start' | 'stop', dir?: string): string {
  return execFileSync('bash', [join(ROOT, 'scripts/imap-test-server.sh'), cmd, ...(dir ? [dir] : [])], {
    encoding: 'utf8',
    env: { ...process.env, IMAP_PORT, IMAPS_PORT },
  }).trim();
}

async function rawFetchAndParse(ca: Buffer): Promise<{ ms: number; count: number }> {
  const t = performance.now();
  const client = new ImapFlow({
    host: '127.0.0.1', port: Number(IMAPS_PORT), secure: true, tls: { ca },
    auth: { user: 'alice', pass: 'alicepass' }, logger: false,
  });
  client.on('error', () => {});
  await client.connect();
  const lock = await client.getMailboxLock('INBOX', { readOnly: true });
  let count = 0;
  try {
    for await (const msg of client.fetch('1:*', { uid: true, source: true })) {
      await simpleParser(msg.source!);
      count++;
    }
  } finally {
    lock.release();
  }
  await client.logout();
  return { ms: performance.now() - t, count };
}

/** The pid and every descendant of it (the parser processes of the pool), from /proc. */
function processTree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

function rssKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `lhs poll` as a child: wall time, and peak memory sampled from /proc every 25 ms: the
 * poller's own max RSS (VmHWM), and the largest sum of RSS over it and its parser processes.
 */
function lhsRun(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; peakMb: number; treeMb: number; out: string; code: number | null }> {
  return new Promise((done) => {
    const t = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'bin/lhs.js'), ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let peakKb = 0;
    let treeKb = 0;
    child.stdout.on('data', (d: Buffer) => (out += d));
    const sample = () => {
      peakKb = Math.max(peakKb, rssKb(child.pid!, 'VmHWM'));
      treeKb = Math.max(treeKb, processTree(child.pid!).reduce((sum, pid) => sum + rssKb(pid, 'VmRSS'), 0));
    };
    const timer = setInterval(sample, 25);
    child.on('exit', (code) => {
      const ms = performance.now() - t;
      clearInterval(timer);
      done({ ms, peakMb: peakKb / 1024, treeMb: treeKb / 1024, out, code });
    });
  });
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const dir = server('start');
  const work = join(tmpdir(), `lhs-bench-imap-${process.pid}`);
  try {
    let t = performance.now();
    seedMailbox(dir, synthetic(COUNT, 2016));
    console.log(`seeded ${COUNT} messages in ${s(performance.now() - t)}`);
    const ca = readFileSync(join(dir, 'cert.pem'));
    await rawFetchAndParse(ca); // first SELECT after seeding builds Dovecot's index: not part of either figure

    const raw = await rawFetchAndParse(ca);
    console.log(`raw imapflow fetch + simpleParser: ${raw.count} messages in ${s(raw.ms)} (${Math.round(raw.count / (raw.ms / 1000))} msg/s)`);

    const env = {
      ...process.env,
      LHS_IMAP_HOST: '127.0.0.1', LHS_IMAP_PORT: IMAPS_PORT, LHS_IMAP_USER: 'alice', LHS_IMAP_PASSWORD: 'alicepass',
      LHS_IMAP_TLS_CA: join(dir, 'cert.pem'), LHS_LOG_LEVEL: 'warn',
    };
    const db = `${work}.sqlite`;
    const poll = await lhsRun(['--db', db, 'poll', '--json'], env);
    if (poll.code !== 0) throw new Error(`lhs poll exited ${poll.code}`);
    const counts = JSON.parse(poll.out) as { new: number; known: number; failed: number };
    console.log(`lhs poll (fresh database, whole process): ${counts.new} new, ${counts.failed} failed in ${s(poll.ms)} (${Math.round(COUNT / (poll.ms / 1000))} msg/s)`);
    console.log(`ratio lhs poll / raw: ${(poll.ms / raw.ms).toFixed(2)} (target at most 1.5)`);
    console.log(
      `lhs poll peak memory: ${poll.peakMb.toFixed(0)} MB max RSS of the poller process (worker threads included); ` +
        `${poll.treeMb.toFixed(0)} MB peak sum over it and any parser child processes (target under 300 MB)`,
    );

    // The same messages through the same pipeline from the Maildir on disk: what is left of the
    // poll's time once IMAP is taken away.
    const imp = await lhsRun(['--db', `${work}-import.sqlite`, 'import', '--json', '--no-progress', join(dir, 'mail', 'alice')], env);
    console.log(`lhs import of the same messages from the Maildir on disk (no IMAP): ${s(imp.ms)}; poll / import: ${(poll.ms / imp.ms).toFixed(2)}`);

    const idle: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      const again = await lhsRun(['--db', db, 'poll', '--json'], env);
      idle.push(performance.now() - t);
      if ((JSON.parse(again.out) as { new: number }).new !== 0) throw new Error('a second poll found new mail');
    }
    idle.sort((a, b) => a - b);
    console.log(`lhs poll with nothing new: median ${s(idle[2]!)} (min ${s(idle[0]!)}, max ${s(idle[4]!)}) (target under 0.5 s)`);
  } finally {
    server('stop', dir);
    for (const f of ['', '-wal', '-shm']) {
      rmSync(`${work}.sqlite${f}`, { force: true });
      rmSync(`${work}-import.sqlite${f}`, { force: true });
    }
  }
}

await main();
