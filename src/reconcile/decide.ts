import { userInfo } from 'node:os';
import { EXIT, LhsError } from '../errors.js';
import { KINDS, ROLES, type Kind, type Nominee, type Role } from '../extraction/types.js';
import type { Db } from '../store/db.js';
import { appendDecision, type DecisionAction } from '../store/decisions.js';
import { loadMessageFacts } from '../store/register.js';
import { searchTrusts } from '../store/trusts.js';
import type { MessageFacts, Reading } from './types.js';

/** The kinds a message can be marked as when it is not a nomination. */
export const NOT_NOMINATION_KINDS = KINDS.filter((k) => k !== 'nomination' && k !== 'error');

/** Who decides: --actor, else LHS_ACTOR, else the OS user. */
export function resolveActor(flag: string | undefined, env: Record<string, string | undefined> = process.env): string {
  if (flag && flag.trim()) return flag.trim();
  if (env.LHS_ACTOR && env.LHS_ACTOR.trim()) return env.LHS_ACTOR.trim();
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export function parseMessageRowId(text: string): number {
  if (!/^\d{1,15}$/.test(text.trim())) throw new LhsError(`"${text}" is not a message id (the number "lhs list" shows)`, EXIT.usage);
  return Number(text.trim());
}

/** The message's facts, or a clear error for an id that is not there. */
export function requireMessage(db: Db, id: number): MessageFacts {
  const f = loadMessageFacts(db, id)[0];
  if (!f) throw new LhsError(`no message with id ${id} (see "lhs list")`, EXIT.input);
  return f;
}

/** A trust from its ODS code or part of its name; several matches or none is an error that says so. */
export function resolveTrust(db: Db, text: string): { ods: string; name: string } {
  const q = text.trim();
  if (!q) throw new LhsError('empty trust: give an ODS code or part of the name', EXIT.usage);
  const exact = db.prepare('SELECT ods, name FROM trusts WHERE ods = upper(?)').get(q) as { ods: string; name: string } | undefined;
  if (exact) return exact;
  const found = searchTrusts(db, q, 6);
  const whole = found.filter((t) => t.name.toLowerCase() === q.toLowerCase());
  if (whole.length === 1) return { ods: whole[0]!.ods, name: whole[0]!.name };
  if (found.length === 1) return { ods: found[0]!.ods, name: found[0]!.name };
  if (found.length === 0) throw new LhsError(`unknown trust "${q}": no ODS code or trust name matches (try "lhs trusts search")`, EXIT.usage);
  const list = found.slice(0, 5).map((t) => `${t.ods} ${t.name}`).join('; ');
  throw new LhsError(`"${q}" matches several trusts (${list}${found.length > 5 ? '; ...' : ''}): give the ODS code`, EXIT.usage);
}

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[A-Za-z0-9-]{2,}$/;

export function checkEmail(email: string): string {
  const e = email.trim();
  if (!EMAIL.test(e)) throw new LhsError(`invalid e-mail address "${email}"`, EXIT.usage);
  return e;
}

export function checkPhone(phone: string): string {
  const p = phone.trim();
  if (!/^[+0-9 ()\-.extnsionEXTNSION:#]+$/.test(p) || (p.match(/\d/g) ?? []).length < 3) {
    throw new LhsError(`invalid phone number "${phone}"`, EXIT.usage);
  }
  return p;
}

export function checkRole(role: string): Role {
  const r = role.trim().toLowerCase();
  if (!(ROLES as readonly string[]).includes(r)) throw new LhsError(`invalid role "${role}" (one of ${ROLES.join(', ')})`, EXIT.usage);
  return r as Role;
}

export function checkKind(kind: string, allowed: readonly string[] = KINDS.filter((k) => k !== 'error')): Kind {
  const k = kind.trim().toLowerCase().replace(/-/g, '_');
  if (!allowed.includes(k)) throw new LhsError(`invalid kind "${kind}" (one of ${allowed.join(', ')})`, EXIT.usage);
  return k as Kind;
}

/** A reading fit to be decided: a nomination names a known trust and at least one person. */
export function checkReading(db: Db, r: Reading, id: number): void {
  if (r.kind === 'nomination') {
    if (!r.trust) throw new LhsError(`message ${id} names no trust: use "lhs correct ${id} --trust CODE"`, EXIT.usage);
    if (r.nominees.length === 0) throw new LhsError(`message ${id} is a nomination that names nobody: add a nominee with "lhs correct ${id} --name ..."`, EXIT.usage);
  }
  if (r.trust && !db.prepare('SELECT 1 FROM trusts WHERE ods = ?').get(r.trust)) {
    throw new LhsError(`message ${id}: unknown trust ${r.trust}`, EXIT.usage);
  }
  r.nominees.forEach((n, i) => {
    if (!n.name.trim()) throw new LhsError(`message ${id}, nominee ${i + 1}: the name is empty`, EXIT.usage);
    if (n.email) checkEmail(n.email);
    checkRole(n.role);
  });
}

/** The reading a decision starts from: the latest decision's, else the parser's. */
export function currentReading(f: MessageFacts): Reading | null {
  const r = f.decision?.reading ?? f.extraction?.reading ?? null;
  return r ? structuredClone(r) : null;
}

export function sameReading(a: Reading | null, b: Reading): boolean {
  return a !== null && JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}
function normalise(r: Reading): Reading {
  return {
    kind: r.kind,
    trust: r.trust,
    supersedes: r.supersedes,
    nominees: r.nominees.map((n) => ({ name: n.name, email: n.email, phone: n.phone, jobTitle: n.jobTitle, role: n.role })),
  };
}

function record(db: Db, f: MessageFacts, action: DecisionAction, after: Reading, actor: string): { decisionId: number; reading: Reading } {
  checkReading(db, after, f.id);
  const before = currentReading(f);
  const decisionId = db.transaction(() => appendDecision(db, { messageRowId: f.id, action, actor, before, after: normalise(after) }))();
  return { decisionId, reading: after };
}

/** The reading is right as it stands (the parser's, or the last decision's). */
export function confirmMessage(db: Db, id: number, actor: string) {
  const f = requireMessage(db, id);
  const r = currentReading(f);
  if (!r) throw new LhsError(`message ${id} could not be read, so there is nothing to confirm: use "lhs correct" or "lhs reject"`, EXIT.usage);
  return record(db, f, 'confirm', r, actor);
}

/** Saves a reading edited by a person (the interactive review): a confirm where nothing changed. */
export function decideReading(db: Db, id: number, after: Reading, actor: string) {
  const f = requireMessage(db, id);
  return record(db, f, sameReading(currentReading(f), after) ? 'confirm' : 'correct', after, actor);
}

export interface Edits {
  kind?: string;
  trust?: string;
  supersedes?: boolean;
  /** 1-based nominee the person fields apply to; one past the last adds a nominee */
  nominee?: number;
  name?: string;
  email?: string;
  phone?: string;
  jobTitle?: string;
  role?: string;
  /** 1-based nominees to remove, after the edits */
  removeNominees?: number[];
}

const blankToNull = (s: string): string | null => (s.trim() ? s.trim() : null);

/** Applies `lhs correct` edits to a reading. Empty e-mail, phone or job title clears it. */
export function applyEdits(db: Db, base: Reading | null, e: Edits): Reading {
  const r: Reading = base ? structuredClone(base) : { kind: 'unrelated', trust: null, nominees: [], supersedes: false };
  if (e.trust !== undefined) r.trust = resolveTrust(db, e.trust).ods;
  if (e.supersedes !== undefined) r.supersedes = e.supersedes;
  const personEdit = [e.name, e.email, e.phone, e.jobTitle, e.role].some((v) => v !== undefined);
  if (personEdit || e.nominee !== undefined) {
    const at = e.nominee ?? 1;
    if (!Number.isInteger(at) || at < 1 || at > r.nominees.length + 1) {
      throw new LhsError(`--nominee ${at}: the message has ${r.nominees.length} nominee(s); use 1 to ${r.nominees.length + 1} (the last adds one)`, EXIT.usage);
    }
    let n: Nominee | undefined = r.nominees[at - 1];
    if (!n) {
      if (e.name === undefined || !e.name.trim()) throw new LhsError('a new nominee needs --name', EXIT.usage);
      n = { name: '', email: null, phone: null, jobTitle: null, role: 'lead' };
      r.nominees.push(n);
    }
    if (e.name !== undefined) n.name = e.name.trim();
    if (e.email !== undefined) n.email = blankToNull(e.email) === null ? null : checkEmail(e.email);
    if (e.phone !== undefined) n.phone = blankToNull(e.phone) === null ? null : checkPhone(e.phone);
    if (e.jobTitle !== undefined) n.jobTitle = blankToNull(e.jobTitle);
    if (e.role !== undefined) n.role = checkRole(e.role);
    if (e.kind === undefined) r.kind = 'nomination';
  }
  for (const i of [...new Set(e.removeNominees ?? [])].sort((a, b) => b - a)) {
    if (!Number.isInteger(i) || i < 1 || i > r.nominees.length) {
      throw new LhsError(`--remove-nominee ${i}: the message has ${r.nominees.length} nominee(s)`, EXIT.usage);
    }
    r.nominees.splice(i - 1, 1);
  }
  if (e.kind !== undefined) r.kind = checkKind(e.kind);
  if (r.kind !== 'nomination') {
    r.nominees = [];
    r.supersedes = false;
  }
  return r;
}

export function correctMessage(db: Db, id: number, edits: Edits, actor: string) {
  const f = requireMessage(db, id);
  const after = applyEdits(db, currentReading(f), edits);
  return record(db, f, sameReading(currentReading(f), after) ? 'confirm' : 'correct', after, actor);
}

/** Not a nomination: the message is of another kind. The trust is kept (a trust that answered "not yet" has answered). */
export function rejectMessage(db: Db, id: number, kind: string, actor: string, trust?: string) {
  const k = checkKind(kind, NOT_NOMINATION_KINDS);
  const f = requireMessage(db, id);
  const base = currentReading(f);
  const after: Reading = {
    kind: k,
    trust: trust !== undefined ? resolveTrust(db, trust).ods : base?.trust ?? null,
    nominees: [],
    supersedes: false,
  };
  return record(db, f, 'reject', after, actor);
}
