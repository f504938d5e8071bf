// Bad input, run as a process: each broken message is stored with its error and counted as
// failed, the import goes on and exits 0; paths, databases and settings that are wrong stop
// with one clear line and the documented exit code.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../scripts/lib/office.js';
import { outlook2010 } from '../../scripts/lib/shapes.js';
import { checkLooksLikeEmail, UnreadableMessageError } from '../../src/message/readMessage.js';
import { bigBody, bigHtml } from '../helpers/bigMessages.js';
import { lhs, ROOT, tempDir } from '../helpers/cli.js';

const GOOD = ['fixtures/mailbox/01-outlook2010-bwh.eml', 'fixtures/mailbox/03-plain-portsmouth.eml'];

// the big messages written at test time (30 MB each) are removed afterwards
const bigDirs: string[] = [];
afterAll(() => {
  for (const d of bigDirs) rmSync(d, { recursive: true, force: true });
});
const bigDir = () => {
  const d = tempDir();
  bigDirs.push(d);
  return d;
};

interface Row {
  state: string;
  error: string | null;
  path: string;
}

function rows(db: string): Row[] {
  const d = new Database(db, { readonly: true });
  const r = d
    .prepare('SELECT m.state, m.error, s.path FROM messages m JOIN message_sources s ON s.message_id = m.id ORDER BY s.path')
    .all() as Row[];
  d.close();
  return r;
}

function importJson(db: string, paths: string[], env: Record<string, string> = {}) {
  const r = lhs(['--db', db, 'import', '--json', ...paths], { env });
  return { ...r, counts: r.stdout.trim() ? (JSON.parse(r.stdout) as { new: number; known: number; failed: number }) : null };
}

