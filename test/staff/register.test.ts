// The register rules, on plain data (no parser involved): what counts, what supersedes, what
// goes to review, and that staff decisions win.
import { describe, expect, it } from 'vitest';
import type { Nominee } from '../../src/extraction/types.js';
import { chaseList } from '../../src/reconcile/chase.js';
import { reconcile } from '../../src/reconcile/register.js';
import type { MessageFacts, Reading } from '../../src/reconcile/types.js';

let nextId = 1;
const person = (name: string, role: Nominee['role'] = 'lead'): Nominee => ({
  name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@nhs.net`, phone: null, jobTitle: null, role,
});
const nomination = (trust: string, people: Nominee[], supersedes = false): Reading => ({ kind: 'nomination', trust, nominees: people, supersedes });

function message(day: number, parser: Reading | null, opts: { needsReview?: boolean; decided?: Reading; actor?: string } = {}): MessageFacts {
  const id = nextId++;
  return {
    id,
    messageId: `<m${id}@test>`,
    subject: 'RE: LHS',
    fromAddress: 'md@nhs.net',
    fromName: 'MD',
    sentAt: `2016-09-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    storedAt: '2016-10-01T00:00:00.000Z',
    state: parser ? 'parsed' : 'failed',
    error: parser ? null : 'broken',
    extraction: parser
      ? { id: id * 10, parserVersion: 'lhs-extract/9', createdAt: '2016-10-01T00:00:00.000Z', reading: parser, needsReview: opts.needsReview ?? false, reasons: opts.needsReview ? ['unsure'] : [], trustCandidates: [] }
      : null,
    decision: opts.decided ? { id: id * 100, action: 'correct', actor: opts.actor ?? 'ann', decidedAt: '2016-10-02T00:00:00.000Z', reading: opts.decided } : null,
  };
}
const names = (r: ReturnType<typeof reconcile>, ods: string) => (r.register.get(ods) ?? []).map((e) => `${e.nominee.name}/${e.nominee.role}/${e.confirmedBy}`);

