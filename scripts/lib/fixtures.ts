// Writes fixtures/mailbox: hand-written replies to the letter (fictional people, real trusts,
// phone numbers from Ofcom's drama ranges), each NAME.eml beside its label NAME.json in the
// format of docs/parse-contract.md. Run once with `npx tsx scripts/lib/fixtures.ts`; the
// output is committed, so edit here and run again rather than editing the .eml by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocx, buildPdf, quotedPrintable } from './office.js';
import { LETTER_ID, LETTER_SUBJECT, LETTER_TEXT, gmail, htmlOnly, letterQuote, outlook2010, outlookWeb, plainOriginal, type ReplySpec } from './shapes.js';

export interface Label {
  kind: 'nomination' | 'no_nomination' | 'query' | 'auto_reply' | 'unrelated';
  trust: string | null;
  nominees: { name: string; email: string | null; phone: string | null; jobTitle: string | null; role: 'lead' | 'deputy' | 'joint' }[];
  ambiguous: boolean;
  supersedes: boolean;
  notes: string;
}

interface Fixture {
  name: string;
  raw: Buffer;
  label: Label;
}

const RE = `RE: ${LETTER_SUBJECT}`;
const lead = (name: string, email: string | null, phone: string | null, jobTitle: string | null, role: Label['nominees'][number]['role'] = 'lead') => ({
  name, email, phone, jobTitle, role,
});
const label = (kind: Label['kind'], trust: string | null, nominees: Label['nominees'], notes: string, extra: Partial<Label> = {}): Label => ({
  kind, trust, nominees, ambiguous: false, supersedes: false, notes, ...extra,
});

const DISCLAIMER_NHS = `This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents:
to do so is strictly prohibited and may be unlawful.
Thank you for your co-operation.
NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.`;

const fixtures: Fixture[] = [];
const add = (name: string, raw: Buffer, l: Label) => fixtures.push({ name, raw, label: l });

// 01: Outlook 2010, the medical director names a consultant clinical scientist.
add(
  '01-outlook2010-bwh',
  outlook2010({
    from: { name: 'Kirkbride Andrew (BIRMINGHAM WOMEN\'S NHS FOUNDATION TRUST)', email: 'andrew.kirkbride@nhs.net' },
    date: 'Thu, 15 Sep 2016 11:04:37 +0000',
    subject: RE,
    messageId: '<5E1B0A3C7D2F4E9A8B6C1D0E3F2A4B5C@VMNHSPD1EXMBX11.nhs.net>',
    text: `Dear Fiona,

Thank you for your letter. I am pleased to confirm that our Lead Healthcare Scientist will be Dr Priya Raman, Consultant Clinical Scientist (Genetics), who leads our West Midlands Regional Genetics Laboratory.

Her contact details are priya.raman@nhs.net, telephone 0121 496 0381.

Kind regards,

Andrew`,
    signature: `Mr Andrew Kirkbride
Medical Director
Birmingham Women's NHS Foundation Trust
Mindelsohn Way, Edgbaston, Birmingham B15 2TG
Tel: 0121 496 0102`,
    disclaimer: DISCLAIMER_NHS,
  }),
  label('nomination', 'RLU', [lead('Dr Priya Raman', 'priya.raman@nhs.net', '0121 496 0381', 'Consultant Clinical Scientist (Genetics)')],
    'Outlook 2010 multipart/alternative; the letter quoted under a From/Sent/To/Subject block; the medical director\'s own phone is in his signature and is not the nominee\'s.'),
);

// 02: Outlook on the web, the head of medical physics.
add(
  '02-owa-barnsley',
  outlookWeb({
    from: { name: 'WHITEHEAD, Claire (BARNSLEY HOSPITAL NHS FOUNDATION TRUST)', email: 'claire.whitehead7@nhs.net' },
    date: 'Fri, 16 Sep 2016 08:51:12 +0000',
    subject: RE,
    messageId: '<AM4PR0701MB21306B9C0D3E4F1A2B7C8D9E0F1A2B3C@AM4PR0701MB2130.eurprd07.prod.outlook.com>',
    text: `Good morning,

In response to your letter of 13 September, Barnsley Hospital would like to nominate Mr Gareth Oldroyd, Head of Medical Physics and Clinical Engineering, as our Lead Healthcare Scientist.

Gareth can be contacted on gareth.oldroyd@nhs.net or 0113 496 0457.

Many thanks`,
    signature: `Dr Claire Whitehead
Medical Director
Barnsley Hospital NHS Foundation Trust`,
  }),
  label('nomination', 'RFF', [lead('Mr Gareth Oldroyd', 'gareth.oldroyd@nhs.net', '0113 496 0457', 'Head of Medical Physics and Clinical Engineering')],
    'Outlook on the web: divRplyFwdMsg and appendonsend markers; quote under a horizontal rule.'),
);

// 03: plain text with -----Original Message-----
add(
  '03-plain-portsmouth',
  plainOriginal({
    from: { name: 'Hallworth, Simon', email: 'simon.hallworth@porthosp.nhs.uk' },
    date: 'Mon, 19 Sep 2016 14:22:05 +0100',
    subject: RE,
    messageId: '<D3F0E4A2B61C4D5E9F87A6B5C4D3E2F1@PHTEXCH02.porthosp.nhs.uk>',
    text: `Fiona

Portsmouth Hospitals NHS Trust nominates:

Dr Susan Achebe
Principal Clinical Biochemist and Head of Blood Sciences
susan.achebe@porthosp.nhs.uk
020 7946 0218

Regards
Simon`,
    signature: `Simon Hallworth
Medical Director
Portsmouth Hospitals NHS Trust
Queen Alexandra Hospital, Southwick Hill Road, Cosham PO6 3LY`,
  }, '8bit'),
  label('nomination', 'RHU', [lead('Dr Susan Achebe', 'susan.achebe@porthosp.nhs.uk', '020 7946 0218', 'Principal Clinical Biochemist and Head of Blood Sciences')],
    'Plain text only, the letter below "-----Original Message-----"; nominee given as a block of lines.'),
);

// 04: Gmail-style quoting.
add(
  '04-gmail-jamespaget',
  gmail({
    from: { name: 'Nicola Brand', email: 'nicola.brand.jpuh@gmail.com' },
    cc: [{ name: 'Mark Ellery', email: 'mark.ellery@jpaget.nhs.uk' }],
    date: 'Tue, 20 Sep 2016 21:17:44 +0100',
    subject: `Re: ${LETTER_SUBJECT}`,
    messageId: '<CAF7mX3q0c9LrT2vY8pWbZk1HsN4eQ6jD5uA@mail.gmail.com>',
    text: `Dear CSO team,

Replying from home as our email is down this evening. For James Paget University Hospitals the LHS will be Mark Ellery, Lead Biomedical Scientist (Microbiology), mark.ellery@jpaget.nhs.uk, tel 020 7946 0674. I have copied him in.

Best wishes
Nicola`,
    signature: `Dr Nicola Brand
Medical Director, James Paget University Hospitals NHS Foundation Trust`,
  }),
  label('nomination', 'RGP', [lead('Mark Ellery', 'mark.ellery@jpaget.nhs.uk', '020 7946 0674', 'Lead Biomedical Scientist (Microbiology)')],
    'Gmail: "On ... wrote:" then ">" lines; sent from a personal address, the trust is named in the text and signature; nominee in CC.'),
);

