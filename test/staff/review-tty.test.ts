// `lhs review` driven in a real pseudo-terminal (tmux): answer prompts, pick a trust by
// searching the ODS list, add a nominee, accept, then read the decision back from the database.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, jsonLines, lhs, ROOT, tempDir } from '../helpers/cli.js';
import { commandsFor, type Listed } from './decide-from-labels.js';
import { loadLabels } from './labels.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.log('tmux is not installed: skipping the interactive review test (.ci/run installs it)');

const MAILBOX = join(ROOT, 'fixtures', 'mailbox');
const SOCKET = `lhs-review-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-3000', '-t', 'review').stdout ?? '';
const count = (text: string, s: string) => text.split(s).length - 1;
const type = (text: string) => tmux('send-keys', '-t', 'review', '-l', text);
const key = (k: string) => tmux('send-keys', '-t', 'review', k);

async function waitFor(what: string, test: (s: string) => boolean, ms = 20_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!hasTmux)('lhs review in a terminal', () => {
  afterAll(() => {
    tmux('kill-server'); // our own tmux server only (its own socket)
  });

  it('picks a trust by search, adds a nominee, accepts; the decision is in the database', async () => {
    const db = join(tempDir(), 'tty.sqlite');
    const env = { LHS_ACTOR: 'setup', LHS_LOG_LEVEL: 'error' };
    const labels = loadLabels(MAILBOX);
    const first = labels.find((l) => l.file.startsWith('17-'))!;
    const second = labels.find((l) => l.file.startsWith('18-'))!;
    // staff have decided the Royal Free's first reply; its correction then arrives and waits for review
    expect(lhs(['--db', db, 'import', join(MAILBOX, first.file), '--no-progress'], { env }).code).toBe(0);
    const m17 = jsonLines<Listed>(lhs(['--db', db, 'list', '--json'], { env }).stdout)[0]!;
    for (const args of commandsFor(m17, first)) expect(lhs(['--db', db, ...args], { env }).code).toBe(0);
    expect(lhs(['--db', db, 'import', join(MAILBOX, second.file), '--no-progress'], { env }).code).toBe(0);
    const queue = jsonLines<Listed>(lhs(['--db', db, 'list', '--needs-review', '--json'], { env }).stdout);
    expect(queue.map((m) => m.messageId), 'the correction to a decided trust must wait for review').toEqual([second.messageId]);
    const id = queue[0]!.id;

    const cmd = `cd ${ROOT} && LHS_ACTOR=tty-tester LHS_LOG_LEVEL=error ${process.execPath} ${BIN} --db ${db} review; echo "EXIT=$?"; sleep 120`;
    expect(tmux('new-session', '-d', '-s', 'review', '-x', '160', '-y', '50', cmd).status).toBe(0);

    let s = await waitFor('the first message', (t) => t.includes('1 of 1: what now?'));
    expect(s).toContain('=== 1 of 1 ===');
    expect(s).toContain('RE:'); // the subject
    expect(s).toMatch(/other replies for this trust:[\s\S]*\[confirmed\]/); // showing both
    const prompts = () => count(screen(), '1 of 1: what now?');

    // pick the trust by typing part of its name
    type('t');
    key('Enter');
    await waitFor('the trust search', (t) => t.includes('Trust (type part of its name'));
    type('royal fr');
    await waitFor('search results', (t) => t.includes('RAL  ROYAL FREE LONDON NHS FOUNDATION TRUST'));
    key('Enter');
    await waitFor('the action prompt again', () => prompts() >= 2);

    // add a nominee, answering each prompt; a bad e-mail is refused by the prompt
    type('n');
    key('Enter');
    await waitFor('the name prompt', (t) => /Name\s*$/m.test(t) || t.includes('? Name'));
    type('Dr Nadia Qureshi');
    key('Enter');
    await waitFor('the e-mail prompt', (t) => t.includes('E-mail (empty: none)'));
    type('not-an-address');
    key('Enter');
    await waitFor('the e-mail refused', (t) => t.includes('invalid e-mail address'));
    key('C-u');
    type('nadia.qureshi@nhs.net');
    key('Enter');
    await waitFor('the phone prompt', (t) => t.includes('Phone (empty: none)'));
    type('020 7946 0128');
    key('Enter');
    await waitFor('the job title prompt', (t) => t.includes('Job title (empty: none)'));
    type('Head of Clinical Physics');
    key('Enter');
    await waitFor('the role prompt', (t) => t.includes('Role'));
    key('Enter'); // lead, the default
    await waitFor('the action prompt again', () => prompts() >= 3);
    expect(screen()).toContain('(edited: accept saves the changes)');

    // accept; the trust already has a confirmed lead, so unless the reading already says this
    // reply replaces it, it asks whether it does
    type('a');
    key('Enter');
    s = await waitFor('the replace question or the end', (t) => t.includes('Does this reply replace them?') || t.includes('EXIT='));
    if (!s.includes('EXIT=')) {
      type('y');
      key('Enter');
      s = await waitFor('the end', (t) => t.includes('EXIT='));
    }
    expect(s).toContain('decided 1, skipped 0; 0 still to review');
    expect(s).toContain('EXIT=0');

    const raw = new Database(db, { readonly: true });
    const d = raw.prepare('SELECT actor, action, trust_ods, after FROM decisions WHERE message_id = ? ORDER BY id DESC LIMIT 1').get(id) as {
      actor: string; action: string; trust_ods: string; after: string;
    };
    raw.close();
    const after = JSON.parse(d.after) as { kind: string; trust: string; supersedes: boolean; nominees: { name: string; email: string; role: string }[] };
    expect(d.actor).toBe('tty-tester');
    expect(d.trust_ods).toBe('RAL');
    expect(after).toMatchObject({ kind: 'nomination', trust: 'RAL', supersedes: true });
    expect(after.nominees).toContainEqual({ name: 'Dr Nadia Qureshi', email: 'nadia.qureshi@nhs.net', phone: '020 7946 0128', jobTitle: 'Head of Clinical Physics', role: 'lead' });
    const csv = lhs(['--db', db, 'export'], { env }).stdout;
    expect(csv).toContain('Dr Nadia Qureshi');
    expect(csv).not.toContain(first.messageId); // the first nomination is replaced
  });
});
