// The interactive review: one message at a time, oldest first, with @inquirer/prompts.
import { confirm, expand, input, search, select } from '@inquirer/prompts';
import { LhsError } from '../errors.js';
import { ROLES, type Nominee, type Role } from '../extraction/types.js';
import { checkEmail, checkPhone, currentReading, decideReading, NOT_NOMINATION_KINDS, rejectMessage, sameReading } from '../reconcile/decide.js';
import { reconcileDb, trustNames } from '../reconcile/index.js';
import type { MessageState, Reading, Reconciled } from '../reconcile/types.js';
import type { Db } from '../store/db.js';
import { loadMessageDetail } from '../store/register.js';
import { searchTrusts } from '../store/trusts.js';
import { describeMessage } from './render.js';

type Outcome = 'decided' | 'skip' | 'quit';
type Write = (text: string) => void;

const REPLY_LINES = 40; // longer replies are cut; "lhs show ID" prints them whole

/** Goes through the review queue as it stands at the start, oldest first. Returns what was done. */
export async function reviewQueue(db: Db, actor: string, write: Write = (t) => process.stdout.write(t)) {
  const ids = reconcileDb(db).queue.map((m) => m.facts.id);
  const counts = { decided: 0, skipped: 0 };
  if (!ids.length) {
    write('nothing needs review\n');
    return counts;
  }
  for (let i = 0; i < ids.length; i++) {
    const r = reconcileDb(db);
    const m = r.messages.get(ids[i]!);
    if (!m || m.status !== 'review') continue; // settled by an earlier decision in this session
    let outcome: Outcome;
    try {
      outcome = await reviewOne(db, r, m, `${i + 1} of ${ids.length}`, actor, write);
    } catch (err) {
      if ((err as Error).name === 'ExitPromptError') outcome = 'quit'; // Ctrl+C
      else throw err;
    }
    if (outcome === 'quit') break;
    if (outcome === 'decided') counts.decided++;
    else counts.skipped++;
  }
  const left = reconcileDb(db).queue.length;
  write(`\ndecided ${counts.decided}, skipped ${counts.skipped}; ${left} still to review\n`);
  return counts;
}

function cut(text: string | null): string | null {
  if (!text) return text;
  const lines = text.split('\n');
  return lines.length <= REPLY_LINES ? text : lines.slice(0, REPLY_LINES).join('\n') + `\n... (${lines.length - REPLY_LINES} more lines: lhs show)`;
}

async function reviewOne(db: Db, r: Reconciled, m: MessageState, position: string, actor: string, write: Write): Promise<Outcome> {
  const names = trustNames(db);
  const detail = loadMessageDetail(db, m.facts.id);
  detail.replyText = cut(detail.replyText);
  const related = m.related.map((id) => r.messages.get(id)!).filter(Boolean);
  const original = currentReading(m.facts);
  let draft: Reading = original ?? { kind: 'nomination', trust: null, nominees: [], supersedes: false };
  let note = '';
  for (;;) {
    const edited = !sameReading(original, draft);
    write(`\n=== ${position} ===\n`);
    write(describeMessage({ ...m, reading: draft }, detail, (o) => names.get(o), related) + '\n');
    if (edited) write('(edited: accept saves the changes)\n');
    if (note) write(note + '\n');
    note = '';
    const action = await expand({
      message: `${position}: what now?`,
      expanded: true,
      default: 'a',
      choices: [
        { key: 'a', name: 'accept (save this reading)', value: 'accept' },
        { key: 'e', name: 'edit a field', value: 'edit' },
        { key: 't', name: 'pick the trust (search the ODS list)', value: 'trust' },
        { key: 'n', name: 'add a nominee', value: 'add' },
        { key: 'r', name: 'remove a nominee', value: 'remove' },
        { key: 'x', name: 'not a nomination (choose the kind)', value: 'reject' },
        { key: 's', name: 'skip', value: 'skip' },
        { key: 'q', name: 'quit', value: 'quit' },
      ] as const,
    });
    try {
      switch (action) {
        case 'skip':
        case 'quit':
          return action;
        case 'accept': {
          if (draft.kind === 'nomination' && draft.trust && !draft.supersedes && r.register.has(draft.trust) &&
            !r.register.get(draft.trust)!.every((e) => e.messageRowId === m.facts.id)) {
            draft.supersedes = await confirm({
              message: `${draft.trust} already has confirmed people. Does this reply replace them? (no: it adds to them)`,
              default: false,
            });
          }
          const d = decideReading(db, m.facts.id, draft, actor);
          write(`saved (decision ${d.decisionId})\n`);
          return 'decided';
        }
        case 'reject': {
          const kind = await select({ message: 'What is it?', choices: NOT_NOMINATION_KINDS.map((k) => ({ name: k, value: k })) });
          const d = rejectMessage(db, m.facts.id, kind, actor, draft.trust ?? undefined);
          write(`saved as ${kind} (decision ${d.decisionId})\n`);
          return 'decided';
        }
        case 'trust':
          draft = { ...draft, trust: await pickTrust(db, m) };
          break;
        case 'add':
          draft = { ...draft, kind: 'nomination', nominees: [...draft.nominees, await askNominee()] };
          break;
        case 'remove': {
          if (!draft.nominees.length) {
            note = 'there is no nominee to remove';
            break;
          }
          const i = await select({
            message: 'Remove which nominee?',
            choices: draft.nominees.map((n, i) => ({ name: `${i + 1}: ${n.name} (${n.role})`, value: i })),
          });
          draft = { ...draft, nominees: draft.nominees.filter((_, j) => j !== i) };
          break;
        }
        case 'edit':
          draft = await editField(db, m, draft);
          break;
      }
    } catch (err) {
      if (err instanceof LhsError) note = `not saved: ${err.message}`;
      else throw err;
    }
  }
}