// 05: a reply form attached as .docx
const plymouthForm = buildDocx({
  heading: ['Lead Healthcare Scientist - Reply Form', 'Please return to england.cso@nhs.net', 'Organisation: Plymouth Hospitals NHS Trust'],
  rows: [
    ['Name', 'Dr Eleanor Treloar'],
    ['Job title', 'Consultant Clinical Scientist, Head of Radiotherapy Physics'],
    ['Email', 'eleanor.treloar@nhs.net'],
    ['Telephone', '020 7946 0733'],
  ],
  footer: ['Choose an item.', 'Completed by: Office of the Medical Director'],
});
add(
  '05-docx-form-plymouth',
  outlook2010({
    from: { name: 'Pascoe Richard (PLYMOUTH HOSPITALS NHS TRUST)', email: 'richard.pascoe@nhs.net' },
    date: 'Wed, 21 Sep 2016 09:30:18 +0000',
    subject: RE,
    messageId: '<7A2C4E6F8B0D1F3A5C7E9B1D3F5A7C9E@VMNHSPD1EXMBX02.nhs.net>',
    text: `Dear Colleague,

Please find attached the completed reply form for Plymouth Hospitals NHS Trust.

Regards`,
    signature: `Richard Pascoe
Deputy Medical Director
Plymouth Hospitals NHS Trust | Derriford Hospital`,
    attachments: [{ filename: 'LHS reply form - Plymouth.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: plymouthForm }],
  }),
  label('nomination', 'RK9', [lead('Dr Eleanor Treloar', 'eleanor.treloar@nhs.net', '020 7946 0733', 'Consultant Clinical Scientist, Head of Radiotherapy Physics')],
    'The nominee is only in the attached .docx form (a Name/Job title/Email/Telephone table); the body says nothing but "attached".'),
);

// 06: a reply form attached as .pdf
const medwayPdf = buildPdf([
  'NHS England - Lead Healthcare Scientist nomination',
  '',
  'Trust: Medway NHS Foundation Trust',
  'Name: Mr Daniel Okafor',
  'Job title: Head of Cardiac Physiology',
  'Email: daniel.okafor@nhs.net',
  'Telephone: 020 7946 0391',
  '',
  'Signed on behalf of the Medical Director, 22 September 2016',
]);
add(
  '06-pdf-form-medway',
  outlookWeb({
    from: { name: 'MEDWAY MEDICAL DIRECTOR (MEDWAY NHS FOUNDATION TRUST)', email: 'medwayft.medicaldirector@nhs.net' },
    date: 'Thu, 22 Sep 2016 15:02:40 +0000',
    subject: RE,
    messageId: '<HE1PR0701MB2203C1D2E3F4A5B6C7D8E9F0A1B2C3D4@HE1PR0701MB2203.eurprd07.prod.outlook.com>',
    text: `Hello,

Our nomination is attached as a PDF.

Thank you`,
    signature: `Medical Director's Office
Medway NHS Foundation Trust`,
    attachments: [{ filename: 'Medway LHS nomination.pdf', contentType: 'application/pdf', data: medwayPdf }],
  }),
  label('nomination', 'RPA', [lead('Mr Daniel Okafor', 'daniel.okafor@nhs.net', '020 7946 0391', 'Head of Cardiac Physiology')],
    'Nominee only in the attached one-page PDF; sent from a shared medical director mailbox.'),
);

// 07: a PA replies for the medical director, with her own signature
add(
  '07-pa-wolverhampton',
  outlook2010({
    from: { name: 'HUGHES, Janet (THE ROYAL WOLVERHAMPTON NHS TRUST)', email: 'janet.hughes14@nhs.net' },
    date: 'Fri, 23 Sep 2016 12:45:09 +0000',
    subject: RE,
    messageId: '<0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E@VMNHSPD1EXMBX09.nhs.net>',
    text: `Dear Ms Carragher

Dr Jonathan Lyle, Medical Director, has asked me to let you know that the Trust's Lead Healthcare Scientist is Dr Olu Adeyemi, Consultant Clinical Scientist and Head of Clinical Immunology.

Dr Adeyemi's email address is o.adeyemi@nhs.net and his direct line is 0121 496 0915.

Kind regards`,
    signature: `Janet Hughes
PA to Dr Jonathan Lyle, Medical Director
The Royal Wolverhampton NHS Trust
New Cross Hospital, Wolverhampton WV10 0QP
Tel: 0121 496 0120 | Fax: 0121 496 0121`,
    disclaimer: DISCLAIMER_NHS,
  }),
  label('nomination', 'RL4', [lead('Dr Olu Adeyemi', 'o.adeyemi@nhs.net', '0121 496 0915', 'Consultant Clinical Scientist and Head of Clinical Immunology')],
    'The PA writes for the medical director and signs with her own name and phone: neither she nor the medical director is a nominee.'),
);

// 08: two joint leads
add(
  '08-joint-salford',
  outlook2010({
    from: { name: 'Bradshaw Philip (SALFORD ROYAL NHS FOUNDATION TRUST)', email: 'philip.bradshaw@srft.nhs.uk' },
    date: 'Mon, 26 Sep 2016 10:10:55 +0100',
    subject: RE,
    messageId: '<2F4E6D8C0B1A3F5E7D9C1B3A5F7E9D1C@SRFTEXMB01.srft.nhs.uk>',
    text: `Dear Fiona,

At Salford Royal the role will be shared. Our joint Lead Healthcare Scientists are:

Dr Rachel Quayle, Consultant Clinical Scientist (Neurophysiology), rachel.quayle@srft.nhs.uk, 0113 496 0222
Mr Imran Siddiqui, Head of Pathology Services, imran.siddiqui@srft.nhs.uk, 0113 496 0223

They have agreed to share the network commitments between them.

Best regards,
Philip`,
    signature: `Professor Philip Bradshaw
Medical Director
Salford Royal NHS Foundation Trust`,
  }),
  label('nomination', 'RM3', [
    lead('Dr Rachel Quayle', 'rachel.quayle@srft.nhs.uk', '0113 496 0222', 'Consultant Clinical Scientist (Neurophysiology)', 'joint'),
    lead('Mr Imran Siddiqui', 'imran.siddiqui@srft.nhs.uk', '0113 496 0223', 'Head of Pathology Services', 'joint'),
  ], 'Two joint leads, one line each, under "joint Lead Healthcare Scientists"; the role is shared.'),
);

// 09: a lead and a deputy
add(
  '09-lead-deputy-sheffield',
  outlook2010({
    from: { name: 'Mortimer Helen (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)', email: 'helen.mortimer@sth.nhs.uk' },
    date: 'Tue, 27 Sep 2016 16:33:21 +0100',
    subject: RE,
    messageId: '<9C8B7A6F5E4D3C2B1A0F9E8D7C6B5A4F@STHEXMBX03.sth.nhs.uk>',
    text: `Dear CSO team,

Sheffield Teaching Hospitals would like to nominate Professor Kenneth Ashdown, Director of Healthcare Science, as our Lead Healthcare Scientist (kenneth.ashdown@sth.nhs.uk, 0113 496 0644).

His deputy will be Dr Fatima Begum, Consultant Clinical Scientist in Vascular Science (fatima.begum@sth.nhs.uk, 0113 496 0645), who will attend network meetings when he cannot.

With best wishes,
Helen`,
    signature: `Dr Helen Mortimer
Medical Director (Operations)
Sheffield Teaching Hospitals NHS Foundation Trust`,
  }),
  label('nomination', 'RHQ', [
    lead('Professor Kenneth Ashdown', 'kenneth.ashdown@sth.nhs.uk', '0113 496 0644', 'Director of Healthcare Science', 'lead'),
    lead('Dr Fatima Begum', 'fatima.begum@sth.nhs.uk', '0113 496 0645', 'Consultant Clinical Scientist in Vascular Science', 'deputy'),
  ], 'A lead and a named deputy, contacts in brackets.'),
);

// 10: Exchange automatic reply with the headers
add(
  '10-autoreply-headers',
  outlook2010({
    from: { name: 'Fenwick Louise (ROYAL UNITED HOSPITALS BATH NHS FOUNDATION TRUST)', email: 'louise.fenwick@nhs.net' },
    date: 'Tue, 13 Sep 2016 15:43:02 +0000',
    subject: `Automatic reply: ${LETTER_SUBJECT}`,
    messageId: '<4A6C8E0B2D4F6A8C0E2B4D6F8A0C2E4B@VMNHSPD1EXMBX05.nhs.net>',
    text: `Thank you for your email. I am out of the office until Monday 26th September with limited access to email.

For urgent matters please contact my PA, Sarah Linton, on 020 7946 0550 or sarah.linton@nhs.net.`,
    quote: null,
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'louise.fenwick@nhs.net']],
  }),
  label('auto_reply', null, [], 'Exchange out-of-office with Auto-Submitted; names a PA for urgent matters, who is not a nominee.'),
);

