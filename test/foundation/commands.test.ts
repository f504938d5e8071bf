// `lhs parse`, `lhs status`, `lhs trusts` and the startup path, run as processes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, jsonLines, lhs, ROOT, tempDir } from '../helpers/cli.js';

const KINDS = ['nomination', 'no_nomination', 'query', 'auto_reply', 'unrelated', 'error'];
const ROLES = ['lead', 'deputy', 'joint'];

describe('lhs parse --json (the parse contract)', () => {
  it('prints one line per message with the contract fields, errors as kind "error", none skipped, no database', () => {
    const cwd = tempDir();
    const emls = [
      ...readdirSync(join(ROOT, 'fixtures/mailbox')).filter((f) => f.endsWith('.eml')).map((f) => `fixtures/mailbox/${f}`),
      ...readdirSync(join(ROOT, 'fixtures/bad')).map((f) => `fixtures/bad/${f}`),
    ];
    const r = lhs(['parse', '--json', join(ROOT, 'fixtures/mailbox'), join(ROOT, 'fixtures/bad')], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(emls.length);
    expect(lines.map((l) => String(l.source).replace(`${ROOT}/`, '')).sort()).toEqual(emls.sort());
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['source', 'messageId', 'kind', 'trust', 'nominees', 'needsReview', 'reasons', 'supersedes', 'replyText', 'signature']));
      expect(KINDS).toContain(l.kind);
      expect(l.messageId === null || /^<.+>$/.test(String(l.messageId))).toBe(true);
      expect(typeof l.needsReview).toBe('boolean');
      expect(typeof l.supersedes).toBe('boolean');
      expect(typeof l.replyText).toBe('string');
      expect(l.signature === null || typeof l.signature === 'string').toBe(true);
      expect(Array.isArray(l.reasons)).toBe(true);
      if (l.trust !== null) expect(l.trust).toEqual({ ods: expect.stringMatching(/^[A-Z0-9]{3,5}$/), name: expect.any(String) });
      for (const n of l.nominees as Record<string, unknown>[]) {
        expect(typeof n.name).toBe('string');
        expect(ROLES).toContain(n.role);
        for (const k of ['email', 'phone', 'jobTitle']) expect(n[k] === null || typeof n[k] === 'string').toBe(true);
      }
      if (l.kind === 'error') {
        expect(typeof l.error).toBe('string');
        expect(l.nominees).toEqual([]);
      }
    }
    const errors = lines.filter((l) => l.kind === 'error').map((l) => String(l.source).split('/').pop()).sort();
    expect(errors).toEqual(['binary-garbage.eml', 'broken-boundary.eml', 'empty.eml', 'no-headers.eml', 'truncated-in-text.eml']);
    // no database anywhere
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('gives the source as the path given, plus the file name inside a folder', () => {
    const r = lhs(['parse', '--json', 'fixtures/mailbox/10-autoreply-headers.eml', 'fixtures/bad']);
    const sources = jsonLines(r.stdout).map((l) => l.source);
    expect(sources).toContain('fixtures/mailbox/10-autoreply-headers.eml');
    expect(sources).toContain('fixtures/bad/empty.eml');
  });
});

