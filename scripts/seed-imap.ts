// Fills a mailbox of the test Dovecot (scripts/imap-test-server.sh) by writing Maildir files
// straight into it: 10,000 messages in seconds, where APPEND takes half a minute.
//
//   tsx scripts/seed-imap.ts DIR [--count N] [--seed S] [--user alice] [--mailbox INBOX] [--fixtures]
//
// DIR is the folder `imap-test-server.sh start` printed. Messages come from the synthetic
// generator (scripts/lib/synthetic.ts) or, with --fixtures, from fixtures/mailbox/*.eml.
// They are left unseen (no \Seen flag), so a test can tell that a poll did not mark them read.
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticMessages } from './lib/synthetic.js';

const NOBODY = 65534; // Dovecot stores the test users' mail as nobody:nogroup

function ownedDir(path: string): void {
  if (!existsSync(path)) mkdirSync(path, { recursive: true });
  chownSync(path, NOBODY, NOBODY);
}

/** The Maildir of a user's mailbox (Maildir++ layout: INBOX at the top, others as .Name). */
export function maildirOf(serverDir: string, user: string, mailbox: string): string {
  const home = join(serverDir, 'mail', user);
  return mailbox.toUpperCase() === 'INBOX' ? home : join(home, `.${mailbox.replace(/\//g, '.')}`);
}

let serial = 0;

/**
 * Writes the messages into the mailbox, creating it if needed. `into: 'new'` delivers them as
 * new mail, the way an MDA does while the server runs. The S= size must be exact: with a wrong
 * one Dovecot drops the connection in the middle of a FETCH.
 */
export function seedMailbox(
  serverDir: string,
  messages: Iterable<Buffer>,
  opts: { user?: string; mailbox?: string; into?: 'cur' | 'new' } = {},
): number {
  const user = opts.user ?? 'alice';
  const home = join(serverDir, 'mail', user);
  ownedDir(join(serverDir, 'mail'));
  ownedDir(home);
  const box = maildirOf(serverDir, user, opts.mailbox ?? 'INBOX');
  for (const sub of ['', 'cur', 'new', 'tmp']) ownedDir(join(box, sub));
  if (box !== home && !existsSync(join(box, 'maildirfolder'))) {
    writeFileSync(join(box, 'maildirfolder'), '');
    chownSync(join(box, 'maildirfolder'), NOBODY, NOBODY);
  }
  const into = opts.into ?? 'cur';
  const stamp = Math.floor(Date.now() / 1000);
  let n = 0;
  for (const raw of messages) {
    const name = `${stamp}.M${serial++}P${process.pid}.seed,S=${raw.length}${into === 'cur' ? ':2,' : ''}`;
    // written in tmp/ and renamed, as an MDA delivers: a server watching new/ never sees half a file
    const staged = join(box, 'tmp', name);
    writeFileSync(staged, raw);
    chownSync(staged, NOBODY, NOBODY);
    renameSync(staged, join(box, into, name));
    n++;
  }
  return n;
}

/** Synthetic replies: realistic shapes, distinct Message-IDs, same bytes for the same (count, seed). */
export function synthetic(count: number, seed = 1): Iterable<Buffer> {
  return syntheticMessages(count, seed);
}

/** The labelled fixture messages (fixtures/mailbox/*.eml). */
export function fixtureMessages(root = resolve(import.meta.dirname, '..')): Buffer[] {
  const dir = join(root, 'fixtures', 'mailbox');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

function main(argv: string[]): void {
  const [dir, ...rest] = argv;
  if (!dir || dir.startsWith('-')) {
    process.stderr.write('usage: tsx scripts/seed-imap.ts DIR [--count N] [--seed S] [--user alice] [--mailbox INBOX] [--fixtures]\n');
    process.exit(2);
  }
  const opt = (name: string, dflt: string) => {
    const i = rest.indexOf(name);
    return i >= 0 && rest[i + 1] ? rest[i + 1]! : dflt;
  };
  const user = opt('--user', 'alice');
  const mailbox = opt('--mailbox', 'INBOX');
  const t = Date.now();
  const n = rest.includes('--fixtures')
    ? seedMailbox(dir, fixtureMessages(), { user, mailbox })
    : seedMailbox(dir, synthetic(Number(opt('--count', '1000')), Number(opt('--seed', '1'))), { user, mailbox });
  process.stdout.write(`seeded ${n} messages into ${user}/${mailbox} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