// 11: an auto-reply with no automatic headers, only its wording
add(
  '11-autoreply-wording',
  plainOriginal({
    from: { name: 'Derek Stanforth', email: 'derek.stanforth@chesterfieldroyal.nhs.uk' },
    date: 'Tue, 13 Sep 2016 15:44:51 +0100',
    subject: LETTER_SUBJECT,
    messageId: '<OF3A1B2C4D.5E6F7A8B-ON80258033.0056A1B2@crhft.nhs.uk>',
    inReplyTo: null,
    quote: null,
    text: `I will be on annual leave from 12/09/2016 returning on 19/09/2016.

I will respond to your message when I return. If your query is urgent please ring the Medical Director's office on 0113 496 0808.`,
  }, '8bit'),
  label('auto_reply', null, [], 'Lotus Notes style absence notice: no Auto-Submitted header, subject unchanged; only the wording tells.'),
);

// 12: a delivery failure report
const ndrId = '<7d3e1f2a-9b8c-4d5e-a6f7-0b1c2d3e4f5a@VMNHSPD1EXHUB04.nhs.net>';
add(
  '12-delivery-failure',
  Buffer.from(
    `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>
To: "CSO (NHS ENGLAND)" <england.cso@nhs.net>
Date: Tue, 13 Sep 2016 15:42:31 +0000
Message-ID: ${ndrId}
In-Reply-To: ${LETTER_ID}
References: ${LETTER_ID}
Subject: Undeliverable: ${LETTER_SUBJECT}
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_report_5f1e2d3c_"
MIME-Version: 1.0

--_report_5f1e2d3c_
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

medical.director@ldh-old.nhs.uk
The email address you entered couldn't be found. Please check the recipient's
email address and try to send the message again. If the problem continues,
please contact your helpdesk.

Diagnostic information for administrators:

Generating server: VMNHSPD1EXHUB04.nhs.net

medical.director@ldh-old.nhs.uk
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--_report_5f1e2d3c_
Content-Type: message/delivery-status

Reporting-MTA: dns;VMNHSPD1EXHUB04.nhs.net
Received-From-MTA: dns;VMNHSPD1EXMBX04.nhs.net
Arrival-Date: Tue, 13 Sep 2016 15:42:29 +0000

Final-Recipient: rfc822;medical.director@ldh-old.nhs.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_report_5f1e2d3c_
Content-Type: text/rfc822-headers

From: "CSO, England (NHS ENGLAND)" <england.cso@nhs.net>
To: <medical.director@ldh-old.nhs.uk>
Subject: ${LETTER_SUBJECT}
Date: Tue, 13 Sep 2016 15:42:00 +0000
Message-ID: ${LETTER_ID}

--_report_5f1e2d3c_--
`.replace(/\n/g, '\r\n'),
  ),
  label('auto_reply', null, [], 'Delivery failure, multipart/report; report-type=delivery-status; the failed address belongs to no nominee.'),
);

// 13: a read receipt
add(
  '13-read-receipt',
  Buffer.from(
    `From: "Thornbury, Alison" <alison.thornbury@mkuh.nhs.uk>
To: "CSO, England (NHS ENGLAND)" <england.cso@nhs.net>
Subject: Read: ${LETTER_SUBJECT}
Date: Wed, 14 Sep 2016 08:02:17 +0100
Message-ID: <E2D4F6A8C0B2D4F6A8C0E2B4D6F8A0C2@MKUHEX01.mkuh.nhs.uk>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_mdn_8c7b6a5f_"

--_mdn_8c7b6a5f_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message

  To: Thornbury, Alison
  Subject: ${LETTER_SUBJECT}
  Sent: 13 September 2016 16:42

was read on 14 September 2016 08:02.

--_mdn_8c7b6a5f_
Content-Type: message/disposition-notification

Final-Recipient: rfc822;alison.thornbury@mkuh.nhs.uk
Original-Message-ID: ${LETTER_ID}
Disposition: automatic-action/MDN-sent-automatically; displayed

--_mdn_8c7b6a5f_--
`.replace(/\n/g, '\r\n'),
  ),
  label('auto_reply', null, [], 'Read receipt (multipart/report; report-type=disposition-notification) from a Milton Keynes address; not an answer.'),
);

