import { byName } from './people.js';
import { byDate } from './register.js';
import type { MessageState, Reconciled } from './types.js';

export type ChaseGroup = 'no_reply' | 'waiting_review' | 'named_nobody';

export interface ChaseEntry {
  group: ChaseGroup;
  ods: string;
  name: string;
  /** the latest reply from the trust (ISO), for waiting_review and named_nobody */
  lastReply: string | null;
  /** the messages concerned: in review, or the trust's replies */
  messages: number[];
}

export const CHASE_GROUPS: { group: ChaseGroup; title: string }[] = [
  { group: 'no_reply', title: 'no reply at all' },
  { group: 'waiting_review', title: 'reply waiting for review' },
  { group: 'named_nobody', title: 'replied but named nobody yet' },
];

const ANSWER_KINDS = new Set(['nomination', 'no_nomination', 'query']);

/**
 * Every open trust without a confirmed lead (or joint lead), in one of three groups: a reply of
 * theirs is in the review queue; they replied (a query, "not yet", only a deputy) but no lead
 * counts; or nothing from them at all. Sorted by group, then trust name.
 */
export function chaseList(r: Reconciled, openTrusts: { ods: string; name: string }[]): ChaseEntry[] {
  const repliesByTrust = new Map<string, MessageState[]>();
  for (const m of r.messages.values()) {
    const t = m.reading?.trust;
    if (!t || !m.reading || !ANSWER_KINDS.has(m.reading.kind)) continue;
    let list = repliesByTrust.get(t);
    if (!list) repliesByTrust.set(t, (list = []));
    list.push(m);
  }
  const out: ChaseEntry[] = [];
  for (const t of openTrusts) {
    const people = r.register.get(t.ods) ?? [];
    if (people.some((p) => p.nominee.role === 'lead' || p.nominee.role === 'joint')) continue;
    const replies = (repliesByTrust.get(t.ods) ?? []).sort(byDate);
    const last = replies.length ? replies[replies.length - 1]!.facts.sentAt ?? replies[replies.length - 1]!.facts.storedAt : null;
    const inReview = replies.filter((m) => m.status === 'review');
    if (inReview.length) out.push({ group: 'waiting_review', ods: t.ods, name: t.name, lastReply: last, messages: inReview.map((m) => m.facts.id) });
    else if (replies.length) out.push({ group: 'named_nobody', ods: t.ods, name: t.name, lastReply: last, messages: replies.map((m) => m.facts.id) });
    else out.push({ group: 'no_reply', ods: t.ods, name: t.name, lastReply: null, messages: [] });
  }
  const order = Object.fromEntries(CHASE_GROUPS.map((g, i) => [g.group, i]));
  return out.sort((a, b) => order[a.group]! - order[b.group]! || byName(a.name, b.name) || (a.ods < b.ods ? -1 : 1));
}
