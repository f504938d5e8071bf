// The non-interactive staff commands as a process: decisions, their errors, the audit,
// export formats and CSV injection, later mail for a decided trust, reparse after decisions.
// Every decision comes from the labels, so nothing here depends on what the parser reads.
import { parse } from 'csv-parse/sync';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, lhs, ROOT, tempDir } from '../helpers/cli.js';
import { commandsFor, decideQueue, type Listed as ListedReading } from './decide-from-labels.js';
import { loadLabels, type Label } from './labels.js';

const MAILBOX = join(ROOT, 'fixtures', 'mailbox');
const env = { LHS_ACTOR: 'ann', LHS_LOG_LEVEL: 'error' };
const SLOW = 300_000; // tests that run the CLI dozens of times: room for a busy machine
const labels = loadLabels(MAILBOX);
const byFile = (f: string) => labels.find((l) => l.file.startsWith(f))!;
const byId = new Map(labels.map((l) => [l.messageId, l]));

function cli(db: string, args: string[], extraEnv: Record<string, string> = {}) {
  return lhs(['--db', db, ...args], { env: { ...env, ...extraEnv } });
}
function ok(db: string, args: string[], extraEnv: Record<string, string> = {}) {
  const r = cli(db, args, extraEnv);
  expect(r.code, `lhs ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r;
}
interface Listed extends ListedReading {
  messageId: string;
  status: string;
  related: number[];
}
const list = (db: string, args: string[] = []) => jsonLines<Listed>(ok(db, ['list', '--json', ...args]).stdout);
const idOf = (db: string, l: Label) => list(db).find((m) => m.messageId === l.messageId)!.id;

/** A database with one message imported: Guy's-like single nomination (03, Portsmouth). */
function oneMessage(file: string): { db: string; id: number; label: Label } {
  const db = join(tempDir(), 'one.sqlite');
  const label = byFile(file);
  ok(db, ['import', join(MAILBOX, label.file), '--no-progress']);
  return { db, id: idOf(db, label), label };
}

describe('decisions and their errors', () => {
  const { db, id } = oneMessage('03-');

  it('refuses an unknown id, an unknown trust, an invalid role, kind or e-mail, with one clear line', () => {
    const cases: [string[], RegExp, number][] = [
      [['confirm', '999'], /no message with id 999/, 4],
      [['show', 'abc'], /"abc" is not a message id/, 2],
      [['correct', String(id), '--trust', 'no such trust anywhere'], /unknown trust "no such trust anywhere"/, 2],
      [['correct', String(id), '--trust', 'university'], /matches several trusts .*give the ODS code/, 2],
      [['correct', String(id), '--trust', 'RHU', '--name', 'A B', '--role', 'boss'], /invalid role "boss" \(one of lead, deputy, joint\)/, 2],
      [['correct', String(id), '--trust', 'RHU', '--name', 'A B', '--email', 'not-an-address'], /invalid e-mail address "not-an-address"/, 2],
      [['reject', String(id), '--as', 'spam'], /invalid kind "spam" \(one of no_nomination, query, auto_reply, unrelated\)/, 2],
      [['reject', String(id), '--as', 'nomination'], /invalid kind "nomination"/, 2],
      [['correct', String(id)], /nothing to correct/, 2],
      [['correct', String(id), '--nominee', '7', '--name', 'X'], /--nominee 7/, 2],
    ];
    for (const [args, msg, code] of cases) {
      const r = cli(db, args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
    // nothing was decided by any of them
    expect(ok(db, ['history', 'RHU', '--json']).stdout).toBe('');
  }, SLOW);

  it('records who decided, when, and the values before and after; history finds the trust by code or name', () => {
    ok(db, ['correct', String(id), '--kind', 'nomination', '--trust', 'RHU', '--nominee', '1', '--name', 'Dr Susan A. Achebe', '--email', 'Susan.Achebe@porthosp.nhs.uk', '--role', 'lead']);
    ok(db, ['correct', String(id), '--nominee', '2', '--name', 'Dr Second Person', '--role', 'deputy', '--phone', '020 7946 0999'], { LHS_ACTOR: 'bob' });
    ok(db, ['correct', String(id), '--remove-nominee', '2', '--actor', 'carol']);
    const h = jsonLines<{ actor: string; action: string; decidedAt: string; before: { nominees: unknown[] } | null; after: { trust: string; nominees: { name: string }[] } }>(
      ok(db, ['history', 'portsmouth', '--json']).stdout,
    );
    expect(h.map((d) => [d.actor, d.action])).toEqual([['ann', 'correct'], ['bob', 'correct'], ['carol', 'correct']]);
    expect(h[1]!.before!.nominees).toHaveLength(1);
    expect(h[1]!.after.nominees.map((n) => n.name)).toEqual(['Dr Susan A. Achebe', 'Dr Second Person']);
    expect(h[2]!.after.nominees.map((n) => n.name)).toEqual(['Dr Susan A. Achebe']);
    expect(Date.parse(h[0]!.decidedAt)).toBeGreaterThan(Date.parse('2026-01-01'));
    const text = ok(db, ['history', 'RHU']).stdout;
    expect(text).toMatch(/RHU PORTSMOUTH HOSPITALS NHS TRUST: 3 decision\(s\)/);
    expect(text).toMatch(/bob\s+correct\s+message/);
    expect(text).toMatch(/before:[\s\S]*after:/);
  });

  it('refuses to change the audit: decisions are append-only in the database too', async () => {
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    expect(() => raw.prepare('UPDATE decisions SET actor = ?').run('mallory')).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM decisions').run()).toThrow(/append-only/);
    raw.close();
  });

  it('without a terminal, lhs review stops at once with one line naming the other commands', () => {
    const r = cli(db, ['review'], {});
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^lhs: lhs review needs a terminal; without one use: lhs list --needs-review, lhs show ID, lhs confirm ID, lhs correct ID .*lhs reject ID --as KIND$/);
  });
});

describe('export', () => {
  const { db, id } = oneMessage('03-');
  beforeAll(() => {
    ok(db, ['correct', String(id), '--kind', 'nomination', '--trust', 'RHU', '--name', '=HYPERLINK("http://x","y")', '--job-title', '+SUM(A1)', '--email', 'x@porthosp.nhs.uk', '--phone', '+44 (0)20 7946 0000 ext 1234', '--role', 'lead']);
  });

  it('neutralises a formula in a name, and puts phones in UK national format with the extension', () => {
    const csv = ok(db, ['export']).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const rows = parse(csv) as string[][];
    expect(rows[1]![3]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[1]![4]).toBe(`'+SUM(A1)`);
    expect(rows[1]![6]).toBe('020 7946 0000 ext. 1234');
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes RFC 4180 CSV with CRLF, a BOM only with --excel, JSON on request, and an owner-only file with --out', () => {
    const plain = ok(db, ['export']).stdout;
    expect(plain.startsWith('ODS code,Trust name,Role,Name,Job title,E-mail,Phone,Reply date,Source Message-ID,Confirmed by,Confirmed at\r\n')).toBe(true);
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    const out = join(tempDir(), 'leads.csv');
    ok(db, ['export', '--excel', '--out', out]);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(plain);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const json = JSON.parse(ok(db, ['export', '--format', 'json']).stdout) as Record<string, string>[];
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ ods: 'RHU', role: 'lead', name: '=HYPERLINK("http://x","y")', confirmedBy: 'ann', phone: '020 7946 0000 ext. 1234' });
  });
});

