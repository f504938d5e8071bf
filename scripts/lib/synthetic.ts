// A deterministic generator of realistic synthetic replies to the letter, for benchmarks,
// memory tests and seeding a test IMAP server. Same (count, seed), same bytes.
//
//   import { syntheticMessages } from '../scripts/lib/synthetic.js';
//   for (const raw of syntheticMessages(1000, 42)) ...           // Buffer per message
//   for (const { raw, label } of syntheticMailbox(1000, 42)) ... // with the truth, parse-contract label format
//
// Shapes as in fixtures/mailbox (Outlook 2010, Outlook on the web, plain "-----Original
// Message-----" in 8bit/quoted-printable/base64, Gmail, HTML only), random open trusts from the
// ODS list, random people with drama-range phone numbers, some nominees only in an attached
// .docx or .pdf form, auto-replies, delivery failures and unrelated mail. About one message in
// ten has a body line that begins "From ", so an mbox writer must escape it and a reader must
// not split there.
import { loadBundledTrusts } from '../../src/reference/ods.js';
import type { Label } from './fixtures.js';
import { buildDocx, buildPdf } from './office.js';
import { LETTER_SUBJECT, gmail, htmlOnly, outlook2010, outlookWeb, plainOriginal, type FileAttachment, type Person, type ReplySpec } from './shapes.js';

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Aisha', 'Alan', 'Alison', 'Amit', 'Angela', 'Bernard', 'Bethan', 'Catherine', 'Chidi', 'Clive', 'Deborah', 'Declan', 'Eilidh', 'Emeka', 'Fiona', 'Gareth', 'Gemma', 'Hannah', 'Harjit', 'Ian', 'Imogen', 'Jacqueline', 'Jamal', 'Joanna', 'Kamala', 'Keith', 'Laura', 'Lindsay', 'Marcus', 'Maureen', 'Mei', 'Neil', 'Nkechi', 'Oliver', 'Parveen', 'Patrick', 'Rebecca', 'Rohan', 'Ruth', 'Sanjay', 'Sharon', 'Stuart', 'Tariq', 'Teresa', 'Usha', 'Victoria', 'Wendy', 'Yusuf', 'Zoe', 'Hope', 'Grace', 'Will', 'Rose', 'Mark'];
const LAST = ['Abbott', 'Acheson', 'Ahmed', 'Ainsley', 'Bamford', 'Bishop', 'Blackwood', 'Brennan', 'Chaudhry', 'Cole', 'Crowther', 'Dempsey', 'Dhillon', 'Eastwood', 'Ellison', 'Farrant', 'Fletcher', 'Gallagher', 'Goodwin', 'Hargreaves', 'Holloway', 'Iqbal', 'Jardine', 'Kavanagh', 'Kowalski', 'Lambert', 'Lockwood', 'Mahmood', 'McBride', 'Nairn', 'Nwosu', "O'Donnell", 'Okoro', 'Pargeter', 'Patel', 'Quigley', 'Ramsden', 'Rees', 'Sahota', 'Shackleton', 'Thornton', 'Underwood', 'Varga', 'Whitfield', 'Wong', 'Yardley', 'Young', 'Zielinski', 'Church', 'Fields', 'Baker'];
const TITLES = ['Dr', 'Dr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Professor', ''];
const JOBS = [
  'Consultant Clinical Scientist (Clinical Biochemistry)', 'Head of Medical Physics', 'Consultant Clinical Scientist, Genetics',
  'Lead Biomedical Scientist', 'Head of Audiology', 'Director of Healthcare Science', 'Head of Clinical Engineering',
  'Principal Clinical Scientist (Radiotherapy Physics)', 'Head of Cardiac Physiology', 'Pathology Services Manager',
  'Consultant Clinical Scientist in Immunology', 'Head of Respiratory Physiology', 'Chief Healthcare Scientist',
  'Head of Neurophysiology', 'Consultant Clinical Scientist (Haematology)', 'Head of Nuclear Medicine',
];
const PHONES = ['020 7946 0', '0113 496 0', '0121 496 0', '07700 900'];
const MD_TITLES = ['Medical Director', 'Deputy Medical Director', 'Associate Medical Director', 'Chief Medical Officer'];
const OPENERS = ['Dear Fiona,', 'Dear Ms Carragher,', 'Dear CSO team,', 'Dear Colleagues,', 'Hello,', 'Good afternoon,', 'Fiona'];
const CLOSERS = ['Kind regards', 'Best wishes', 'Regards', 'Many thanks', 'Yours sincerely', 'With best wishes'];
// body paragraphs that begin "From ": the mbox trap
const FROM_LINES = [
  'From 1 October 2016 {first} will also chair our Healthcare Science Board.',
  'From the Trust\'s point of view this is a welcome initiative.',
  'From next month the role will be part of {pronoun} job plan.',
  'From {first}\'s perspective the network will be very useful.',
];