describe('the register', () => {
  it('counts a sure parser reading at once, confirmed by the parser version', () => {
    const a = message(14, nomination('RJ1', [person('Jane Smith')]));
    const r = reconcile([a]);
    expect(names(r, 'RJ1')).toEqual(['Jane Smith/lead/lhs-extract/9']);
    expect(r.queue).toEqual([]);
  });

  it('keeps a doubtful reading out of the register and in the queue, oldest first', () => {
    const late = message(20, nomination('RJ1', [person('Jane Smith')]), { needsReview: true });
    const early = message(10, null);
    const r = reconcile([late, early]);
    expect(r.register.size).toBe(0);
    expect(r.queue.map((m) => m.facts.id)).toEqual([early.id, late.id]);
    expect(r.queue[0]!.reasons[0]).toMatch(/could not be read/);
  });

  it('lets a later nomination that says it replaces the earlier one supersede it', () => {
    const a = message(14, nomination('RAL', [person('Tom Hartley')]));
    const b = message(21, nomination('RAL', [person('Nadia Qureshi')], true));
    const r = reconcile([a, b]);
    expect(names(r, 'RAL')).toEqual(['Nadia Qureshi/lead/lhs-extract/9']);
    expect(r.messages.get(a.id)!.status).toBe('superseded');
  });

  it('sends two different nominations from one trust without that signal to review, both of them', () => {
    const a = message(14, nomination('RAL', [person('Tom Hartley')]));
    const b = message(21, nomination('RAL', [person('Nadia Qureshi')]));
    const r = reconcile([a, b]);
    expect(r.register.has('RAL')).toBe(false);
    expect(r.queue.map((m) => m.facts.id)).toEqual([a.id, b.id]);
    expect(r.queue[1]!.related).toEqual([a.id]);
  });

  it('takes the same nomination sent twice as one', () => {
    const a = message(14, nomination('RAL', [person('Tom Hartley')]));
    const b = message(15, nomination('RAL', [{ ...person('Tom Hartley'), name: 'Dr Tom Hartley' }]));
    const r = reconcile([a, b]);
    expect(names(r, 'RAL')).toEqual(['Dr Tom Hartley/lead/lhs-extract/9']); // the later reply's details
  });

  it('puts a staff decision above the parser, and later parser mail for that trust into review, showing both', () => {
    const a = message(14, nomination('RJ1', [person('Wrong Name')]), { needsReview: true, decided: nomination('RJ1', [person('Jane Smith')]), actor: 'ann' });
    const later = message(25, nomination('RJ1', [person('Someone Else')]));
    const r = reconcile([a, later]);
    expect(names(r, 'RJ1')).toEqual(['Jane Smith/lead/ann']);
    const q = r.messages.get(later.id)!;
    expect(q.status).toBe('review');
    expect(q.reasons.join(' ')).toMatch(/already has a staff decision/);
    expect(q.related).toEqual([a.id]);
  });

  it('adds the people of a second confirmed reply unless it replaces the first', () => {
    const a = message(14, nomination('RHQ', [person('Ken Ashdown')]), { decided: nomination('RHQ', [person('Ken Ashdown')]) });
    const b = message(20, nomination('RHQ', [person('Fatima Begum', 'deputy')]), { decided: nomination('RHQ', [person('Fatima Begum', 'deputy')]) });
    expect(names(reconcile([a, b]), 'RHQ')).toEqual(['Ken Ashdown/lead/ann', 'Fatima Begum/deputy/ann']);
    const c = message(22, null, { decided: nomination('RHQ', [person('New Lead')], true), actor: 'bob' });
    expect(names(reconcile([a, b, c]), 'RHQ')).toEqual(['New Lead/lead/bob']);
  });

  it('drops a message that staff marked as not a nomination, whatever the parser said', () => {
    const a = message(14, nomination('RJ1', [person('Jane Smith')]), { decided: { kind: 'no_nomination', trust: 'RJ1', nominees: [], supersedes: false } });
    const r = reconcile([a]);
    expect(r.register.size).toBe(0);
    expect(r.messages.get(a.id)!.status).toBe('rejected');
  });

  it('sends a sure nomination that names no trust to review', () => {
    const a = message(14, { kind: 'nomination', trust: null, nominees: [person('Jane Smith')], supersedes: false });
    expect(reconcile([a]).queue[0]!.reasons).toEqual(['names no trust']);
  });
});

describe('the chase list', () => {
  const open = [
    { ods: 'RAA', name: 'A TRUST' }, // a confirmed lead: not chased
    { ods: 'RBB', name: 'B TRUST' }, // a reply in review
    { ods: 'RCC', name: 'C TRUST' }, // said "not yet"
    { ods: 'RDD', name: 'D TRUST' }, // named only a deputy
    { ods: 'REE', name: 'E TRUST' }, // nothing at all
  ];
  it('groups open trusts without a confirmed lead: no reply, waiting for review, replied but named nobody (with the date)', () => {
    const r = reconcile([
      message(14, nomination('RAA', [person('Ann Lead')])),
      message(15, nomination('RBB', [person('Bob Maybe')]), { needsReview: true }),
      message(16, { kind: 'no_nomination', trust: 'RCC', nominees: [], supersedes: false }),
      message(18, { kind: 'query', trust: 'RCC', nominees: [], supersedes: false }),
      message(17, nomination('RDD', [person('Dee Deputy', 'deputy')])),
      message(19, { kind: 'auto_reply', trust: 'REE', nominees: [], supersedes: false }), // an out-of-office is no answer
    ]);
    const list = chaseList(r, open).map((e) => [e.group, e.ods, e.lastReply?.slice(0, 10) ?? null]);
    expect(list).toEqual([
      ['no_reply', 'REE', null],
      ['waiting_review', 'RBB', '2016-09-15'],
      ['named_nobody', 'RCC', '2016-09-18'],
      ['named_nobody', 'RDD', '2016-09-17'],
    ]);
  });
});