describe('lhs status', () => {
  it('--json has messages.total, messages.byKind, trusts.open and trusts.answered', () => {
    const db = join(tempDir(), 'lhs.sqlite');
    const empty = lhs(['--db', db, 'status', '--json']);
    expect(empty.code, empty.stderr).toBe(0);
    const before = JSON.parse(empty.stdout);
    expect(before.messages).toMatchObject({ total: 0, byKind: {} });
    expect(before.trusts.open).toBeGreaterThan(200);
    expect(before.trusts.answered).toBe(0);
    expect(before.lastImport).toBeNull();

    expect(lhs(['--db', db, 'import', 'fixtures/mailbox', 'fixtures/bad']).code).toBe(0);
    const r = lhs(['--db', db, 'status', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const s = JSON.parse(r.stdout);
    const total = readdirSync('fixtures/mailbox').filter((f) => f.endsWith('.eml')).length + readdirSync('fixtures/bad').length;
    expect(s.messages.total).toBe(total);
    expect(Object.values(s.messages.byKind as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(total);
    expect(s.messages.byKind.error).toBe(5);
    expect(s.trusts.answered).toBeGreaterThan(0);
    expect(s.trusts.answered).toBeLessThanOrEqual(s.trusts.open);
    expect(Number.isNaN(Date.parse(s.lastImport))).toBe(false);

    const words = lhs(['--db', db, 'status']);
    expect(words.stdout).toMatch(new RegExp(`^messages: ${total} \\(`));
    expect(words.stdout).toMatch(new RegExp(`trusts answered: ${s.trusts.answered} of ${s.trusts.open} open trusts`));
  });

  it('status of a new database is empty, and says so', () => {
    const db = join(tempDir(), 'fresh.sqlite');
    const r = lhs(['--db', db, 'status']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^messages: 0 \(none\)/);
  });
});

describe('lhs trusts', () => {
  it('imports a newer extract (renamed trust, a closing date, a new code) and finds them', () => {
    const dir = tempDir();
    const db = join(dir, 'lhs.sqlite');
    const original = readFileSync(join(ROOT, 'data/ods-etr-2016.csv'), 'utf8');
    const rows = original.split('\n');
    const edited = rows.map((line) => {
      if (line.startsWith('RLU,')) return line.replace("BIRMINGHAM WOMEN'S NHS FOUNDATION TRUST", "BIRMINGHAM WOMEN'S AND CHILDREN'S NHS FOUNDATION TRUST");
      if (line.startsWith('RJX,')) {
        const f = line.split(',');
        f[11] = '20170630'; // close date
        return f.join(',');
      }
      return line;
    });
    edited.splice(edited.length - 1, 0, 'RZZ9,NEWTOWN COMMUNITY HEALTH NHS TRUST,Y56,Q71,1 HIGH STREET,,,NEWTOWN,,NT1 1AA,20170401,,,,,,,,,,,0,,E');
    const file = join(dir, 'etr-2017.csv');
    writeFileSync(file, edited.join('\n'));

    const openBefore = JSON.parse(lhs(['--db', db, 'status', '--json']).stdout).trusts.open as number;
    const r = lhs(['--db', db, 'trusts', 'import', '--json', file]);
    expect(r.code, r.stderr).toBe(0);
    const counts = JSON.parse(r.stdout);
    expect(counts).toEqual({ added: 1, updated: 2, unchanged: rows.filter((l) => l.trim()).length - 2 });

    const renamed = lhs(['--db', db, 'trusts', 'search', "women's and children"]);
    expect(renamed.stdout).toBe("RLU\tBIRMINGHAM WOMEN'S AND CHILDREN'S NHS FOUNDATION TRUST\n");
    const closed = lhs(['--db', db, 'trusts', 'search', '--json', 'RJX']);
    expect(JSON.parse(closed.stdout.trim())).toMatchObject({ ods: 'RJX', closed: '2017-06-30' });
    expect(lhs(['--db', db, 'trusts', 'search', 'calderstones']).stdout).toMatch(/^RJX\tCALDERSTONES .*\t\(closed 2017-06-30\)\n$/);
    expect(lhs(['--db', db, 'trusts', 'search', 'rzz9']).stdout).toBe('RZZ9\tNEWTOWN COMMUNITY HEALTH NHS TRUST\n');
    // a closed trust no longer counts as open; the new one does
    const s = JSON.parse(lhs(['--db', db, 'status', '--json']).stdout);
    expect(s.trusts.open).toBe(openBefore - 1 + 1);
    expect(lhs(['--db', db, 'trusts', 'search', '--json', 'NHS']).stdout.trim().split('\n').length).toBe(20); // --limit default
    // the same file again changes nothing
    expect(JSON.parse(lhs(['--db', db, 'trusts', 'import', '--json', file]).stdout)).toMatchObject({ added: 0, updated: 0 });
  });

  it('refuses a file that is not an ODS extract, and a missing file', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'code;name\nRLU;Somewhere\n');
    const r = lhs(['--db', join(dir, 'lhs.sqlite'), 'trusts', 'import', bad]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^lhs: .*bad\.csv, row 1: not an ODS trust row/);
    expect(lhs(['--db', join(dir, 'lhs.sqlite'), 'trusts', 'import', join(dir, 'none.csv')]).code).toBe(4);
  });
});

describe('startup', () => {
  it('lhs --help answers in well under half a second', () => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Usage: lhs/);
    }
    times.sort((a, b) => a - b);
    const median = times[3]!;
    expect(median, `runs (ms): ${times.map((x) => x.toFixed(0)).join(', ')}`).toBeLessThan(350);
  });

  it('loads no third-party module but commander until a command runs', () => {
    // every module reachable from the entry point through static imports
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^\s*(?:import|export)\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
        else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    };
    visit(join(ROOT, 'dist/cli/main.js'));
    expect([...packages]).toEqual(['commander']);
    // and at run time: CommonJS packages loaded by `--help`
    const probe = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const r = createRequire(${JSON.stringify(join(ROOT, 'package.json'))}); const { buildProgram } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))}); buildProgram().helpInformation(); console.log(JSON.stringify(Object.keys(r.cache)));`],
      { encoding: 'utf8' },
    );
    const loaded = new Set((JSON.parse(probe.stdout) as string[]).map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1]).filter(Boolean));
    expect([...loaded]).toEqual(['commander']);
    expect(existsSync(join(ROOT, 'dist/cli/main.js'))).toBe(true);
  });
});
