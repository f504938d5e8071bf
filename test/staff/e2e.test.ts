// End to end, as a process: import the labelled sample mailbox, resolve the review queue with
// the non-interactive commands (deciding from the labels), export, and compare with
// fixtures/expected-export.csv row by row.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lhs, ROOT, tempDir } from '../helpers/cli.js';
import { decideQueue, undecidable } from './decide-from-labels.js';
import { loadLabels } from './labels.js';

const MAILBOX = join(ROOT, 'fixtures', 'mailbox');
const EXPECTED = join(ROOT, 'fixtures', 'expected-export.csv');
const env = { LHS_ACTOR: 'e2e-staff', LHS_LOG_LEVEL: 'error' };

// As shared/docs/parse-contract.md "How the scorer compares": titles and post-nominals dropped,
// case, spaces and apostrophes folded; phones as digits, +44 as 0, extension dropped.
const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const TITLE = /^(dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame)\.?\s+/;
const POST = /,?\s+(phd|frcpath|csci|msc|fipem|bsc|mbe|obe|frcp|dphil|fibms|fhcs)\.?$/;
function foldName(s: string): string {
  let n = fold(s);
  for (let prev = ''; prev !== n; ) {
    prev = n;
    n = n.replace(TITLE, '').replace(POST, '');
  }
  return n.replace(/\./g, '');
}
const phoneDigits = (s: string) => s.replace(/\s*(ext\.?|x|extension)\s*\d+\s*$/i, '').replace(/\D/g, '').replace(/^44/, '0').replace(/^00/, '0');

describe('import, review with the non-interactive commands, export', () => {
  const db = join(tempDir(), 'e2e.sqlite');
  const labels = new Map(loadLabels(MAILBOX).map((l) => [l.messageId, l]));
  let ran: string[][] = [];

  beforeAll(() => {
    const imp = lhs(['--db', db, 'import', MAILBOX, '--no-progress'], { env });
    expect(imp.code, imp.stderr).toBe(0);
    ran = decideQueue(db, labels, env);
  }, 300_000); // one process per decision: room for a busy machine

  it('empties the review queue, but for replies even staff cannot place', () => {
    const q = lhs(['--db', db, 'list', '--needs-review', '--json'], { env });
    expect(q.code).toBe(0);
    const left = q.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { messageId: string });
    for (const m of left) expect(undecidable(labels.get(m.messageId)!), m.messageId).toBe(true);
    // every message is now decided by staff, or was read surely by the parser and stands
    const all = lhs(['--db', db, 'list', '--json'], { env }).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { status: string });
    expect(all).toHaveLength(labels.size);
    expect(all.filter((m) => m.status === 'review')).toHaveLength(left.length);
    console.log(`e2e: ${ran.length} decision commands resolved the review queue`);
  });

  it('exports exactly the leads the labels name, row by row', () => {
    const out = lhs(['--db', db, 'export'], { env });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.includes('\r\n')).toBe(true);
    expect(out.stdout.replace(/\r\n/g, '').includes('\n')).toBe(false); // CRLF only (no field here holds a line break)
    const got = parse(out.stdout) as string[][];
    const want = parse(readFileSync(EXPECTED, 'utf8')) as string[][];
    expect(got[0]).toEqual(want[0]);
    expect(got.length).toBe(want.length);
    for (let i = 1; i < want.length; i++) {
      const [g, w] = [got[i]!, want[i]!];
      const where = `row ${i} (${w[0]} ${w[3]})`;
      expect(g[9], `${where}: confirmed by`).toMatch(/^(e2e-staff|lhs-extract\/.+)$/);
      expect(Number.isNaN(Date.parse(g[10]!)), `${where}: confirmed at`).toBe(false);
      // trust, role, reply date and source message: exact
      expect([g[0], g[1], g[2], g[7], g[8]], where).toEqual([w[0], w[1], w[2], w[7], w[8]]);
      if (g[9] === 'e2e-staff') {
        // staff typed the label's values: exact
        expect(g.slice(3, 7), where).toEqual(w.slice(3, 7));
      } else {
        // the parser's own reading, which the label matches as the parse contract's scorer compares
        expect([foldName(g[3]!), g[5]!.toLowerCase(), phoneDigits(g[6]!), fold(g[4]!)], where).toEqual([
          foldName(w[3]!), w[5]!.toLowerCase(), phoneDigits(w[6]!), fold(w[4]!),
        ]);
      }
    }
  });

  it('chases every open trust without a lead, and none that has one', () => {
    const r = lhs(['--db', db, 'chase', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const chased = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { group: string; ods: string; messages: number[] });
    const withLead = new Set((parse(readFileSync(EXPECTED, 'utf8')) as string[][]).slice(1).filter((r) => r[2] !== 'deputy').map((r) => r[0]));
    expect(chased.some((c) => withLead.has(c.ods))).toBe(false);
    // only a reply staff could not place may still wait for review
    const left = new Set(lhs(['--db', db, 'list', '--needs-review', '--json'], { env }).stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: number }).id));
    for (const c of chased.filter((c) => c.group === 'waiting_review')) expect(c.messages.every((id) => left.has(id)), c.ods).toBe(true);
    // trusts that answered without naming anyone, by their labels
    const namedNobody = [...labels.values()].filter((l) => (l.kind === 'no_nomination' || l.kind === 'query') && l.trust && !withLead.has(l.trust));
    for (const l of namedNobody) expect(chased.find((c) => c.ods === l.trust)?.group, l.file).toBe('named_nobody');
    const openTrusts = readFileSync(join(ROOT, 'data', 'ods-etr-2016.csv'), 'utf8').split('\n').filter((l) => /^\w/.test(l) && /,,\d{8},,/.test(l) === false);
    expect(chased.length).toBeGreaterThan(0);
    expect(openTrusts.length).toBeGreaterThan(0);
  });
});
