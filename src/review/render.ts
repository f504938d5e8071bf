import type { Nominee } from '../extraction/types.js';
import type { MessageState, Reading } from '../reconcile/types.js';
import type { MessageDetail } from '../store/register.js';

/** "2016-09-14 10:31" in UTC, or "no date". */
export function shortDate(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : 'no date';
}

export function sender(m: MessageState): string {
  const f = m.facts;
  if (f.fromName && f.fromAddress) return `${f.fromName} <${f.fromAddress}>`;
  return f.fromAddress ?? f.fromName ?? 'unknown sender';
}

export function describeNominee(n: Nominee, i: number): string {
  const details = [
    `e-mail: ${n.email ?? '-'}`,
    `phone: ${n.phone ?? '-'}`,
    `job title: ${n.jobTitle ?? '-'}`,
  ].join(', ');
  return `  nominee ${i + 1}: ${n.name} (${n.role})\n      ${details}`;
}

export function describeReading(r: Reading | null, trustName: (ods: string) => string | undefined): string {
  if (!r) return '  (nothing could be read)';
  const lines = [
    `  kind:    ${r.kind}`,
    `  trust:   ${r.trust ? `${r.trust} ${trustName(r.trust) ?? '(not in the trust list)'}` : '-'}`,
  ];
  if (r.kind === 'nomination') lines.push(`  replaces earlier nominations: ${r.supersedes ? 'yes' : 'no'}`);
  r.nominees.forEach((n, i) => lines.push(describeNominee(n, i)));
  return lines.join('\n');
}

function who(m: MessageState): string {
  const f = m.facts;
  if (f.decision) return `decided (${f.decision.action}) by ${f.decision.actor} at ${shortDate(f.decision.decidedAt)}`;
  if (f.extraction) return `as read by ${f.extraction.parserVersion}`;
  return 'unread';
}

/** One line of `lhs list`. */
export function listLine(m: MessageState): string {
  const r = m.reading;
  const people = r && r.nominees.length ? ` ${r.nominees.map((n) => `${n.name} (${n.role})`).join(', ')}` : '';
  return `${String(m.facts.id).padStart(5)}  ${shortDate(m.facts.sentAt)}  ${m.status.padEnd(10)}  ${(r?.kind ?? 'error').padEnd(13)}  ${(r?.trust ?? '-').padEnd(5)}  ${sender(m)}${people ? ' |' + people : ''}`;
}

const indent = (text: string): string =>
  text
    .trim()
    .split('\n')
    .map((l) => '  ' + l)
    .join('\n');

/** The whole message as a reviewer needs it: who, when, what they wrote, what was read, why it needs a look. */
export function describeMessage(
  m: MessageState,
  detail: MessageDetail,
  trustName: (ods: string) => string | undefined,
  related: MessageState[],
): string {
  const f = m.facts;
  const out = [
    `message ${f.id}  [${m.status}]`,
    `from:     ${sender(m)}`,
    `date:     ${shortDate(f.sentAt)}`,
    `subject:  ${f.subject ?? '(none)'}`,
    `message-id: ${f.messageId ?? '(none)'}`,
  ];
  if (detail.attachments.length) {
    out.push('attachments:');
    for (const a of detail.attachments) {
      out.push(`  ${a.filename ?? '(no name)'} (${a.contentType}, ${a.size} bytes)${a.problem ? ` - ${a.problem}` : ''}`);
    }
  } else out.push('attachments: none');
  if (f.state === 'failed') out.push(`could not be read: ${f.error ?? ''}`);
  out.push('', 'reply (without quoted mail):', detail.replyText && detail.replyText.trim() ? indent(detail.replyText) : '  (empty)');
  if (detail.signature) out.push('signature:', indent(detail.signature));
  out.push('', `reading, ${who(m)}:`, describeReading(m.reading, trustName));
  if (f.decision && f.extraction) out.push('the parser read:', describeReading(f.extraction.reading, trustName));
  if (m.reasons.length) out.push('why it needs review:', ...m.reasons.map((r) => `  - ${r}`));
  const cands = f.extraction?.trustCandidates ?? [];
  if (cands.length) out.push(`other possible trusts: ${cands.map((c) => `${c.ods} ${c.name}`).join('; ')}`);
  if (related.length) {
    out.push('', 'other replies for this trust:');
    for (const o of related) {
      out.push(`  message ${o.facts.id} [${o.status}] ${shortDate(o.facts.sentAt)} from ${sender(o)}, ${who(o)}`);
      for (const [i, n] of (o.reading?.nominees ?? []).entries()) out.push('  ' + describeNominee(n, i));
    }
  }
  return out.join('\n');
}

/** The message as JSON for `lhs show --json` and `lhs list --json`. */
export function messageJson(m: MessageState, detail?: MessageDetail) {
  const f = m.facts;
  return {
    id: f.id,
    messageId: f.messageId,
    status: m.status,
    from: f.fromAddress,
    fromName: f.fromName,
    date: f.sentAt,
    subject: f.subject,
    reading: m.reading,
    decidedBy: f.decision ? { action: f.decision.action, actor: f.decision.actor, at: f.decision.decidedAt } : null,
    parser: f.extraction ? { version: f.extraction.parserVersion, reading: f.extraction.reading, needsReview: f.extraction.needsReview } : null,
    reasons: m.reasons,
    related: m.related,
    ...(detail ? { replyText: detail.replyText, signature: detail.signature, attachments: detail.attachments } : {}),
  };
}

/** The one line a decision command prints. */
export function decidedLine(id: number, verb: string, actor: string, r: Reading): string {
  const people = r.nominees.map((n) => `${n.name} (${n.role})`).join(', ');
  return `message ${id} ${verb} by ${actor}: ${r.kind}${r.trust ? ` for ${r.trust}` : ''}${people ? `: ${people}` : ''}`;
}

