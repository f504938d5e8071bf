import { findEmails, findPhones, firstPhone } from '../contacts.js';
import { LETTER_PEOPLE } from '../letter.js';
import { addressAddsToName, emailMatchesName, readNameAt } from '../names.js';
import type { Address } from '../../message/types.js';
import type { Cand, FoundNominee } from './candidate.js';
import { hasNominationCue } from './cues.js';
import { inlineAnswerPeople } from './inlineAnswers.js';
import { ROLE_WORDS, titleAfter, titleNear } from './jobTitles.js';
import { listedPeople } from './lists.js';
import { contactsFor, withoutAssistants } from './nomineeContacts.js';
import { blockPeople } from './pastedBlocks.js';
import { phrasePeople } from './phrases.js';
import { pronounPeople } from './pronouns.js';
import { ASSISTANT, notRole } from './roles.js';
import { samePerson } from './samePerson.js';
import { saysSelf, saysSelfDeputy, senderName } from './self.js';
import { shortNamePeople } from './shortNames.js';
import { labelledPeople } from './tables.js';
import { ownAddressIn } from './forwarded.js';
import { terseAnswerPeople } from './terse.js';
import { saidToHaveLeft } from './departed.js';

// "joint leads", "sharing the Lead Healthcare Scientist role": two or more leads are joint
const SHARED_ROLE = /\bjoint(?:ly)?\b|\bco-?leads?\b|\bas\s+a\s+job[\s-]?share\b|\bshar(?:e|es|ed|ing)\s+(?:the\s+)?(?:(?:LHS|Lead\s+Healthcare\s+Scientist)\s+)?role\b/i;

const ASSISTANT_AFTER = new RegExp(String.raw`^\s*(?:\(${ASSISTANT}\)|,\s*${ASSISTANT}\s+to\b)`, 'i');

export interface PeopleInput {
  content: string;
  inline: string;
  signature: string;
  subject: string;
  from: Address | null;
  attachments: { filename: string | null; text: string }[];
}

export interface PeopleResult {
  nominees: FoundNominee[];
  /** the sender says they are the nominee */
  self: boolean;
  /** words that usually come with a nomination were there */
  cue: boolean;
  /** people listed beside the nominees in another office (a table's "Executive sponsor"): not nominees, and not missed */
  listed: { name: string; email: string | null }[];
}

/**
 * Where the text read for a person's details ends: at the next person, or 400 characters on,
 * but then at the end of that line (an address cut there would be read as "jo.bloggs@nhs.n",
 * and the number after it lost).
 */
function windowEnd(text: string, start: number, next: number): number {
  const end = Math.min(next, start + 400);
  if (end === next) return end;
  const lineEnd = text.indexOf('\n', end);
  return Math.min(next, lineEnd < 0 ? text.length : lineEnd, end + 160);
}