// 14: a query
add(
  '14-query-bath',
  outlook2010({
    from: { name: 'Okonjo Beatrice (ROYAL UNITED HOSPITALS BATH NHS FOUNDATION TRUST)', email: 'beatrice.okonjo@nhs.net' },
    date: 'Mon, 19 Sep 2016 09:14:26 +0000',
    subject: RE,
    messageId: '<6E8A0C2E4B6D8F0A2C4E6B8D0F2A4C6E@VMNHSPD1EXMBX07.nhs.net>',
    text: `Dear Fiona,

Before we nominate, could you clarify two points? Does the Lead Healthcare Scientist need to be HCPC registered as a clinical scientist, or could a senior biomedical scientist take the role? And is there any time commitment or funding attached?

The role descriptor mentioned in the letter did not come through with the email; could you send it again?

Thanks,
Beatrice`,
    signature: `Dr Beatrice Okonjo
Associate Medical Director
Royal United Hospitals Bath NHS Foundation Trust`,
  }),
  label('query', 'RD1', [], 'Asks about eligibility and the missing role descriptor; names nobody.'),
);

// 15: not yet decided
add(
  '15-notyet-dorset',
  plainOriginal({
    from: { name: 'Penrose, Alistair', email: 'alistair.penrose@dchft.nhs.uk' },
    date: 'Wed, 28 Sep 2016 17:48:03 +0100',
    subject: RE,
    messageId: '<C6E8A0B2D4F6E8A0C2B4D6F8E0A2C4B6@DCHEXCH01.dchft.nhs.uk>',
    text: `Dear Ms Carragher,

Thank you for your letter. We have not yet decided who will take on the role at Dorset County Hospital; it will be discussed at our Executive Team meeting on 4 October and I will write to you once a decision has been made.

Yours sincerely`,
    signature: `Mr Alistair Penrose
Medical Director
Dorset County Hospital NHS Foundation Trust`,
  }, '8bit'),
  label('no_nomination', 'RBD', [], 'Not decided yet; promises a later answer.'),
);

// 16: a decline
add(
  '16-decline-calderstones',
  outlookWeb({
    from: { name: 'AINSWORTH, Graham (CALDERSTONES PARTNERSHIP NHS FOUNDATION TRUST)', email: 'graham.ainsworth@nhs.net' },
    date: 'Thu, 29 Sep 2016 13:27:45 +0000',
    subject: RE,
    messageId: '<DB5PR07MB1560A1B2C3D4E5F6A7B8C9D0E1F2A3B4@DB5PR07MB1560.eurprd07.prod.outlook.com>',
    text: `Dear CSO team,

Calderstones is a specialist learning disability trust and we do not employ any healthcare scientists; our laboratory work is provided under contract by a neighbouring acute trust. We will therefore not be nominating a Lead Healthcare Scientist.

I hope this is helpful.`,
    signature: `Dr Graham Ainsworth
Medical Director
Calderstones Partnership NHS Foundation Trust`,
  }),
  label('no_nomination', 'RJX', [], 'Declines: the trust employs no healthcare scientists.'),
);

// 17 + 18: a nomination, then its correction
add(
  '17-royalfree-first',
  outlook2010({
    from: { name: 'Leventis Mark (ROYAL FREE LONDON NHS FOUNDATION TRUST)', email: 'mark.leventis@nhs.net' },
    date: 'Fri, 16 Sep 2016 10:05:33 +0000',
    subject: RE,
    messageId: '<1D3F5A7C9E1B3D5F7A9C1E3B5D7F9A1C@VMNHSPD1EXMBX12.nhs.net>',
    text: `Dear Fiona

The Royal Free's Lead Healthcare Scientist is Dr Tom Hartley, Consultant Clinical Scientist in Histocompatibility and Immunogenetics. Email tom.hartley@nhs.net, telephone 020 7946 0127.

Regards
Mark`,
    signature: `Dr Mark Leventis
Medical Director
Royal Free London NHS Foundation Trust`,
  }),
  label('nomination', 'RAL', [lead('Dr Tom Hartley', 'tom.hartley@nhs.net', '020 7946 0127', 'Consultant Clinical Scientist in Histocompatibility and Immunogenetics')],
    'The first nomination; 18-royalfree-correction replaces it.'),
);
add(
  '18-royalfree-correction',
  outlook2010({
    from: { name: 'Leventis Mark (ROYAL FREE LONDON NHS FOUNDATION TRUST)', email: 'mark.leventis@nhs.net' },
    date: 'Wed, 21 Sep 2016 18:12:09 +0000',
    subject: RE,
    messageId: '<3B5D7F9A1C3E5B7D9F1A3C5E7B9D1F3A@VMNHSPD1EXMBX12.nhs.net>',
    inReplyTo: '<1D3F5A7C9E1B3D5F7A9C1E3B5D7F9A1C@VMNHSPD1EXMBX12.nhs.net>',
    text: `Dear Fiona

Please disregard my email of 16 September. Tom Hartley has since told me he is retiring in the spring, so we have agreed that Dr Nadia Qureshi, Head of Clinical Physics, will be our Lead Healthcare Scientist instead.

Nadia's details: nadia.qureshi@nhs.net, 020 7946 0128.

Apologies for the confusion.
Mark`,
    signature: `Dr Mark Leventis
Medical Director
Royal Free London NHS Foundation Trust`,
    quote: {
      from: 'Leventis Mark (ROYAL FREE LONDON NHS FOUNDATION TRUST)',
      fromEmail: 'mark.leventis@nhs.net',
      sent: new Date('2016-09-16T10:05:33Z'),
      to: 'CSO, England (NHS ENGLAND)',
      subject: RE,
      text: `Dear Fiona

The Royal Free's Lead Healthcare Scientist is Dr Tom Hartley, Consultant Clinical Scientist in Histocompatibility and Immunogenetics. Email tom.hartley@nhs.net, telephone 020 7946 0127.

Regards
Mark`,
    },
  }),
  label('nomination', 'RAL', [lead('Dr Nadia Qureshi', 'nadia.qureshi@nhs.net', '020 7946 0128', 'Head of Clinical Physics')],
    'A correction: replaces the nomination in 17-royalfree-first, which is quoted below it; the earlier nominee is named in both the new text and the quote and is not a nominee here.',
    { supersedes: true }),
);