describe('bad input to lhs import', () => {
  it('stores each broken fixture with its error, counts it failed, reads the rest, exits 0', () => {
    const db = join(tempDir(), 'lhs.sqlite');
    const r = importJson(db, ['fixtures/bad', ...GOOD]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.counts).toEqual({ new: 3, known: 0, failed: 5 });
    const byName = Object.fromEntries(rows(db).map((x) => [x.path.split('/').pop(), x]));
    expect(byName['empty.eml']).toMatchObject({ state: 'failed', error: 'empty message' });
    expect(byName['binary-garbage.eml']).toMatchObject({ state: 'failed', error: expect.stringMatching(/binary/) });
    expect(byName['no-headers.eml']).toMatchObject({ state: 'failed', error: expect.stringMatching(/no header block/) });
    expect(byName['broken-boundary.eml']).toMatchObject({ state: 'failed', error: expect.stringMatching(/broken MIME/) });
    expect(byName['truncated-in-text.eml']).toMatchObject({ state: 'failed', error: expect.stringMatching(/truncated/) });
    // cut short inside the attachment, after the whole text: read, the problem kept
    expect(byName['truncated-in-attachment.eml']).toMatchObject({ state: 'parsed', error: null });
    // the raw bytes of failed messages are kept, so a better parser can try again
    const d = new Database(db, { readonly: true });
    const raw = d.prepare("SELECT raw FROM messages WHERE error LIKE 'broken MIME%'").pluck().get() as Buffer;
    expect(raw.equals(readFileSync('fixtures/bad/broken-boundary.eml'))).toBe(true);
    d.close();
  });

  it('a 30 MB attachment is stored, counted failed, and the import goes on', () => {
    const dir = bigDir();
    const big = outlook2010({
      from: { name: 'Big Attachment', email: 'big.attachment@nhs.net' },
      date: 'Thu, 15 Sep 2016 10:00:00 +0000',
      subject: 'RE: Lead Healthcare Scientists (LHS)',
      messageId: '<thirty-mb@nhs.net>',
      text: 'Please find our scanned reply attached.',
      attachments: [{ filename: 'scan.pdf', contentType: 'application/pdf', data: Buffer.alloc(30 * 1048576, 0x41) }],
    });
    writeFileSync(join(dir, 'big.eml'), big);
    for (const g of GOOD) copyFileSync(g, join(dir, g.split('/').pop()!));
    const db = join(dir, 'lhs.sqlite');
    const r = importJson(db, [dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.counts).toEqual({ new: 2, known: 0, failed: 1 });
    const failed = rows(db).find((x) => x.path.endsWith('big.eml'))!;
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/over the 32\.0 MB limit for parsing/);
  });

  it('a message that exhausts the parser heap fails alone', () => {
    const dir = bigDir();
    // 30 MB of text needs well over a 48 MB heap; the ordinary replies need far less
    writeFileSync(join(dir, 'huge-body.eml'), bigBody(30));
    for (const g of GOOD) copyFileSync(g, join(dir, g.split('/').pop()!));
    const db = join(dir, 'lhs.sqlite');
    const r = importJson(db, [dir], { LHS_PARSE_HEAP_MB: '48' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.counts).toEqual({ new: 2, known: 0, failed: 1 });
    expect(rows(db).find((x) => x.path.endsWith('huge-body.eml'))).toMatchObject({ state: 'failed', error: 'parsing ran out of memory (over 48 MB)' });
  });

  it('a message that takes longer than the time limit fails alone', () => {
    const dir = bigDir();
    // 4 MB of HTML table rows: about 2 s of MIME and HTML work on this machine (10 MB runs out of a 256 MB heap)
    writeFileSync(join(dir, 'slow.eml'), bigHtml(40_000));
    for (const g of GOOD) copyFileSync(g, join(dir, g.split('/').pop()!));
    const db = join(dir, 'lhs.sqlite');
    const r = importJson(db, [dir], { LHS_PARSE_TIMEOUT: '0.5' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.counts).toEqual({ new: 2, known: 0, failed: 1 });
    expect(rows(db).find((x) => x.path.endsWith('slow.eml'))).toMatchObject({ state: 'failed', error: 'parsing took longer than 0.5 s' });
  });

  it('exits 4 when nothing could be read, and says so in one line', () => {
    const db = join(tempDir(), 'lhs.sqlite');
    const r = lhs(['--db', db, 'import', 'fixtures/bad/empty.eml', 'fixtures/bad/binary-garbage.eml']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^lhs: none of the 2 messages could be read\n$/m);
    // both are still stored with their errors
    expect(rows(db).map((x) => x.state)).toEqual(['failed', 'failed']);
  });
});

describe('checkLooksLikeEmail', () => {
  const refuses = (raw: Buffer) => {
    expect(() => checkLooksLikeEmail(raw)).toThrow(UnreadableMessageError);
  };
  it('refuses empty, binary and non-mail files', () => {
    for (const f of ['empty.eml', 'binary-garbage.eml', 'no-headers.eml']) refuses(readFileSync(join('fixtures/bad', f)));
    // random bytes without any NUL
    const noNul = Buffer.from(readFileSync('fixtures/bad/binary-garbage.eml').map((b) => b || 1));
    refuses(noNul);
    refuses(Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
    refuses(buildDocx({ heading: ['not mail'], rows: [['Name', 'X']] }));
    refuses(Buffer.from('<html><body><p>Our lead is Dr X</p></body></html>\n'));
    refuses(Buffer.from('{"kind": "nomination", "from": "x@nhs.net"}\n'));
    refuses(Buffer.from('Name: Dr Jane Smith\nEmail: jane@nhs.net\n\nA reply form typed as text, not a message.\n'));
    refuses(Buffer.from('\n\n\n'));
  });
  it('accepts real messages, with or without an mbox From_ line', () => {
    for (const f of GOOD) expect(() => checkLooksLikeEmail(readFileSync(f))).not.toThrow();
    expect(() => checkLooksLikeEmail(Buffer.concat([Buffer.from('From x@nhs.net Wed Sep 14 09:12:55 2016\n'), readFileSync(GOOD[0]!)]))).not.toThrow();
  });
});

describe('wrong paths, databases and settings: one line, the documented exit code', () => {
  const oneLine = (s: string) => s.trim().split('\n').length === 1;

  it('a path that does not exist: exit 4', () => {
    const r = lhs(['--db', join(tempDir(), 'lhs.sqlite'), 'import', 'fixtures/mailbox', '/no/such/folder']);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe('lhs: no such file or folder: /no/such/folder\n');
    const p = lhs(['parse', '--json', '/no/such/file.eml']);
    expect(p.code).toBe(4);
    expect(oneLine(p.stderr)).toBe(true);
  });

  it('a file that is not an lhs database: exit 3', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'this is not a database at all, just some text that is long enough '.repeat(20));
    const other = join(dir, 'other.sqlite');
    const d = new Database(other);
    d.exec('CREATE TABLE things (x)');
    d.close();
    for (const file of [text, other]) {
      for (const args of [['status'], ['import', 'fixtures/mailbox/01-outlook2010-bwh.eml']]) {
        const r = lhs(['--db', file, ...args]);
        expect(r.code).toBe(3);
        expect(r.stderr).toMatch(/^lhs: .* is not an lhs database/);
        expect(oneLine(r.stderr)).toBe(true);
      }
    }
    // and neither file was changed
    expect(readFileSync(text, 'utf8')).toMatch(/^this is not a database/);
  });

  it('a database that another process holds a write lock on: exit 3', async () => {
    const db = join(tempDir(), 'lhs.sqlite');
    expect(lhs(['--db', db, 'import', 'fixtures/mailbox/01-outlook2010-bwh.eml']).code).toBe(0);
    // another process takes the write lock and keeps it
    const holder = spawn(
      process.execPath,
      ['-e', `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(db)}); d.exec('BEGIN EXCLUSIVE'); process.stdout.write('locked\\n'); setTimeout(() => {}, 60000);`],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const c = spawn(process.execPath, ['bin/lhs.js', '--db', db, 'import', 'fixtures/mailbox/02-owa-barnsley.eml'], { cwd: ROOT });
        let stderr = '';
        c.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
        c.on('close', (code) => resolve({ code, stderr }));
      });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^lhs: (database .*lhs\.sqlite: locked|the database is locked) by another process; try again when it has finished\n$/);
    } finally {
      holder.kill();
    }
  }, 30_000);

  it('an unknown LHS_ setting or an invalid log level: exit 2', () => {
    const db = join(tempDir(), 'lhs.sqlite');
    const unknown = lhs(['--db', db, 'status'], { env: { LHS_DATABASE: 'x.sqlite' } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^lhs: unknown setting LHS_DATABASE in the environment/);
    expect(oneLine(unknown.stderr)).toBe(true);
    const envLevel = lhs(['--db', db, 'status'], { env: { LHS_LOG_LEVEL: 'loud' } });
    expect(envLevel.code).toBe(2);
    expect(envLevel.stderr).toBe('lhs: invalid log level "loud" in LHS_LOG_LEVEL (one of fatal, error, warn, info, debug, trace, silent)\n');
    const flagLevel = lhs(['--db', db, '--log-level', 'loud', 'status']);
    expect(flagLevel.code).toBe(2);
    expect(flagLevel.stderr).toMatch(/argument 'loud' is invalid/);
    expect(flagLevel.stderr.trim().split('\n').length).toBeLessThanOrEqual(2); // the error and a one-line hint, not the whole help
    const timeout = lhs(['--db', db, 'status'], { env: { LHS_PARSE_TIMEOUT: 'soon' } });
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toMatch(/^lhs: invalid LHS_PARSE_TIMEOUT "soon"/);
  });
});
