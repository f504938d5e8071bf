// Resolves the review queue of a database the way staff would, with the non-interactive
// commands, deciding each reply from its label: confirm where the reading is right, correct
// where it is not, reject where it is no nomination. Only the labels decide; what the parser
// made of a message only picks between confirm and correct.
import { lhs } from '../helpers/cli.js';
import type { Label, LabelNominee } from './labels.js';

export interface Listed {
  id: number;
  messageId: string | null;
  reading: { kind: string; trust: string | null; supersedes: boolean; nominees: LabelNominee[] } | null;
}

const fold = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const samePerson = (a: LabelNominee, b: LabelNominee) =>
  fold(a.name) === fold(b.name) && fold(a.email) === fold(b.email) && fold(a.phone) === fold(b.phone) &&
  fold(a.jobTitle) === fold(b.jobTitle) && a.role === b.role;

function matchesLabel(r: Listed['reading'], l: Label): boolean {
  if (!r || r.kind !== l.kind || r.trust !== l.trust) return false;
  if (l.kind !== 'nomination') return true;
  return r.supersedes === l.supersedes && r.nominees.length === l.nominees.length && r.nominees.every((n, i) => samePerson(n, l.nominees[i]!));
}

function run(db: string, args: string[], env: Record<string, string>): void {
  const r = lhs(['--db', db, ...args], { env });
  if (r.code !== 0) throw new Error(`lhs ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
}

/** The commands that decide one message from its label. */
export function commandsFor(item: Listed, l: Label): string[][] {
  const id = String(item.id);
  if (matchesLabel(item.reading, l)) return [['confirm', id]];
  if (l.kind !== 'nomination') return [['reject', id, '--as', l.kind, ...(l.trust ? ['--trust', l.trust] : [])]];
  const have = item.reading?.kind === 'nomination' ? item.reading.nominees.length : 0;
  const person = (n: LabelNominee, i: number) => [
    '--nominee', String(i + 1), '--name', n.name, '--email', n.email ?? '', '--phone', n.phone ?? '',
    '--job-title', n.jobTitle ?? '', '--role', n.role,
  ];
  const first = ['correct', id, '--kind', 'nomination', '--trust', l.trust!, l.supersedes ? '--supersedes' : '--no-supersedes', ...person(l.nominees[0]!, 0)];
  for (let i = l.nominees.length + 1; i <= have; i++) first.push('--remove-nominee', String(i));
  return [first, ...l.nominees.slice(1).map((n, i) => ['correct', id, ...person(n, i + 1)])];
}

/** A nomination whose label names no trust (even a careful person could not tell which): staff leave it in the queue and ask. */
export const undecidable = (l: Label) => l.kind === 'nomination' && !l.trust;

/**
 * Decides the queue until only undecidable replies are left (a decision can send a trust's
 * other replies to review). Returns the commands run.
 */
export function decideQueue(db: string, labels: Map<string, Label>, env: Record<string, string>): string[][] {
  const ran: string[][] = [];
  for (let round = 0; round < 5; round++) {
    const q = lhs(['--db', db, 'list', '--needs-review', '--json'], { env });
    if (q.code !== 0) throw new Error(q.stderr);
    const items = q.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Listed);
    const label = (item: Listed) => {
      const l = item.messageId ? labels.get(item.messageId) : undefined;
      if (!l) throw new Error(`message ${item.id} (${item.messageId}) has no label`);
      return l;
    };
    const todo = items.filter((item) => !undecidable(label(item)));
    if (!todo.length) return ran;
    for (const item of todo) {
      const l = label(item);
      for (const args of commandsFor(item, l)) {
        run(db, args, env);
        ran.push(args);
      }
    }
  }
  throw new Error('the review queue did not empty in 5 rounds');
}