describe('list, show and chase', () => {
  const { db, id } = oneMessage('03-');
  beforeAll(() => {
    ok(db, ['correct', String(id), '--kind', 'nomination', '--trust', 'RHU', '--name', 'Dr Susan Achebe', '--role', 'lead']);
  });

  it('lists by trust, shows a message in full, and leaves a trust with a lead off the chase list', () => {
    expect(list(db, ['--trust', 'portsmouth']).map((m) => [m.id, m.status])).toEqual([[id, 'confirmed']]);
    expect(list(db, ['--trust', 'RJ1'])).toEqual([]);
    expect(ok(db, ['list']).stdout).toMatch(new RegExp(`^\\s+${id}\\s+2016-09-\\d\\d \\d\\d:\\d\\d\\s+confirmed\\s+nomination\\s+RHU`, 'm'));
    const shown = JSON.parse(ok(db, ['show', String(id), '--json']).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ id, status: 'confirmed', decidedBy: { actor: 'ann' } });
    expect(typeof shown.replyText).toBe('string');
    expect(ok(db, ['show', String(id)]).stdout).toMatch(/^message \d+ {2}\[confirmed\]\nfrom: .*\ndate: .*\nsubject: /);

    const csv = parse(ok(db, ['chase', '--format', 'csv']).stdout) as string[][];
    expect(csv[0]).toEqual(['Group', 'ODS code', 'Trust name', 'Last reply', 'Messages']);
    expect(csv.some((r) => r[1] === 'RHU')).toBe(false);
    expect(csv.slice(1).every((r) => r[0] === 'no_reply')).toBe(true);
    const text = ok(db, ['chase']).stdout;
    expect(text).toMatch(/^no reply at all: \d+$/m);
    expect(text).toMatch(/^reply waiting for review: 0$/m);
    expect(text).toMatch(/^replied but named nobody yet: 0$/m);
    expect(text).toMatch(new RegExp(`^${csv.length - 1} of \\d+ open trusts have no confirmed lead$`, 'm'));
  });
});