// 19: a forwarded chain
add(
  '19-forward-sheffieldchildrens',
  outlook2010({
    from: { name: 'Cartwright Julian (SHEFFIELD CHILDREN\'S NHS FOUNDATION TRUST)', email: 'julian.cartwright@sch.nhs.uk' },
    date: 'Mon, 03 Oct 2016 08:40:12 +0100',
    subject: `FW: ${LETTER_SUBJECT}`,
    messageId: '<8D0F2B4D6F8A0C2E4B6D8F0A2C4E6B8D@SCHEXMB02.sch.nhs.uk>',
    inReplyTo: null,
    text: `See below - Helen has agreed to be our LHS.

Julian`,
    signature: `Dr Julian Cartwright
Medical Director
Sheffield Children's NHS Foundation Trust`,
    quote: {
      from: 'Rowntree Helen',
      fromEmail: 'helen.rowntree@sch.nhs.uk',
      sent: new Date('2016-09-30T14:02:00Z'),
      to: 'Cartwright Julian',
      subject: RE,
      text: `Julian,

Yes, I would be happy to be the Trust's Lead Healthcare Scientist. My details for the CSO team:

Dr Helen Rowntree, Consultant Clinical Scientist and Head of Clinical Chemistry
helen.rowntree@sch.nhs.uk
0113 496 0390

Helen

From: Cartwright Julian
Sent: 26 September 2016 09:15
To: Rowntree Helen
Subject: FW: Lead Healthcare Scientists (LHS)

Helen - would you be willing to take this on? J

From: CSO, England (NHS ENGLAND) [mailto:england.cso@nhs.net]
Sent: 13 September 2016 16:42
Subject: Lead Healthcare Scientists (LHS)

${LETTER_TEXT}`,
    },
  }),
  label('nomination', 'RCU', [lead('Dr Helen Rowntree', 'helen.rowntree@sch.nhs.uk', '0113 496 0390', 'Consultant Clinical Scientist and Head of Clinical Chemistry')],
    'Forwarded chain: the new text only points below; the nominee accepts in the quoted mail, which in turn quotes the letter.'),
);

// 20: a newsletter
add(
  '20-newsletter',
  htmlOnly({
    from: { name: 'Healthcare Science Bulletin', email: 'bulletin@hcs-news.example.org' },
    to: [{ name: '', email: 'england.cso@nhs.net' }],
    date: 'Thu, 22 Sep 2016 06:00:00 +0000',
    subject: 'Healthcare Science Bulletin - September 2016',
    messageId: '<bulletin.2016-09.4471@hcs-news.example.org>',
    inReplyTo: null,
    quote: null,
    text: `Healthcare Science Bulletin, September 2016

In this issue: the new Scientist Training Programme intake, Healthcare Science Week 2017 planning, and a call for abstracts for the spring conference.

Registration for the Healthcare Science Week planning webinar is now open. Places are limited.

You are receiving this because you subscribed at our website. Unsubscribe: https://hcs-news.example.org/unsubscribe?u=4471`,
    headers: [['List-Unsubscribe', '<https://hcs-news.example.org/unsubscribe?u=4471>'], ['Precedence', 'bulk']],
  }),
  label('unrelated', null, [], 'A bulk newsletter that mentions healthcare science; not a reply.'),
);

// 21: phishing
add(
  '21-phishing',
  htmlOnly({
    from: { name: 'NHSmail Support', email: 'support@nhsmail-helpdesk.example.com' },
    to: [{ name: '', email: 'england.cso@nhs.net' }],
    date: 'Sat, 24 Sep 2016 03:14:07 +0000',
    subject: 'Your mailbox has exceeded its storage limit',
    messageId: '<20160924031407.77A1B2C3@mx.nhsmail-helpdesk.example.com>',
    inReplyTo: null,
    quote: null,
    text: `Dear User,

Your mailbox has exceeded the storage limit set by your administrator. You will not be able to send or receive new mail until you re-validate your mailbox.

To re-validate, click here and enter your NHSmail username and password within 24 hours.

NHSmail Support Team`,
  }),
  label('unrelated', null, [], 'Phishing that imitates the NHSmail helpdesk.'),
);

// 22: quoted-printable windows-1252 (curly quotes, en dash, an accented name)
{
  const text = `Dear Fiona,

Thank you for your letter of 13 September \u2013 we are glad to take part.

Lewisham and Greenwich NHS Trust\u2019s Lead Healthcare Scientist will be Dr Siobh\u00e1n O\u2019Keeffe, Consultant Clinical Scientist (Audiology).

Siobh\u00e1n\u2019s contact details are siobhan.okeeffe@nhs.net and 020 7946 0862.

Kind regards

Dr Rajesh Pillai
Medical Director
Lewisham and Greenwich NHS Trust

-----Original Message-----
From: CSO, England (NHS ENGLAND) [mailto:england.cso@nhs.net]
Sent: 13 September 2016 16:42
To: Pillai Rajesh (LEWISHAM AND GREENWICH NHS TRUST)
Subject: ${LETTER_SUBJECT}

${LETTER_TEXT}
`;
  const cp1252 = Buffer.from(
    text.replace(/\u2013/g, '\x96').replace(/\u2019/g, '\x92').replace(/\u00e1/g, '\xe1').replace(/\n/g, '\r\n'),
    'latin1',
  );
  add(
    '22-qp-cp1252-lewisham',
    Buffer.from(
      `From: "Pillai Rajesh (LEWISHAM AND GREENWICH NHS TRUST)" <rajesh.pillai@nhs.net>\r
To: "CSO, England (NHS ENGLAND)" <england.cso@nhs.net>\r
Subject: ${RE}\r
Date: Tue, 20 Sep 2016 11:56:40 +0000\r
Message-ID: <0E2C4A6B8D0F2E4C6A8B0D2F4E6C8A0B@VMNHSPD1EXMBX03.nhs.net>\r
In-Reply-To: ${LETTER_ID}\r
References: ${LETTER_ID}\r
MIME-Version: 1.0\r
Content-Type: text/plain; charset="windows-1252"\r
Content-Transfer-Encoding: quoted-printable\r
\r
${quotedPrintable(cp1252)}\r
`,
      'latin1',
    ),
    label('nomination', 'RJ2', [lead('Dr Siobhán O’Keeffe', 'siobhan.okeeffe@nhs.net', '020 7946 0862', 'Consultant Clinical Scientist (Audiology)')],
      'Quoted-printable windows-1252: curly apostrophes (=92), an en dash (=96) and an accented name (=E1) must decode.'),
  );
}

// 23: a base64 body
add(
  '23-base64-dudley',
  plainOriginal({
    from: { name: 'Halford, Vikram', email: 'vikram.halford@nhs.net' },
    date: 'Wed, 21 Sep 2016 07:58:14 +0100',
    subject: RE,
    messageId: '<B4D6F8A0C2E4B6D8F0A2C4E6B8D0F2A4@dgohmail.dudleygroup.nhs.uk>',
    text: `Dear CSO team

The Dudley Group nominates Mrs Karen Lowe, Head of Audiology and Lead Healthcare Scientist, karen.lowe@nhs.net, 0121 496 0733.

Vikram Halford
Medical Director
The Dudley Group NHS Foundation Trust`,
  }, 'base64'),
  label('nomination', 'RNA', [lead('Mrs Karen Lowe', 'karen.lowe@nhs.net', '0121 496 0733', 'Head of Audiology and Lead Healthcare Scientist')],
    'The whole text/plain body is base64.'),
);

