import { byName, personKey, ROLE_ORDER, samePeople } from './people.js';
import type { MessageFacts, MessageState, Reconciled, RegisterEntry } from './types.js';

/** A message's place in time: its Date header, else when lhs stored it; ties by row id. */
function dateKey(m: MessageFacts): string {
  return m.sentAt ?? m.storedAt;
}
export function byDate(a: MessageState, b: MessageState): number {
  const da = dateKey(a.facts);
  const db = dateKey(b.facts);
  return da < db ? -1 : da > db ? 1 : a.facts.id - b.facts.id;
}

/** Where a message stands before the trust's other replies are considered. */
function initialState(m: MessageFacts): MessageState {
  const base = { facts: m, related: [] as number[] };
  if (m.decision) {
    const reading = m.decision.reading;
    return { ...base, reading, status: reading.kind === 'nomination' ? 'confirmed' : 'rejected', reasons: [] };
  }
  if (!m.extraction) {
    return { ...base, reading: null, status: 'review', reasons: [`could not be read: ${m.error ?? 'no extraction'}`] };
  }
  const reading = m.extraction.reading;
  if (m.extraction.needsReview) {
    const reasons = m.extraction.reasons.length ? [...m.extraction.reasons] : ['the parser was not sure'];
    return { ...base, reading, status: 'review', reasons };
  }
  if (reading.kind === 'nomination' && !reading.trust) return { ...base, reading, status: 'review', reasons: ['names no trust'] };
  if (reading.kind === 'nomination' && reading.nominees.length === 0) {
    return { ...base, reading, status: 'review', reasons: ['a nomination that names nobody'] };
  }
  return { ...base, reading, status: 'accepted', reasons: [] };
}

/**
 * Walks a trust's counting nominations in date order: one that says it replaces the earlier
 * ones (supersedes) does; any other adds its people. Returns the messages still active.
 */
function chain(sorted: MessageState[]): MessageState[] {
  let active: MessageState[] = [];
  for (const m of sorted) {
    if (m.reading!.supersedes) {
      for (const old of active) old.status = 'superseded';
      active = [m];
    } else active.push(m);
  }
  return active;
}

/**
 * Settles one trust's nominations. Staff decisions win: once a trust has one, the parser's
 * later readings for it go to review instead of counting. Without decisions, the parser's
 * sure readings count, unless two name different people and neither says it replaces the other.
 */
function settleTrust(ods: string, nominations: MessageState[]): MessageState[] {
  nominations.sort(byDate);
  const decided = nominations.filter((m) => m.status === 'confirmed');
  const parser = nominations.filter((m) => m.status === 'accepted');
  if (decided.length) {
    const decidedIds = decided.map((d) => d.facts.id);
    for (const m of parser) {
      const replacedLater = decided.some((d) => d.reading!.supersedes && byDate(d, m) > 0);
      if (replacedLater) {
        m.status = 'superseded';
      } else {
        m.status = 'review';
        m.reasons.push(`${ods} already has a staff decision (message ${decidedIds.join(', ')}): check this reply against it`);
        m.related.push(...decidedIds);
      }
    }
    return chain(decided);
  }
  let current: MessageState[] = [];
  let conflict = false;
  for (const m of parser) {
    if (current.length === 0 || m.reading!.supersedes) {
      for (const old of current) old.status = 'superseded';
      current = [m];
      conflict = false;
    } else if (samePeople(current[current.length - 1]!.reading!.nominees, m.reading!.nominees)) {
      current.push(m); // the same nomination sent again
    } else {
      conflict = true;
      current.push(m);
    }
  }
  if (!conflict) return current;
  const ids = current.map((m) => m.facts.id);
  for (const m of current) {
    m.status = 'review';
    m.reasons.push(`${ods} sent different nominations (messages ${ids.join(', ')}) and none says it replaces the others`);
    m.related.push(...ids.filter((id) => id !== m.facts.id));
  }
  return [];
}

function entriesOf(ods: string, active: MessageState[]): RegisterEntry[] {
  const people = new Map<string, RegisterEntry>();
  for (const m of active) {
    const f = m.facts;
    const confirmedBy = f.decision ? f.decision.actor : f.extraction!.parserVersion;
    const confirmedAt = f.decision ? f.decision.decidedAt : f.extraction!.createdAt;
    for (const n of m.reading!.nominees) {
      // the same person named again later: the later reply's details win
      people.set(personKey(n), {
        ods, nominee: n, messageRowId: f.id, messageId: f.messageId, replyDate: f.sentAt, confirmedBy, confirmedAt,
      });
    }
  }
  return [...people.values()].sort(
    (a, b) =>
      ROLE_ORDER[a.nominee.role]! - ROLE_ORDER[b.nominee.role]! ||
      byName(a.nominee.name, b.nominee.name) ||
      a.messageRowId - b.messageRowId,
  );
}

/**
 * The register, derived from the messages' current extractions and latest decisions (nothing
 * is stored twice, so it cannot drift): each message's status, the review queue, and per trust
 * its current people.
 */
export function reconcile(all: MessageFacts[]): Reconciled {
  const messages = new Map<number, MessageState>();
  const byTrust = new Map<string, MessageState[]>();
  for (const f of all) {
    const s = initialState(f);
    messages.set(f.id, s);
    if (s.reading?.kind === 'nomination' && s.reading.trust && (s.status === 'confirmed' || s.status === 'accepted')) {
      let list = byTrust.get(s.reading.trust);
      if (!list) byTrust.set(s.reading.trust, (list = []));
      list.push(s);
    }
  }
  const register = new Map<string, RegisterEntry[]>();
  const activeByTrust = new Map<string, number[]>();
  for (const [ods, list] of [...byTrust].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const active = settleTrust(ods, list);
    activeByTrust.set(ods, active.map((m) => m.facts.id));
    const entries = entriesOf(ods, active);
    if (entries.length) register.set(ods, entries);
  }
  const queue = [...messages.values()].filter((m) => m.status === 'review').sort(byDate);
  // a reviewer sees what already counts for the trust, and the trust's other replies in review
  const reviewByTrust = new Map<string, number[]>();
  for (const m of queue) {
    const t = m.reading?.trust;
    if (!t) continue;
    let ids = reviewByTrust.get(t);
    if (!ids) reviewByTrust.set(t, (ids = []));
    ids.push(m.facts.id);
  }
  for (const m of queue) {
    const t = m.reading?.trust;
    if (!t) continue;
    const others = [...(activeByTrust.get(t) ?? []), ...(reviewByTrust.get(t) ?? [])];
    m.related = [...new Set([...m.related, ...others])].filter((id) => id !== m.facts.id);
  }
  return { messages, queue, register };
}