/** Search over the ODS list by part of a name or the code; the parser's candidates come first. */
async function pickTrust(db: Db, m: MessageState): Promise<string> {
  const candidates = m.facts.extraction?.trustCandidates ?? [];
  return search({
    message: 'Trust (type part of its name or its ODS code)',
    pageSize: 12,
    source: (term) => {
      const list = term && term.trim() ? searchTrusts(db, term, 30) : candidates.map((c) => ({ ...c, closed: null }));
      return list.map((t) => ({ name: `${t.ods}  ${t.name}${t.closed ? ` (closed ${t.closed})` : ''}`, value: t.ods }));
    },
  });
}

/** A prompt validator from a check that throws: empty is allowed, else the check's message is shown. */
const validator = (check: (v: string) => unknown) => (v: string): true | string => {
  if (!v.trim()) return true;
  try {
    check(v);
    return true;
  } catch (err) {
    return (err as Error).message;
  }
};
const validEmail = validator(checkEmail);
const validPhone = validator(checkPhone);
const orNull = (v: string) => (v.trim() ? v.trim() : null);

async function askRole(current: Role = 'lead'): Promise<Role> {
  return select({ message: 'Role', default: current, choices: ROLES.map((r) => ({ name: r, value: r })) });
}

async function askNominee(): Promise<Nominee> {
  const name = await input({ message: 'Name', validate: (v) => (v.trim() ? true : 'a name is needed') });
  const email = await input({ message: 'E-mail (empty: none)', validate: validEmail });
  const phone = await input({ message: 'Phone (empty: none)', validate: validPhone });
  const jobTitle = await input({ message: 'Job title (empty: none)' });
  const role = await askRole();
  return { name: name.trim(), email: orNull(email), phone: orNull(phone), jobTitle: orNull(jobTitle), role };
}

type Field = 'kind' | 'trust' | 'supersedes' | `${number}.${'name' | 'email' | 'phone' | 'jobTitle' | 'role'}`;

async function editField(db: Db, m: MessageState, draft: Reading): Promise<Reading> {
  const choices: { name: string; value: Field }[] = [
    { name: `kind: ${draft.kind}`, value: 'kind' },
    { name: `trust: ${draft.trust ?? '-'}`, value: 'trust' },
    { name: `replaces earlier nominations: ${draft.supersedes ? 'yes' : 'no'}`, value: 'supersedes' },
  ];
  draft.nominees.forEach((n, i) => {
    choices.push(
      { name: `nominee ${i + 1} name: ${n.name}`, value: `${i}.name` },
      { name: `nominee ${i + 1} e-mail: ${n.email ?? '-'}`, value: `${i}.email` },
      { name: `nominee ${i + 1} phone: ${n.phone ?? '-'}`, value: `${i}.phone` },
      { name: `nominee ${i + 1} job title: ${n.jobTitle ?? '-'}`, value: `${i}.jobTitle` },
      { name: `nominee ${i + 1} role: ${n.role}`, value: `${i}.role` },
    );
  });
  const field = await select({ message: 'Edit which field?', choices, pageSize: 15 });
  const next: Reading = structuredClone(draft);
  if (field === 'kind') {
    next.kind = await select({
      message: 'Kind',
      default: draft.kind,
      choices: ['nomination', ...NOT_NOMINATION_KINDS].map((k) => ({ name: k, value: k as Reading['kind'] })),
    });
    if (next.kind !== 'nomination') next.nominees = [];
  } else if (field === 'trust') {
    next.trust = await pickTrust(db, m);
  } else if (field === 'supersedes') {
    next.supersedes = await confirm({ message: 'Does this reply replace the trust\'s earlier nominations?', default: draft.supersedes });
  } else {
    const [i, key] = field.split('.') as [string, 'name' | 'email' | 'phone' | 'jobTitle' | 'role'];
    const n = next.nominees[Number(i)]!;
    if (key === 'role') n.role = await askRole(n.role);
    else if (key === 'name') n.name = (await input({ message: 'Name', default: n.name, validate: (v) => (v.trim() ? true : 'a name is needed') })).trim();
    else if (key === 'email') n.email = orNull(await input({ message: 'E-mail (empty: none)', default: n.email ?? '', validate: validEmail }));
    else if (key === 'phone') n.phone = orNull(await input({ message: 'Phone (empty: none)', default: n.phone ?? '', validate: validPhone }));
    else n.jobTitle = orNull(await input({ message: 'Job title (empty: none)', default: n.jobTitle ?? '' }));
  }
  return next;
}