export function findNominees(input: PeopleInput): PeopleResult {
  const { content, signature, from } = input;
  const sender = from?.address ?? '';
  const exclude = new Set<string>([sender, ...findEmails(signature).map((e) => e.address)]);
  let cands: Cand[] = [
    ...labelledPeople(content, 'labelled field'),
    ...phrasePeople(content),
    ...pronounPeople(content),
    ...listedPeople(content),
    ...blockPeople(content),
    ...shortNamePeople(content),
    ...inlineAnswerPeople(input.inline, content),
    ...terseAnswerPeople(content),
  ];
  cands = cands.filter((c) => !LETTER_PEOPLE.test(c.read.name));
  // "Karen Doyle (PA) - karen.doyle@...": someone's assistant, listed for the diary, not a nominee
  for (const c of cands) if (ASSISTANT_AFTER.test(content.slice(c.read.end, c.read.end + 40))) c.otherOffice = true;
  const listed = cands.filter((c) => c.otherOffice).map((c) => ({ name: c.read.name, email: c.fields.email ?? ownAddressIn(content, c.read.name)?.email ?? null }));
  cands = cands.filter((c) => !c.otherOffice);
  // one person found by several rules: keep the first by position, with any labelled fields
  cands.sort((a, b) => a.read.start - b.read.start);
  const merged: Cand[] = [];
  for (const c of cands) {
    const same = merged.find((m) => samePerson(m.read, c.read));
    if (same) {
      same.fields = { ...c.fields, ...same.fields };
      same.role ??= c.role;
      if (c.read.bare.length > same.read.bare.length) same.read = c.read;
      if (same.how === 'phrase' && c.how !== 'phrase') same.how = c.how;
    } else merged.push(c);
  }
  merged.sort((a, b) => a.read.start - b.read.start);
  // "Dr Pemberton has since taken early retirement": the one being replaced, when someone else is named
  const staying = merged.filter((c) => !saidToHaveLeft(c.read, content));
  if (staying.length && staying.length < merged.length) merged.splice(0, merged.length, ...staying);
  merged.forEach((c, i) => {
    const next = merged[i + 1]?.read.start ?? content.length;
    c.window = content.slice(c.read.end, windowEnd(content, c.read.end, next));
  });

  const self = saysSelf(content);
  const cue = self || hasNominationCue(content);
  const nominees: FoundNominee[] = [];
  const joint = SHARED_ROLE.test(content);
  for (const c of merged) {
    const { email, phone, emailDoubt } = contactsFor(c, exclude);
    const doubts: string[] = [];
    const mail = email;
    // "Siobhan Keane - siobhan.keane@... - 020 ...": the number on the line of the person's own
    // address is theirs, over the first number after the name (which may be the next person's)
    const own = c.fields.phone ? null : ownAddressIn(content, c.read.name);
    const ownPhone = own && own.email === mail ? own.phone : null;
    if (emailDoubt) doubts.push(emailDoubt);
    if (c.doubt) doubts.push(c.doubt);
    if (c.read.bare.length < 2) doubts.push(`only a surname for ${c.read.name}`);
    nominees.push({
      name: c.read.name,
      email: mail,
      phone: ownPhone ?? phone,
      jobTitle: notRole(c.fields.jobTitle ?? titleAfter(content.slice(c.read.end, c.read.end + 200)) ?? titleNear(c.window, c.read)),
      role: c.role ?? 'lead',
      how: c.how,
      doubts,
    });
  }
  if (joint && nominees.filter((n) => n.role === 'lead').length >= 2) for (const n of nominees) if (n.role === 'lead') n.role = 'joint';

  // "I have agreed to act as Claire's deputy": the writer, in the deputy's place, beside the lead named
  const selfRole = self ? 'lead' : nominees.length && saysSelfDeputy(content) ? 'deputy' : null;
  if (selfRole) {
    // a signature of a first name only: the writer's name as a block in what they wrote ("My details are below")
    const signed = senderName(signature, from);
    const inText = signed && !signed.fromSignature ? senderName(content.split('\n').slice(-15).join('\n'), from) : null;
    const me = inText?.fromSignature ? inText : signed;
    const already = me ? nominees.find((n) => { const r = readNameAt(n.name, 0); return r ? samePerson(r, me) : false; }) : undefined;
    if (already && !already.email) already.email = findEmails(signature).find((e) => emailMatchesName(e.address, already.name) >= 1)?.address ?? (sender || null);
    if (me && !already) {
      const sigLines = signature.split('\n');
      const at = sigLines.findIndex((l) => l.includes(me.bare[me.bare.length - 1]!));
      const titleLine = at >= 0 ? sigLines[at + 1]?.trim() : undefined;
      // not the number of the writer's PA ("My PA ... can be reached on ...")
      // (a deputy writing under the lead's details: the number in the text is the lead's)
      // (nor a number given for someone else the text names: "my deputy ... can be reached on ...")
      const theirs = new Set(nominees.map((n) => n.phone).filter((p): p is string => !!p));
      const phone = (selfRole === 'lead' ? findPhones(withoutAssistants(content, me.name)).find((p) => !theirs.has(p.text)) : null) ?? firstPhone(signature);
      const sigMail = findEmails(signature).find((e) => emailMatchesName(e.address, me.name))?.address;
      // "please use my work address: ...": an address of the writer's own in what they wrote wins
      // over the one they happened to send from (a personal account, a colleague's mailbox)
      const saidMail = findEmails(content).find((e) => emailMatchesName(e.address, me.name) >= 1 && !nominees.some((n) => n.email === e.address))?.address;
      // a signature that names someone else: the writer may not be the mailbox owner
      const signer = signature
        .split('\n')
        .slice(0, 8)
        .map((l) => readNameAt(l.replace(/\|.*$/, ''), 0))
        .find((r) => r && r.end >= 0);
      // (the signature's first line may sign off with part of the name the block below gives in full)
      const doubts = signer && !samePerson(signer, me) && !signer.bare.every((w) => me.bare.includes(w)) ? [`the sender (${me.name}) and the signature (${signer.name}) differ`] : [];
      // Outlook shows "Surname Firstname" without a comma: which is which is then a guess
      if (!me.fromSignature && !from?.name.includes(',')) doubts.push(`name taken from the mailbox display name "${from?.name}"`);
      const email = saidMail ?? sigMail ?? (sender || null);
      // "Wei Ling" signed, weiling.chua@ sent from: the name as signed may be only part of it
      if (email && addressAddsToName(email, me.name)) doubts.push(`e-mail ${email} does not spell ${me.name} as written: the name may be incomplete`);
      nominees[selfRole === 'lead' ? 'unshift' : 'push']({
        name: me.name,
        email,
        phone: phone?.text ?? null,
        // "Chief Healthcare Scientist, Barts Health NHS Trust": the title without the employer
        jobTitle: titleLine && ROLE_WORDS.test(titleLine) ? titleLine.replace(/,\s*[^,]*\b(?:NHS|Trust|Hospitals?)\b[^,]*$/, '') : null,
        role: selfRole,
        how: 'self',
        doubts,
      });
    } else if (!me) {
      return { nominees, self, cue, listed };
    }
  }

  // the name only in the subject: "LHS nomination - Sheffield Teaching Hospitals - Dr Jane Smith"
  if (!nominees.length && /nominat|\bLHS\b|lead healthcare scientist/i.test(input.subject)) {
    const parts = input.subject.split(/\s[-–:]\s|:\s/);
    for (const part of parts.slice(1).reverse()) {
      const read = readNameAt(part.trim(), 0);
      // the name alone, or the name and what they do ("Dr N Raghunathan, Chemical Pathology")
      const rest = read ? part.trim().slice(read.end) : '';
      if (read && (rest.trim().length <= 1 || /^\s*[,(–-]\s*[\p{L}][^@\d]{2,80}$/u.test(rest))) {
        const e = findEmails(content).find((x) => !exclude.has(x.address) && emailMatchesName(x.address, read.name) >= 1);
        // "Dr N Raghunathan" in the subject, "Nirmala is our ..." and nirmala.raghunathan@ in the text: the given name in full
        const initial = read.bare.length === 2 && read.bare[0]!.length === 1 ? read.bare[0]! : null;
        const givenInFull = initial && e ? e.address.split('@')[0]!.split(/[._-]/).find((t) => t.length >= 3 && t[0] === initial.toLowerCase()) : undefined;
        const written = givenInFull ? new RegExp(`\\b${givenInFull[0]!.toUpperCase()}${givenInFull.slice(1)}\\b`).exec(content)?.[0] : undefined;
        const name = written ? read.name.replace(new RegExp(`\\b${initial}\\.?(?=\\s)`), written) : read.name;
        const t = /\b(?:He|She|They)\s+is\s+(?:our|the)\s+([A-Z][^.,;:\n]{3,80})/.exec(content);
        nominees.push({
          name,
          email: e?.address ?? null,
          phone: firstPhone(content)?.text ?? null,
          jobTitle: t && ROLE_WORDS.test(t[1]!) ? t[1]!.replace(/\s+(?:and\s+is|who|will|has|is|at|based)\b.*$/, '').trim() : null,
          role: 'lead',
          how: 'subject',
          doubts: /as per (?:the )?subject|see (?:the )?subject|in the subject/i.test(content) ? [] : ['name found only in the subject line'],
        });
        break;
      }
    }
  }
  return { nominees, self, cue, listed };
}

/** Nominees in an attachment's text (a reply form or a letter): labelled fields first, then phrases. */
export function findNomineesInAttachment(text: string): FoundNominee[] {
  // a form's fields, a sentence, or a numbered list under "we nominate two people to share the role:"
  const cands = [...labelledPeople(text, 'attachment'), ...phrasePeople(text), ...listedPeople(text)].filter((c) => !LETTER_PEOPLE.test(c.read.name));
  const merged: Cand[] = [];
  for (const c of cands.sort((a, b) => a.read.start - b.read.start)) {
    const same = merged.find((m) => samePerson(m.read, c.read));
    if (same) same.fields = { ...c.fields, ...same.fields };
    else merged.push(c);
  }
  const joint = merged.filter((c) => (c.role ?? 'lead') === 'lead').length >= 2 && SHARED_ROLE.test(text);
  return merged.map((c, i) => {
    const next = merged[i + 1]?.read.start ?? text.length;
    c.window = text.slice(c.read.end, windowEnd(text, c.read.end, next));
    const { email, phone, emailDoubt } = contactsFor(c, new Set());
    return {
      name: c.read.name,
      email,
      phone,
      jobTitle: notRole(c.fields.jobTitle ?? titleAfter(text.slice(c.read.end, c.read.end + 200))),
      role: (c.role ?? 'lead') === 'lead' && joint ? 'joint' : (c.role ?? 'lead'),
      how: 'attachment' as const,
      doubts: emailDoubt ? [emailDoubt] : [],
    };
  });
}
