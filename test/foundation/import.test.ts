// `lhs import` run as a process: idempotence, --json, Maildir and mbox, the database file.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMboxrd } from '../../scripts/gen-mailbox.js';
import { syntheticMailbox } from '../../scripts/lib/synthetic.js';
import { lhs, ROOT, tempDir } from '../helpers/cli.js';

const MAILBOX = 'fixtures/mailbox';
const emlCount = readdirSync(MAILBOX).filter((f) => f.endsWith('.eml')).length;

function importJson(db: string, ...paths: string[]) {
  const r = lhs(['--db', db, 'import', '--json', ...paths]);
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as { new: number; known: number; failed: number };
}

describe('lhs import', () => {
  it('imports the sample mailbox once: a second run adds nothing', () => {
    const db = join(tempDir(), 'lhs.sqlite');
    const first = lhs(['--db', db, 'import', MAILBOX]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^imported ${emlCount} messages: ${emlCount} new, 0 already known, 0 failed\\n$`));
    const second = importJson(db, MAILBOX);
    expect(second).toEqual({ new: 0, known: emlCount, failed: 0 });
    const d = new Database(db, { readonly: true });
    expect((d.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n).toBe(emlCount);
    // every message parsed, with its extraction, its source path, its hash and its raw bytes
    expect((d.prepare("SELECT count(*) AS n FROM messages WHERE state = 'parsed' AND length(raw) = size").get() as { n: number }).n).toBe(emlCount);
    expect((d.prepare('SELECT count(*) AS n FROM extractions WHERE current = 1').get() as { n: number }).n).toBe(emlCount);
    expect((d.prepare("SELECT count(DISTINCT message_id) AS n FROM message_sources WHERE type = 'file' AND path LIKE 'fixtures/mailbox/%.eml'").get() as { n: number }).n).toBe(emlCount);
    expect((d.prepare("SELECT count(*) AS n FROM runs WHERE type = 'import' AND finished_at IS NOT NULL").get() as { n: number }).n).toBe(2);
    d.close();
  });

  it('imports all of fixtures/ (good, broken and client samples) twice: the second run adds 0', () => {
    const db = join(tempDir(), 'lhs.sqlite');
    const first = importJson(db, 'fixtures/');
    expect(first.new).toBeGreaterThanOrEqual(emlCount);
    expect(first.failed).toBe(5); // fixtures/bad
    expect(importJson(db, 'fixtures/')).toEqual({ new: 0, known: first.new + first.failed, failed: 0 });
  });

  it('shows a progress bar on a terminal, and none with --no-progress or --json', () => {
    // script(1) (util-linux, in every Debian) gives lhs a pseudo-terminal
    const run = (extra: string[]) => {
      const db = join(tempDir(), 'lhs.sqlite');
      const cmd = ['node', 'bin/lhs.js', '--db', db, 'import', ...extra, 'fixtures/mailbox'].map((a) => `'${a}'`).join(' ');
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const tty = run([]);
    expect(tty).toMatch(/importing \| \d+ messages/);
    expect(tty).toMatch(new RegExp(`imported ${emlCount} messages: ${emlCount} new, 0 already known, 0 failed`));
    expect(run(['--no-progress'])).not.toMatch(/importing \|/);
    const json = run(['--json']);
    expect(json).not.toMatch(/importing \|/);
    expect(json).toMatch(/\{"new":\d+,"known":0,"failed":0\}/);
  });

  it('--json prints exactly {"new","known","failed"}', () => {
    const db = join(tempDir(), 'lhs.sqlite');
    const r = lhs(['--db', db, 'import', '--json', `${MAILBOX}/01-outlook2010-bwh.eml`, `${MAILBOX}/02-owa-barnsley.eml`]);
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['new', 'known', 'failed']);
    expect(JSON.parse(r.stdout)).toEqual({ new: 2, known: 0, failed: 0 });
  });

  it('creates the database owner-only (0600), in WAL mode, with its migrations recorded', () => {
    const db = join(tempDir(), 'lhs.sqlite');
    importJson(db, `${MAILBOX}/03-plain-portsmouth.eml`);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    const d = new Database(db, { readonly: true });
    expect(d.pragma('journal_mode', { simple: true })).toBe('wal');
    const migrations = d.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all() as { version: number; name: string; applied_at: string }[];
    const files = readdirSync('migrations').filter((f) => /^\d+_.+\.sql$/.test(f)).sort();
    expect(migrations.map((m) => `${String(m.version).padStart(3, '0')}_${m.name}.sql`)).toEqual(files);
    for (const m of migrations) expect(Number.isNaN(Date.parse(m.applied_at))).toBe(false);
    // the trust list is loaded on first open
    expect((d.prepare('SELECT count(*) AS n FROM trusts').get() as { n: number }).n).toBeGreaterThan(200);
    d.close();
  });

  it('reads a Maildir and an mbox of the same mail: the second adds nothing, and no "From " body line splits a message', () => {
    const dir = tempDir();
    const count = 300;
    const messages = [...syntheticMailbox(count, 11)].map((m) => m.raw);
    const fromLines = messages.filter((raw) => /\nFrom /.test(raw.toString('latin1'))).length;
    expect(fromLines).toBeGreaterThan(5); // the generator puts the trap in about one message in ten

    const maildir = join(dir, 'Maildir');
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
    messages.forEach((raw, i) => writeFileSync(join(maildir, i % 3 ? 'cur' : 'new', `1473782400.M${i}P1.host:2,S`), raw));
    const mbox = join(dir, 'replies.mbox');
    writeFileSync(mbox, Buffer.concat(messages.map((raw, i) => toMboxrd(raw, 'MAILER-DAEMON', new Date(Date.UTC(2016, 8, 14, 9, 0, i))))));

    const db = join(dir, 'lhs.sqlite');
    expect(importJson(db, maildir)).toEqual({ new: count, known: 0, failed: 0 });
    // same bytes in the mbox (after mboxrd unescaping): all already known, none split
    expect(importJson(db, mbox)).toEqual({ new: 0, known: count, failed: 0 });
    const d = new Database(db, { readonly: true });
    expect((d.prepare("SELECT count(*) AS n FROM message_sources WHERE path LIKE '%replies.mbox#%'").get() as { n: number }).n).toBe(count);
    const stored = (d.prepare("SELECT count(*) AS n FROM messages WHERE instr(CAST(raw AS TEXT), char(10) || 'From ') > 0").get() as { n: number }).n;
    expect(stored).toBe(fromLines);
    d.close();
  });

  it('an mbox written without escaping (mboxo): body lines beginning "From " do not split', () => {
    const dir = tempDir();
    const msg = (n: number, body: string) =>
      `From nhs-sender@nhs.net Wed Sep 14 09:1${n}:55 2016\nFrom: "Sender ${n}" <sender${n}@nhs.net>\nTo: england.cso@nhs.net\nSubject: RE: Lead Healthcare Scientists (LHS)\nDate: Wed, 14 Sep 2016 09:1${n}:55 +0100\nMessage-ID: <mboxo-${n}@nhs.net>\n\n${body}\n\n`;
    const mbox = join(dir, 'unescaped.mbox');
    writeFileSync(
      mbox,
      msg(1, 'Dear Fiona,\n\nFrom the Trust\'s point of view this is welcome.\nTel: 0113 496 0001\n\nFrom 1 October 2016 our lead is Dr A Example.\nNote: she starts then.') +
        msg(2, 'Dear Fiona,\n\nFrom Monday Sep 19 2016 we will have a lead.\n\nRegards') +
        msg(3, 'Last one.'),
    );
    const db = join(dir, 'lhs.sqlite');
    expect(importJson(db, mbox)).toEqual({ new: 3, known: 0, failed: 0 });
    const d = new Database(db, { readonly: true });
    const raws = (d.prepare('SELECT CAST(raw AS TEXT) AS raw FROM messages ORDER BY id').all() as { raw: string }[]).map((r) => r.raw);
    expect(raws[0]).toContain("\nFrom the Trust's point of view this is welcome.\nTel: 0113 496 0001\n\nFrom 1 October 2016 our lead is Dr A Example.\nNote: she starts then.");
    expect(raws[1]).toContain('\nFrom Monday Sep 19 2016 we will have a lead.\n');
    d.close();
  });

  it('reads the From_ lines of other mbox writers (any first line, zone before the year, "From -", CRLF)', () => {
    const dir = tempDir();
    const raws = [...syntheticMailbox(4, 9)].map((m) => m.raw.toString('latin1').replace(/\r?\n/g, '\r\n'));
    const mbox = join(dir, 'takeout.mbox');
    writeFileSync(
      mbox,
      // the first line makes the file an mbox, whatever its date looks like; later ones must be asctime
      `From 1543879274@xxx Tue, 13 Sep 2016 15:42:00 +0000\r\n${raws[0]}\r\n` +
        `From 1543879275@xxx Wed Sep 14 09:12:55 +0000 2016\r\n${raws[1]}\r\n` +
        `From - Wed Sep 14 09:12:55 2016\r\n${raws[2]}\r\n` +
        `From someone@nhs.net  Thu Sep  1 08:00:00 BST 2016\r\n${raws[3]}\r\n`,
      'latin1',
    );
    expect(importJson(join(dir, 'lhs.sqlite'), mbox)).toEqual({ new: 4, known: 0, failed: 0 });
  });

  it('a folder holding .eml files, an mbox and a Maildir reads them all', () => {
    const dir = tempDir();
    const raws = [...syntheticMailbox(9, 5)].map((m) => m.raw);
    writeFileSync(join(dir, 'a.eml'), raws[0]!);
    writeFileSync(join(dir, 'b.eml'), raws[1]!);
    writeFileSync(join(dir, 'archive.mbox'), Buffer.concat(raws.slice(2, 5).map((r) => toMboxrd(r, 'x@nhs.net', new Date(Date.UTC(2016, 8, 20))))));
    const md = join(dir, 'box');
    for (const s of ['cur', 'new', 'tmp']) mkdirSync(join(md, s), { recursive: true });
    raws.slice(5).forEach((r, i) => writeFileSync(join(md, 'new', `m${i}`), r));
    writeFileSync(join(dir, 'notes.txt'), 'not mail, and not read');
    expect(importJson(join(dir, 'lhs.sqlite'), dir)).toEqual({ new: 9, known: 0, failed: 0 });
  });
});