// 24: HTML only
add(
  '24-htmlonly-chesterfield',
  htmlOnly({
    from: { name: 'Chesterfield Royal - Medical Director', email: 'md.office@chesterfieldroyal.nhs.uk' },
    date: 'Thu, 29 Sep 2016 10:21:37 +0100',
    subject: RE,
    messageId: '<20160929092137.5A7C9E1B@crhmail.chesterfieldroyal.nhs.uk>',
    text: `Dear Ms Carragher,

I confirm that Chesterfield Royal Hospital's Lead Healthcare Scientist is Dr Miriam Castellano, Consultant Clinical Scientist in Haematology. Her email is miriam.castellano@chesterfieldroyal.nhs.uk and her telephone number is 0113 496 0511.

Yours sincerely,`,
    signature: `Derek Stanforth
Medical Director
Chesterfield Royal Hospital NHS Foundation Trust`,
  }),
  label('nomination', 'RFS', [lead('Dr Miriam Castellano', 'miriam.castellano@chesterfieldroyal.nhs.uk', '0113 496 0511', 'Consultant Clinical Scientist in Haematology')],
    'text/html only, no plain part; the letter quoted in a blockquote.'),
);

// 25: a name that is also common words
add(
  '25-commonword-marsden',
  outlook2010({
    from: { name: 'Greaves Timothy (THE ROYAL MARSDEN NHS FOUNDATION TRUST)', email: 'timothy.greaves@rmh.nhs.uk' },
    date: 'Tue, 27 Sep 2016 09:09:09 +0100',
    subject: RE,
    messageId: '<5C7E9B1D3F5A7C9E1B3D5F7A9C1E3B5D@RMHEXMB01.rmh.nhs.uk>',
    text: `Dear Fiona

We hope this will be welcome news: our Lead Healthcare Scientist will be Dr Hope Bishop, Head of Radiotherapy Physics. Hope is at hope.bishop@rmh.nhs.uk, 020 7946 0456.

Best wishes`,
    signature: `Dr Timothy Greaves
Medical Director
The Royal Marsden NHS Foundation Trust`,
  }),
  label('nomination', 'RPY', [lead('Dr Hope Bishop', 'hope.bishop@rmh.nhs.uk', '020 7946 0456', 'Head of Radiotherapy Physics')],
    'The nominee\'s name is two common words ("Hope", "Bishop"), and "hope" also appears as a verb just before it.'),
);

// 26: two trusts named
add(
  '26-twotrusts-southtyneside',
  outlookWeb({
    from: { name: 'MCALLISTER, Fraser (SOUTH TYNESIDE NHS FOUNDATION TRUST)', email: 'fraser.mcallister@nhs.net' },
    date: 'Fri, 30 Sep 2016 14:37:50 +0000',
    subject: RE,
    messageId: '<VI1PR07MB1437B2C3D4E5F6A7B8C9D0E1F2A3B4C5@VI1PR07MB1437.eurprd07.prod.outlook.com>',
    text: `Dear Fiona,

As you may know, South Tyneside NHS Foundation Trust works in an alliance with City Hospitals Sunderland NHS Foundation Trust. Sunderland will reply separately for their own organisation.

For South Tyneside, our Lead Healthcare Scientist is Mrs Joanne Hebburn, Pathology Quality Manager, joanne.hebburn@nhs.net, 0113 496 0176.

Regards,
Fraser`,
    signature: `Dr Fraser McAllister
Medical Director
South Tyneside NHS Foundation Trust`,
  }),
  label('nomination', 'RE9', [lead('Mrs Joanne Hebburn', 'joanne.hebburn@nhs.net', '0113 496 0176', 'Pathology Quality Manager')],
    'Two trusts named in full; the nomination is for the sender\'s own trust (South Tyneside), not the alliance partner.'),
);

// 27: the sender takes the role
add(
  '27-self-luton',
  plainOriginal({
    from: { name: 'Bhattacharya, Anjali', email: 'anjali.bhattacharya@ldh.nhs.uk' },
    date: 'Thu, 15 Sep 2016 13:13:13 +0100',
    subject: RE,
    messageId: '<A8C0E2B4D6F8A0C2E4B6D8F0A2C4E6B8@LDHEXCH02.ldh.nhs.uk>',
    text: `Hi,

Our Medical Director forwarded your letter to me. I am the Head of Healthcare Science at Luton and Dunstable University Hospital and I will take on the Lead Healthcare Scientist role for the Trust.

Thanks`,
    signature: `Dr Anjali Bhattacharya
Head of Healthcare Science
Luton and Dunstable University Hospital NHS Foundation Trust
anjali.bhattacharya@ldh.nhs.uk | 020 7946 0299`,
  }, '8bit'),
  label('nomination', 'RC9', [lead('Dr Anjali Bhattacharya', 'anjali.bhattacharya@ldh.nhs.uk', '020 7946 0299', 'Head of Healthcare Science')],
    'The sender names herself ("I will take on the ... role"); her details are only in her signature.'),
);

// 28: Outlook 2010 with a long disclaimer, Countess of Chester
add(
  '28-outlook-chester',
  outlook2010({
    from: { name: 'Ferris Owen (COUNTESS OF CHESTER HOSPITAL NHS FOUNDATION TRUST)', email: 'owen.ferris@nhs.net' },
    date: 'Mon, 10 Oct 2016 16:55:02 +0000',
    subject: RE,
    messageId: '<C0E2B4D6F8A0C2E4B6D8F0A2C4E6B8D0@VMNHSPD1EXMBX08.nhs.net>',
    text: `Dear Fiona,

Apologies for the late reply. Our nominated Lead Healthcare Scientist is Ms Gwen Pritchard, Head of Clinical Physiology (Cardiac and Respiratory).

Contact: gwen.pritchard@nhs.net / 0121 496 0947

Regards,
Owen`,
    signature: `Dr Owen Ferris MB ChB FRCP
Medical Director
Countess of Chester Hospital NHS Foundation Trust
Liverpool Road, Chester CH2 1UL`,
    disclaimer: DISCLAIMER_NHS,
  }),
  label('nomination', 'RJR', [lead('Ms Gwen Pritchard', 'gwen.pritchard@nhs.net', '0121 496 0947', 'Head of Clinical Physiology (Cardiac and Respiratory)')],
    'Contacts on one line joined by a slash; long NHSmail disclaimer.'),
);