describe('later mail for a decided trust', () => {
  it('reopens review showing both; the correction then replaces the first nomination', () => {
    const { db, id: first, label: l17 } = oneMessage('17-');
    // staff decide the first reply (confirm or correct, from its label), whatever the parser made of it
    for (const args of commandsFor(list(db).find((m) => m.id === first)!, l17)) ok(db, args);
    expect(list(db).find((m) => m.id === first)!.status).toBe('confirmed');
    expect(parse(ok(db, ['export']).stdout).slice(1).map((r: string[]) => r[3])).toEqual(['Dr Tom Hartley']);

    const l18 = byFile('18-');
    ok(db, ['import', join(MAILBOX, l18.file), '--no-progress']);
    const second = idOf(db, l18);
    const queue = list(db, ['--needs-review']);
    expect(queue.map((m) => m.id)).toEqual([second]);
    expect(queue[0]!.related).toContain(first);
    const shown = ok(db, ['show', String(second)]).stdout;
    expect(shown).toMatch(new RegExp(`other replies for this trust:[\\s\\S]*message ${first} \\[confirmed\\]`));
    // until staff decide, the first decision still stands
    expect(parse(ok(db, ['export']).stdout).slice(1).map((r: string[]) => r[3])).toEqual(['Dr Tom Hartley']);

    decideQueue(db, byId, env);
    expect(parse(ok(db, ['export']).stdout).slice(1).map((r: string[]) => r[3])).toEqual(['Dr Nadia Qureshi']);
    expect(jsonLines(ok(db, ['history', 'RAL', '--json']).stdout).length).toBeGreaterThanOrEqual(2);
  }, SLOW);
});

describe('reparse after decisions', () => {
  it('leaves every decision standing: register, statuses and export unchanged', () => {
    const db = join(tempDir(), 'reparse.sqlite');
    ok(db, ['import', MAILBOX, '--no-progress']);
    // staff decide every message, not only the queue: then every exported row is theirs
    for (const m of list(db)) for (const args of commandsFor(m, byId.get(m.messageId)!)) ok(db, args);
    const before = { csv: ok(db, ['export']).stdout, list: list(db), history: ok(db, ['history', 'RAL', '--json']).stdout };
    expect(before.list.every((m) => m.status === 'confirmed' || m.status === 'rejected' || m.status === 'superseded')).toBe(true);
    const rp = jsonLines<{ reparsed: number }>(ok(db, ['reparse', '--all', '--json']).stdout)[0]!;
    expect(rp.reparsed).toBe(labels.length);
    expect(ok(db, ['export']).stdout).toBe(before.csv);
    expect(list(db).map((m) => [m.id, m.status, m.reading])).toEqual(before.list.map((m) => [m.id, m.status, m.reading]));
    expect(ok(db, ['history', 'RAL', '--json']).stdout).toBe(before.history);
    expect(list(db, ['--needs-review'])).toEqual([]);
  }, SLOW);
});
