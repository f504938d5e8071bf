import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAutomatic } from '../../src/extraction/automatic.js';
import { readBody } from '../../src/extraction/body/index.js';
import { readMessage } from '../../src/message/readMessage.js';

/** A real RFC 5322 message, parsed the way the pipeline parses every message. */
async function auto(headers: Record<string, string>, body: string): Promise<string | null> {
  const head = { From: 'Dr A Person <a.person@example.nhs.uk>', To: 'england.cso@nhs.net', Date: 'Tue, 13 Sep 2016 17:02:00 +0100', 'Message-ID': '<t1@example.nhs.uk>', Subject: 'RE: Lead Healthcare Scientists (LHS)', ...headers };
  const raw = Buffer.from(`${Object.entries(head).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`);
  const msg = await readMessage(raw);
  return detectAutomatic(msg, readBody(msg));
}

const OOO = 'Thank you for your email.\n\nI am out of the office until Monday 26 September with limited access to email.\n\nDr A Person';
const NOMINATION = 'Dear CSO team,\n\nOur Lead Healthcare Scientist will be Dr Jane Smith (jane.smith@example.nhs.uk).\n\nKind regards\n\nDr A Person\nMedical Director';

describe('detectAutomatic: headers', () => {
  it('reads RFC 3834 Auto-Submitted, any value but "no"', async () => {
    expect(await auto({ 'Auto-Submitted': 'auto-replied' }, NOMINATION)).toBe('Auto-Submitted: auto-replied');
    expect(await auto({ 'Auto-Submitted': 'auto-generated', 'In-Reply-To': '<letter@nhs.net>' }, NOMINATION)).toBe('Auto-Submitted: auto-generated');
    // auto-generated and answering nothing: a notice a system sends on its own (a room booking), not a reply
    expect(await auto({ 'Auto-Submitted': 'auto-generated', Subject: 'Booking confirmed: LHS network planning' }, 'Room booking confirmation\n\nRoom: 2C14\nDate: 24 November 2016')).toBeNull();
    expect(await auto({ 'Auto-Submitted': 'auto-generated', Subject: 'Automatic reply: Lead Healthcare Scientists' }, OOO)).not.toBeNull();
    expect(await auto({ 'Auto-Submitted': 'no' }, NOMINATION)).toBeNull();
  });

  it('reads X-Autoreply and X-Autorespond', async () => {
    expect(await auto({ 'X-Autoreply': 'yes' }, NOMINATION)).toBe('X-Autoreply: yes');
    expect(await auto({ 'X-Autorespond': 'Thank you' }, NOMINATION)).toMatch(/^X-Autorespond/);
  });

  it('reads Precedence: auto_reply, but not bulk or list (newsletters are unrelated mail, not auto-replies)', async () => {
    expect(await auto({ Precedence: 'auto_reply' }, NOMINATION)).toBe('Precedence: auto_reply');
    expect(await auto({ Precedence: 'bulk', Subject: 'Healthcare Science Bulletin 41' }, 'News from the healthcare science world.')).toBeNull();
    expect(await auto({ Precedence: 'list', Subject: 'Digest' }, 'Items this week.')).toBeNull();
  });

  it('counts X-Auto-Response-Suppress only with out-of-office wording (Outlook sets it on ordinary mail too)', async () => {
    expect(await auto({ 'X-Auto-Response-Suppress': 'All' }, NOMINATION)).toBeNull();
    const quotedOoo = `${OOO}\n\n-----Original Message-----\nFrom: CSO\nSent: 13 September 2016\nTo: Person\nSubject: Lead Healthcare Scientists (LHS)\n\nDear Colleagues,`;
    expect(await auto({ 'X-Auto-Response-Suppress': 'All' }, quotedOoo)).toMatch(/^X-Auto-Response-Suppress: All, and the text says "I am out of the office/);
  });

  it('knows a mail-system sender', async () => {
    expect(await auto({ From: 'Mail Delivery System <MAILER-DAEMON@mx.example.nhs.uk>', Subject: 'Returned' }, 'It bounced.')).toMatch(/^sent by the mail system/);
  });
});

describe('detectAutomatic: reports', () => {
  it('reads multipart/report: delivery-status (DSN) and disposition-notification (MDN)', async () => {
    const report = (type: string, part: string) =>
      Buffer.from(
        [
          'From: postmaster@example.nhs.uk', 'To: england.cso@nhs.net', 'Subject: Delivery Status Notification (Failure)', 'Date: Tue, 13 Sep 2016 17:02:00 +0100',
          'MIME-Version: 1.0', `Content-Type: multipart/report; report-type=${type}; boundary="b1"`, '', '--b1', 'Content-Type: text/plain', '',
          'Your message could not be delivered.', '--b1', `Content-Type: ${part}`, '', 'Reporting-MTA: dns; mx.example.nhs.uk', '', 'Final-Recipient: rfc822; x@example.nhs.uk', 'Action: failed', 'Status: 5.1.1', '--b1--', '',
        ].join('\r\n'),
      );
    for (const [type, part, want] of [
      ['delivery-status', 'message/delivery-status', /^delivery report/],
      ['disposition-notification', 'message/disposition-notification', /^read receipt/],
    ] as const) {
      const msg = await readMessage(report(type, part));
      expect(detectAutomatic(msg, readBody(msg))).toMatch(want);
    }
  });
});

describe('detectAutomatic: subjects', () => {
  it.each([
    'Automatic reply: Lead Healthcare Scientists (LHS)',
    'Out of Office: Lead Healthcare Scientists (LHS)',
    'Kevin Whitlock is out of the office.',
    'Undeliverable: Lead Healthcare Scientists (LHS)',
    'Delivery Status Notification (Failure)',
    'Read: Lead Healthcare Scientists (LHS)',
    'Acknowledgement: REMINDER: Lead Healthcare Scientists (LHS)',
    'AUTO: Kevin Whitlock is out of the office (returning 20/09/2016)',
    'Out of Office AutoReply: Lead Healthcare Scientists (LHS)',
    '[Auto-Reply] Lead Healthcare Scientists (LHS)',
    'Return Receipt (displayed) - Lead Healthcare Scientists (LHS)',
    'Mail delivery failed: returning message to sender',
  ])('"%s"', async (subject) => {
    expect(await auto({ Subject: subject }, 'A short note.')).not.toBeNull();
  });

  it('does not take a person\'s reply subject for an automatic one', async () => {
    expect(await auto({ Subject: 'RE: Lead Healthcare Scientists (LHS) - reading list' }, NOMINATION)).toBeNull();
  });
});

describe('detectAutomatic: wording when the headers are missing', () => {
  it.each([
    ['out of the office', OOO],
    ["I'm away", "I'm currently out of the office with no access to email."],
    ['annual leave', 'I am on annual leave until 3 October. For urgent matters contact my PA, Gillian Sharrock, on 0161 496 0215.'],
    ['left the trust', 'Mr Jones no longer works for the trust. Please redirect your message to the Trust Secretary.'],
    ['unmonitored mailbox', 'This mailbox is not monitored. Please write to the medical director\'s office instead.'],
    ['automatic acknowledgement', 'This is an automated acknowledgement. Your email to the Office of the Medical Director has been received.'],
  ])('%s', async (_what, body) => {
    expect(await auto({ Subject: 'Lead Healthcare Scientists (LHS)' }, body)).toMatch(/^the text says/);
  });

  it('an auto-reply that names a PA or colleague is still an auto-reply (the PA is no nominee)', async () => {
    const why = await auto({ Subject: 'Lead Healthcare Scientists (LHS)' }, 'I am on maternity leave until June 2017. Correspondence is handled by Mrs Pauline Eccleston (pauline.eccleston@nhs.net).');
    expect(why).toMatch(/maternity leave/);
  });

  it('a person who mentions leave in a real answer above the quoted letter is not an auto-reply', async () => {
    const body = `I am on annual leave from Friday, so I wanted to reply now: our Lead Healthcare Scientist is Dr Jane Smith.\n\nRegards\nDr A Person\n\n-----Original Message-----\nFrom: CSO\nSent: 13 September 2016 16:40\nTo: Person\nSubject: Lead Healthcare Scientists (LHS)\n\nDear Colleagues,`;
    expect(await auto({}, body)).toBeNull();
  });
});

// the dev corpus sits beside the project (../shared), not in it: an extra check where it is there
const DEV_CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
describe.skipIf(!existsSync(DEV_CORPUS))('detectAutomatic on the dev corpus (../shared)', () => {
  const dir = DEV_CORPUS;
  it.each(['001', '002', '003', '004', '005', '006', '008', '055'])('%s is an auto-reply', async (n) => {
    const msg = await readMessage(readFileSync(join(dir, `${n}.eml`)));
    expect(detectAutomatic(msg, readBody(msg))).not.toBeNull();
  });
  it.each(['007', '012', '014', '021', '028', '035', '046', '056', '058'])('%s is not', async (n) => {
    const msg = await readMessage(readFileSync(join(dir, `${n}.eml`)));
    expect(detectAutomatic(msg, readBody(msg))).toBeNull();
  });
});