// 29: an international-format number with an extension
add(
  '29-extension-midessex',
  outlookWeb({
    from: { name: 'DUNMORE, Caroline (MID ESSEX HOSPITAL SERVICES NHS TRUST)', email: 'caroline.dunmore@nhs.net' },
    date: 'Tue, 04 Oct 2016 12:00:41 +0000',
    subject: RE,
    messageId: '<AM5PR0701MB2577C3D4E5F6A7B8C9D0E1F2A3B4C5D6@AM5PR0701MB2577.eurprd07.prod.outlook.com>',
    text: `Dear colleagues,

Mid Essex Hospital Services NHS Trust nominates Dr Peter Vasquez-Lowe, Consultant Clinical Scientist and Head of Nuclear Medicine, as Lead Healthcare Scientist.

peter.vasquez-lowe@nhs.net
Tel: +44 (0)20 7946 0612 ext 4411

Kind regards
Caroline Dunmore
Medical Director`,
  }),
  label('nomination', 'RQ8', [lead('Dr Peter Vasquez-Lowe', 'peter.vasquez-lowe@nhs.net', '020 7946 0612', 'Consultant Clinical Scientist and Head of Nuclear Medicine')],
    'Hyphenated surname; phone in +44 (0) form with an extension.'),
);

// 30: labelled fields, reply above the letter
add(
  '30-fields-wirral',
  outlook2010({
    from: { name: 'Quinlan Bernadette (WIRRAL UNIVERSITY TEACHING HOSPITAL NHS FOUNDATION TRUST)', email: 'bernadette.quinlan@nhs.net' },
    date: 'Wed, 05 Oct 2016 10:47:19 +0000',
    subject: RE,
    messageId: '<E4B6D8F0A2C4E6B8D0F2A4C6E8B0D2F4@VMNHSPD1EXMBX01.nhs.net>',
    text: `Hello,

Please see our nomination below.

Name: Mr Stephen Kaur
Title: Chief Healthcare Scientist and Head of Medical Engineering
Email: stephen.kaur@nhs.net
Tel: 0121 496 0268

Thanks,
Bernadette`,
    signature: `Bernadette Quinlan
Executive Assistant to the Medical Director
Wirral University Teaching Hospital NHS Foundation Trust`,
  }),
  label('nomination', 'RBL', [lead('Mr Stephen Kaur', 'stephen.kaur@nhs.net', '0121 496 0268', 'Chief Healthcare Scientist and Head of Medical Engineering')],
    'Labelled Name/Title/Email/Tel lines; sent by the medical director\'s executive assistant.'),
);

// 31: a mobile number
add(
  '31-mobile-papworth',
  gmail({
    from: { name: 'Papworth Medical Director', email: 'papworth.md@nhs.net' },
    date: 'Thu, 06 Oct 2016 19:30:02 +0100',
    subject: `Re: ${LETTER_SUBJECT}`,
    messageId: '<CAB9kL2p7Qz4Wm1Xv6Rn8Ty3Uo5Is0Pa@mail.gmail.com>',
    text: `Dear Fiona

Papworth's LHS is Dr Leonard Ashby (Consultant Clinical Scientist, Respiratory Physiology). Mobile 07700 900461, leonard.ashby@nhs.net.

Regards
Sent from my iPad`,
  }),
  label('nomination', 'RGM', [lead('Dr Leonard Ashby', 'leonard.ashby@nhs.net', '07700 900461', 'Consultant Clinical Scientist, Respiratory Physiology')],
    'Short reply with a mobile number; "Sent from my iPad" and Gmail quoting.'),
);

// 32: Wye Valley
add(
  '32-outlook-wyevalley',
  outlook2010({
    from: { name: 'Tranter Gillian (WYE VALLEY NHS TRUST)', email: 'gillian.tranter@nhs.net' },
    date: 'Fri, 07 Oct 2016 11:11:48 +0000',
    subject: RE,
    messageId: '<F6A8C0E2B4D6F8A0C2E4B6D8F0A2C4E6@VMNHSPD1EXMBX10.nhs.net>',
    text: `Dear Fiona,

I am writing to nominate Dr Aled Prosser, Consultant Clinical Scientist (Audiology) at Hereford County Hospital, as the Lead Healthcare Scientist for Wye Valley NHS Trust.

Aled's email is aled.prosser@nhs.net and his phone number is 0121 496 0314.

Best wishes,
Gillian`,
    signature: `Dr Gillian Tranter
Medical Director
Wye Valley NHS Trust`,
  }),
  label('nomination', 'RLQ', [lead('Dr Aled Prosser', 'aled.prosser@nhs.net', '0121 496 0314', 'Consultant Clinical Scientist (Audiology)')],
    'Straightforward; the hospital name (Hereford County Hospital) differs from the trust name.'),
);

// 33: recruiting, no nominee yet
add(
  '33-recruiting-northerndevon',
  outlook2010({
    from: { name: 'Yeo Martin (NORTHERN DEVON HEALTHCARE NHS TRUST)', email: 'martin.yeo@nhs.net' },
    date: 'Tue, 11 Oct 2016 08:15:27 +0000',
    subject: RE,
    messageId: '<A0C2E4B6D8F0A2C4E6B8D0F2A4C6E8B0@VMNHSPD1EXMBX06.nhs.net>',
    text: `Dear CSO team,

We are currently recruiting to a new post of Head of Healthcare Science, who will be our Lead Healthcare Scientist. Interviews are in November and I will let you know the name once the appointment is made.

Regards,
Martin`,
    signature: `Dr Martin Yeo
Medical Director
Northern Devon Healthcare NHS Trust`,
  }),
  label('no_nomination', 'RBZ', [], 'No nominee yet: the post is being recruited to.'),
);

// 34: North Middlesex, Apple Mail style "On ... wrote:"
add(
  '34-applemail-northmid',
  gmail({
    from: { name: 'Oyelaran Tunde', email: 'tunde.oyelaran@nhs.net' },
    date: 'Mon, 26 Sep 2016 07:41:16 +0100',
    subject: `Re: ${LETTER_SUBJECT}`,
    messageId: '<6B2D1E0F-4A3C-4B8D-9E7F-1A2B3C4D5E6F@nhs.net>',
    text: `Dear Fiona,

North Middlesex University Hospital NHS Trust nominates Ms Abena Mensah, Lead Biomedical Scientist (Blood Transfusion), as our Lead Healthcare Scientist. abena.mensah@nhs.net, 020 7946 0935.

Tunde

Dr Tunde Oyelaran
Medical Director`,
    headers: [['X-Mailer', 'iPhone Mail (13G36)']],
  }),
  label('nomination', 'RAP', [lead('Ms Abena Mensah', 'abena.mensah@nhs.net', '020 7946 0935', 'Lead Biomedical Scientist (Blood Transfusion)')],
    'iPhone Mail: "On ... wrote:" with ">" lines; the signature is typed into the text.'),
);