function titleCaseTrust(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\bNhs\b/g, 'NHS')
    .replace(/\bAnd\b/g, 'and')
    .replace(/\bOf\b/g, 'of')
    .replace(/\bUpon\b/g, 'upon')
    .replace(/'S\b/g, "'s");
}

interface Nominee {
  title: string;
  first: string;
  last: string;
  email: string;
  phone: string;
  job: string;
  role: 'lead' | 'deputy' | 'joint';
}

/** Endless labelled synthetic messages; the first `count` are taken. */
export function* syntheticMailbox(count: number, seed = 1): Generator<{ raw: Buffer; label: Label }> {
  const rnd = seededRandom(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const trusts = loadBundledTrusts().filter((t) => !t.closed);
  const usedEmails = new Set<string>();
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16).toUpperCase()).join('');
  const phone = () => pick(PHONES) + String(Math.floor(rnd() * 1000)).padStart(3, '0');
  const person = (role: Nominee['role']): Nominee => {
    const first = pick(FIRST);
    const last = pick(LAST);
    let email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@nhs.net';
    for (let n = 2; usedEmails.has(email); n++) email = email.replace(/\d*@/, `${n}@`);
    usedEmails.add(email);
    return { title: pick(TITLES), first, last, email, phone: phone(), job: pick(JOBS), role };
  };
  const full = (p: { title: string; first: string; last: string }) => [p.title, p.first, p.last].filter(Boolean).join(' ');
  const start = Date.UTC(2016, 8, 13, 16, 0, 0);
  const span = 48 * 24 * 3600_000;

  for (let i = 0; i < count; i++) {
    const trust = pick(trusts);
    const trustName = titleCaseTrust(trust.name);
    const md = { ...person('lead'), title: pick(['Dr', 'Dr', 'Professor', 'Mr']) };
    const mdTitle = pick(MD_TITLES);
    const from: Person = { name: `${md.last} ${md.first} (${trust.name})`, email: md.email };
    const date = new Date(start + Math.floor(rnd() * span));
    const messageId = `<${hex(32)}@SYN${seed}X${i}.nhs.net>`;
    const signature = `${full(md)}\n${mdTitle}\n${trustName}\nTel: ${phone()}`;
    const roll = rnd();
    let text: string;
    let label: Label;
    let attachments: FileAttachment[] | undefined;
    let headers: [string, string][] | undefined;
    let subject = `RE: ${LETTER_SUBJECT}`;
    let quote: ReplySpec['quote'];
    let sig: string | undefined = signature;

    if (roll < 0.66) {
      // a nomination: lead, lead + deputy, or joint leads
      const shape = rnd();
      const people: Nominee[] = shape < 0.7 ? [person('lead')] : shape < 0.88 ? [person('lead'), person('deputy')] : [person('joint'), person('joint')];
      const line = (p: Nominee) => `${full(p)}, ${p.job}, ${p.email}, ${p.phone}`;
      const trap = rnd() < 0.1 ? '\n\n' + pick(FROM_LINES).replace('{first}', people[0]!.first).replace('{pronoun}', pick(['her', 'his'])) : '';
      const inForm = rnd() < 0.12;
      if (inForm) {
        const p = people[0]!;
        const asPdf = rnd() < 0.35;
        attachments = [
          asPdf
            ? { filename: 'LHS nomination.pdf', contentType: 'application/pdf', data: buildPdf([`Trust: ${trustName}`, `Name: ${full(p)}`, `Job title: ${p.job}`, `Email: ${p.email}`, `Telephone: ${p.phone}`]) }
            : {
                filename: 'LHS reply form.docx',
                contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                data: buildDocx({ heading: ['Lead Healthcare Scientist - Reply Form', `Organisation: ${trustName}`], rows: [['Name', full(p)], ['Job title', p.job], ['Email', p.email], ['Telephone', p.phone]] }),
              },
        ];
        people.splice(1);
        text = `${pick(OPENERS)}\n\nPlease find attached our completed nomination form for ${trustName}.${trap}\n\n${pick(CLOSERS)}`;
      } else if (people[0]!.role === 'joint') {
        text = `${pick(OPENERS)}\n\n${trustName} will share the role between two joint Lead Healthcare Scientists:\n\n${people.map(line).join('\n')}${trap}\n\n${pick(CLOSERS)}`;
      } else if (people.length === 2) {
        text = `${pick(OPENERS)}\n\nOur Lead Healthcare Scientist will be ${line(people[0]!)}.\n\nThe deputy will be ${line(people[1]!)}.${trap}\n\n${pick(CLOSERS)}`;
      } else {
        const p = people[0]!;
        text = pick([
          `${pick(OPENERS)}\n\nI am pleased to confirm that ${trustName}'s Lead Healthcare Scientist is ${full(p)}, ${p.job}. ${p.first} can be reached at ${p.email} or on ${p.phone}.${trap}\n\n${pick(CLOSERS)}`,
          `${pick(OPENERS)}\n\nPlease see our nomination below.\n\nName: ${full(p)}\nJob title: ${p.job}\nEmail: ${p.email}\nTel: ${p.phone}${trap}\n\n${pick(CLOSERS)}`,
          `${pick(OPENERS)}\n\nIn reply to your letter, we nominate ${full(p)} (${p.job}; ${p.email}; ${p.phone}) as our LHS.${trap}\n\n${pick(CLOSERS)}`,
        ]);
      }
      label = {
        kind: 'nomination', trust: trust.ods, ambiguous: false, supersedes: false, notes: inForm ? 'synthetic: nominee in the attached form' : 'synthetic',
        nominees: people.map((p) => ({ name: full(p), email: p.email, phone: p.phone, jobTitle: p.job, role: p.role })),
      };
    } else if (roll < 0.74) {
      text = `${pick(OPENERS)}\n\n${pick([
        `We have not yet identified a Lead Healthcare Scientist for ${trustName}. This will be discussed at our next executive meeting and I will write again.`,
        `${trustName} does not employ healthcare scientists directly, so we will not be nominating.`,
        `We are recruiting to a Head of Healthcare Science post and will confirm the name once the appointment is made.`,
      ])}\n\n${pick(CLOSERS)}`;
      label = { kind: 'no_nomination', trust: trust.ods, nominees: [], ambiguous: false, supersedes: false, notes: 'synthetic' };
    } else if (roll < 0.78) {
      text = `${pick(OPENERS)}\n\nCould you tell us whether the Lead Healthcare Scientist must be a registered clinical scientist, and how much time the role is expected to take? The role descriptor was not attached to the email we received.\n\n${pick(CLOSERS)}`;
      label = { kind: 'query', trust: trust.ods, nominees: [], ambiguous: false, supersedes: false, notes: 'synthetic' };
    } else if (roll < 0.92) {
      subject = `Automatic reply: ${LETTER_SUBJECT}`;
      headers = [['Auto-Submitted', 'auto-replied']];
      quote = null;
      sig = undefined;
      const back = new Date(date.getTime() + (3 + Math.floor(rnd() * 14)) * 24 * 3600_000);
      text = `Thank you for your email. I am out of the office until ${back.getUTCDate()}/${back.getUTCMonth() + 1}/2016 with limited access to email.\n\nFor urgent matters please contact the Medical Director's office on ${phone()}.`;
      label = { kind: 'auto_reply', trust: null, nominees: [], ambiguous: false, supersedes: false, notes: 'synthetic out-of-office' };
    } else {
      subject = pick(['Healthcare Science Week 2017: save the date', 'Your NHSmail password expires today', 'Invitation: pathology networks webinar']);
      quote = null;
      sig = undefined;
      text = `Dear colleague,\n\n${pick([
        'Please save the date for Healthcare Science Week 2017. Further details will follow in the new year.',
        'Your password will expire in 24 hours. To keep your mailbox active, sign in at the link below and confirm your details.',
        'You are invited to a webinar on pathology networks. Places are limited; reply to book.',
      ])}\n\nThis message was sent to a distribution list.`;
      label = { kind: 'unrelated', trust: null, nominees: [], ambiguous: false, supersedes: false, notes: 'synthetic' };
    }

    const spec: ReplySpec = {
      from,
      date: date.toUTCString().replace('GMT', '+0000'),
      subject,
      messageId,
      text,
      signature: sig,
      attachments,
      headers,
      ...(quote === null ? { quote: null, inReplyTo: null } : {}),
    };
    const s = rnd();
    const raw =
      s < 0.35 ? outlook2010(spec)
      : s < 0.55 ? outlookWeb(spec)
      : s < 0.75 ? plainOriginal(spec, pick(['8bit', '8bit', 'quoted-printable', 'base64'] as const))
      : s < 0.9 ? gmail(spec)
      : htmlOnly(spec);
    yield { raw, label };
  }
}

/** `count` synthetic raw messages, deterministic for a given seed. */
export function* syntheticMessages(count: number, seed = 1): Generator<Buffer> {
  for (const { raw } of syntheticMailbox(count, seed)) yield raw;
}