// 35: the medical director's phone next to the nominee's
add(
  '35-twophones-miltonkeynes',
  outlook2010({
    from: { name: 'Thornbury Alison (MILTON KEYNES UNIVERSITY HOSPITAL NHS FOUNDATION TRUST)', email: 'alison.thornbury@mkuh.nhs.uk' },
    date: 'Thu, 06 Oct 2016 14:48:33 +0100',
    subject: RE,
    messageId: '<D2F4A6C8E0B2D4F6A8C0E2B4D6F8A0C2@MKUHEX01.mkuh.nhs.uk>',
    text: `Dear Fiona

Our Lead Healthcare Scientist is Mr Christopher Dale, Head of Medical Physics, christopher.dale@mkuh.nhs.uk, 020 7946 0771.

If you need anything further please call my office on 020 7946 0700.

Alison`,
    signature: `Dr Alison Thornbury
Medical Director
Milton Keynes University Hospital NHS Foundation Trust
Tel 020 7946 0700`,
  }),
  label('nomination', 'RD8', [lead('Mr Christopher Dale', 'christopher.dale@mkuh.nhs.uk', '020 7946 0771', 'Head of Medical Physics')],
    'Two phone numbers in the text: the nominee\'s, then the medical director\'s office.'),
);

// 36: an interim lead at a mental health trust
add(
  '36-interim-oxleas',
  outlookWeb({
    from: { name: 'RAHMAN, Shahid (OXLEAS NHS FOUNDATION TRUST)', email: 'shahid.rahman3@nhs.net' },
    date: 'Mon, 03 Oct 2016 09:58:26 +0000',
    subject: RE,
    messageId: '<LO2P123MB1234D5E6F7A8B9C0D1E2F3A4B5C6D7E8@LO2P123MB1234.GBRP123.PROD.OUTLOOK.COM>',
    text: `Dear CSO team,

Oxleas has a small healthcare science workforce, mainly in our community audiology and neurophysiology services. Until we review the role next year, Dr Rhys Pemberton, Clinical Lead for Neurophysiology, has agreed to act as our interim Lead Healthcare Scientist.

Rhys: rhys.pemberton@nhs.net, 020 7946 0583.

Kind regards
Shahid`,
    signature: `Dr Shahid Rahman
Medical Director
Oxleas NHS Foundation Trust`,
  }),
  label('nomination', 'RPG', [lead('Dr Rhys Pemberton', 'rhys.pemberton@nhs.net', '020 7946 0583', 'Clinical Lead for Neurophysiology')],
    'An interim appointment: still a nomination, the lead for now.'),
);

// 37: the nominee only in an attached contact card (Outlook's "Forward as Business Card", vCard 2.1)
const cornwallCard = Buffer.from(
  [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;LANGUAGE=en-gb;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Trevithick;Ren=C3=A9e;;Dr',
    'FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Dr Ren=C3=A9e Trevithick',
    'ORG:Royal Cornwall Hospitals NHS Trust;Clinical Engineering',
    'TITLE:Head of Clinical Engineering',
    'TEL;WORK;VOICE:01632 960615',
    'TEL;WORK;FAX:01632 960616',
    'EMAIL;PREF;INTERNET:renee.trevithick@nhs.net',
    'REV:20160926T081500Z',
    'END:VCARD',
    '',
  ].join('\r\n'),
);
add(
  '37-vcard-cornwall',
  outlook2010({
    from: { name: 'Penrose Kerenza (ROYAL CORNWALL HOSPITALS NHS TRUST)', email: 'kerenza.penrose@nhs.net' },
    date: 'Mon, 26 Sep 2016 08:20:11 +0000',
    subject: RE,
    messageId: '<3C5E7A9B1D3F5A7C9E1B3D5F7A9C1E3B@VMNHSPD1EXMBX05.nhs.net>',
    text: `Good morning,

On behalf of our Medical Director, the contact card of the Trust's Lead Healthcare Scientist is attached.

Kind regards`,
    signature: `Kerenza Penrose
PA to the Medical Director
Royal Cornwall Hospitals NHS Trust`,
    attachments: [{ filename: 'Renee Trevithick.vcf', contentType: 'text/x-vcard', data: cornwallCard }],
  }),
  label('nomination', 'REF', [lead('Dr Renée Trevithick', 'renee.trevithick@nhs.net', '01632 960615', 'Head of Clinical Engineering')],
    'The nominee is only in an attached Outlook contact card (vCard 2.1, the name quoted-printable UTF-8, a fax number beside the phone).'),
);

/** Hand-made broken messages for the bad-input tests: not parsable as e-mail, or broken MIME. */
function badFixtures(): { name: string; raw: Buffer }[] {
  const good = outlook2010({
    from: { name: 'Test Sender', email: 'sender@nhs.net' },
    date: 'Wed, 14 Sep 2016 10:00:00 +0000',
    subject: RE,
    messageId: '<bad-truncated@nhs.net>',
    text: 'Our Lead Healthcare Scientist is Dr Example Person.',
    attachments: [{ filename: 'form.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: plymouthForm }],
  });
  // deterministic "random" bytes
  const garbage = Buffer.alloc(4096);
  let x = 0x2545f491;
  for (let i = 0; i < garbage.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    garbage[i] = x & 0xff;
  }
  return [
    // cut inside the text part: nothing whole to read
    { name: 'truncated-in-text.eml', raw: good.subarray(0, good.indexOf('Scientist is Dr') + 12) },
    // cut inside the attachment, after the whole text: read, with the problem noted
    { name: 'truncated-in-attachment.eml', raw: good.subarray(0, good.indexOf('UEsDB') + 200) },
    { name: 'binary-garbage.eml', raw: garbage },
    { name: 'empty.eml', raw: Buffer.alloc(0) },
    {
      name: 'broken-boundary.eml',
      raw: Buffer.from(
        `From: "Broken Client" <broken@nhs.net>\r\nTo: england.cso@nhs.net\r\nSubject: ${RE}\r\nDate: Thu, 15 Sep 2016 10:00:00 +0000\r\n` +
          `Message-ID: <broken-boundary@nhs.net>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="=_outer_1"\r\n\r\n` +
          `--=_outer_2\r\nContent-Type: text/plain\r\n\r\nOur lead is Dr Nobody.\r\n--=_outer_2\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
          `JVBERi0xLjQKJeLjz9MK!!!not base64 at all!!!\r\n`,
      ),
    },
    {
      name: 'no-headers.eml',
      raw: Buffer.from(`Dear Fiona,\r\n\r\nOur Lead Healthcare Scientist is Dr Someone.\r\n\r\nRegards\r\n`),
    },
  ];
}

export function writeFixtures(root: string): void {
  const mailbox = join(root, 'fixtures', 'mailbox');
  const bad = join(root, 'fixtures', 'bad');
  mkdirSync(mailbox, { recursive: true });
  mkdirSync(bad, { recursive: true });
  for (const f of fixtures) {
    writeFileSync(join(mailbox, `${f.name}.eml`), f.raw);
    writeFileSync(join(mailbox, `${f.name}.json`), JSON.stringify(f.label, null, 2) + '\n');
  }
  for (const b of badFixtures()) writeFileSync(join(bad, b.name), b.raw);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFixtures(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
  process.stdout.write(`wrote ${fixtures.length} messages to fixtures/mailbox and the broken ones to fixtures/bad\n`);
}

