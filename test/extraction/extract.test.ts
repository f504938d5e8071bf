import { describe, expect, it } from 'vitest';
import { extractMail, QUOTED_LETTER } from './mail.js';

const MD_SIG = `Kind regards

Dr Morwenna Pascoe
Medical Director
Leeds Teaching Hospitals NHS Trust
Tel: 0113 496 0999 | morwenna.pascoe@leedsth.nhs.uk`;

describe('nominations', () => {
  it('a one-line nomination above the medical director’s signature: the nominee, not the signer', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nI am pleased to nominate Dr Tendai Moyo, Principal Clinical Scientist, as our LHS (tendai.moyo@leedsth.nhs.uk, 0113 496 0444).\n\n${MD_SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.trust?.ods).toBe('RR8');
    expect(e.nominees).toEqual([
      { name: 'Dr Tendai Moyo', email: 'tendai.moyo@leedsth.nhs.uk', phone: '0113 496 0444', jobTitle: 'Principal Clinical Scientist', role: 'lead' },
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('the letter quoted above a bottom-posted answer: the answer is read, the letter is not', async () => {
    const e = await extractMail({
      from: 'Rajesh Pillai <rajesh.pillai@leedsth.nhs.uk>',
      text: `On 13/09/2016 16:40, CSO (NHS ENGLAND) wrote:\n${QUOTED_LETTER.split('\n').map((l) => '> ' + l).join('\n')}\n\nHello,\n\nMy medical director has asked me to confirm that I am the Lead Healthcare Scientist for Leeds. I can be reached on 0113 496 0555.\n\nBest wishes,\n\nDr Rajesh Pillai\nHead of Medical Physics\nLeeds Teaching Hospitals NHS Trust\n`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Dr Rajesh Pillai', 'rajesh.pillai@leedsth.nhs.uk', '0113 496 0555']]);
    expect(JSON.stringify(e.nominees)).not.toMatch(/Carragher|england\.cso/);
  });

  it('the medical director who asked the sender to answer is not the nominee', async () => {
    const e = await extractMail({
      from: 'Amani Mwangi <amani.mwangi@leedsth.nhs.uk>',
      text: `Our Medical Director, Professor Hilde Berg, has asked me to confirm that I have agreed to act as Lead Healthcare Scientist.\n\nBest wishes,\n\nDr Amani Mwangi\nHead of Clinical Physics\nLeeds Teaching Hospitals NHS Trust`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.jobTitle])).toEqual([['Dr Amani Mwangi', 'amani.mwangi@leedsth.nhs.uk', 'Head of Clinical Physics']]);
    expect(e.needsReview).toBe(false);
  });

  it('"Deputy:" as a label on the deputy’s line', async () => {
    const e = await extractMail({
      text: `Lead Healthcare Scientist: Dr Femi Bello, femi.bello@leedsth.nhs.uk\nDeputy: Ms Gail Hart, gail.hart@leedsth.nhs.uk\n\n${MD_SIG}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Dr Femi Bello', 'lead', 'femi.bello@leedsth.nhs.uk'],
      ['Ms Gail Hart', 'deputy', 'gail.hart@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('labelled lead and deputy blocks', async () => {
    const e = await extractMail({
      text: `Please see our details below.\n\nLead\nName: Dr Amara Nwosu\nTitle: Consultant Clinical Scientist\nEmail: amara.nwosu@leedsth.nhs.uk\nTel: 0113 496 0301\n\nDeputy\nName: Mr Ifan Rhys\nTitle: Principal Physicist\nEmail: ifan.rhys@leedsth.nhs.uk\nTel: 0113 496 0302\n\n${MD_SIG}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Dr Amara Nwosu', 'lead', 'amara.nwosu@leedsth.nhs.uk'],
      ['Mr Ifan Rhys', 'deputy', 'ifan.rhys@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('a correction names only the new person and sets supersedes', async () => {
    const e = await extractMail({
      subject: 'RE: Lead Healthcare Scientists (LHS) - correction',
      text: `Please disregard my earlier email. Our Lead Healthcare Scientist will be Ms Farida Haque, Head of Audiology, rather than Dr Olsen.\nFarida's address is farida.haque@leedsth.nhs.uk.\n\n${MD_SIG}`,
    });
    expect(e.supersedes).toBe(true);
    expect(e.nominees.map((n) => n.name)).toEqual(['Ms Farida Haque']);
  });

  it('joint leads with only one found go to a person', async () => {
    const e = await extractMail({
      text: `We would like to nominate joint leads. The role will be shared: our LHS will be Dr Elin Morgan (elin.morgan@leedsth.nhs.uk) together with a colleague from pathology whose details follow.\n\n${MD_SIG}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('a landline given beside a mobile is the one recorded', async () => {
    const e = await extractMail({ text: `Our LHS will be Dr Nour Haddad (nour.haddad@leedsth.nhs.uk), mobile 07700 900555 or office 0113 496 0666.\n\n${MD_SIG}` });
    expect(e.nominees.map((n) => n.phone)).toEqual(['0113 496 0666']);
  });

  it('a nominee without an e-mail is not certain', async () => {
    const e = await extractMail({ text: `Our Lead Healthcare Scientist will be Dr Owain Price, Head of Clinical Engineering.\n\n${MD_SIG}` });
    expect(e.kind).toBe('nomination');
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/has no e-mail/);
  });

  it('an attachment that could not be read leaves the kind open, with the reason', async () => {
    const raw = Buffer.from(
      [
        'From: PA <pa.office@leedsth.nhs.uk>',
        'To: england.cso@nhs.net',
        'Subject: RE: Lead Healthcare Scientists (LHS)',
        'In-Reply-To: <letter-0001@nhs.net>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Please find attached our response.',
        '',
        '--b1',
        'Content-Type: application/vnd.ms-excel; name="response.xls"',
        'Content-Disposition: attachment; filename="response.xls"',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('not really a spreadsheet').toString('base64'),
        '--b1--',
        '',
      ].join('\r\n'),
    );
    const { readMessage } = await import('../../src/message/readMessage.js');
    const { extract } = await import('../../src/extraction/extract.js');
    const { index } = await import('./mail.js');
    const e = extract(await readMessage(raw), index);
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('nomination is only in an attachment that could not be read');
  });
});

describe('more shapes', () => {
  it('a name on its own line under "Our nomination:"', async () => {
    const e = await extractMail({ text: `Our nomination:\n\nDr Beatriz Santos\nHead of Clinical Biochemistry\nbeatriz.santos@leedsth.nhs.uk\n\n${MD_SIG}` });
    expect(e.nominees.map((n) => [n.name, n.jobTitle, n.email])).toEqual([['Dr Beatriz Santos', 'Head of Clinical Biochemistry', 'beatriz.santos@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });
  it('the medical director who takes the role himself', async () => {
    const text = `I will act as LHS myself until we appoint a new Head of Healthcare Science.\n\n${MD_SIG}`;
    const e = await extractMail({ from: 'Pascoe Morwenna <morwenna.pascoe@leedsth.nhs.uk>', text });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Dr Morwenna Pascoe', 'morwenna.pascoe@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
    // sent from someone else's mailbox: who "I" is needs a person
    const other = await extractMail({ from: 'Jo Bloggs <jo.bloggs@leedsth.nhs.uk>', text });
    expect(other.needsReview).toBe(true);
  });
  it('an advert with the role in its subject is unrelated', async () => {
    const e = await extractMail({
      inReplyTo: null,
      from: 'Events <events@conference.example>',
      subject: 'Webinar: the Lead Healthcare Scientist role',
      text: 'Join our webinar on becoming a Lead Healthcare Scientist, with Dr Alan Greystoke. To unsubscribe, reply STOP.',
    });
    expect([e.kind, e.needsReview]).toEqual(['unrelated', false]);
  });
});

describe('phrasings', () => {
  const cases: [string, string[]][] = [
    ['We have appointed Dr Ines Alves as our Lead Healthcare Scientist (ines.alves@leedsth.nhs.uk).', ['Dr Ines Alves']],
    ["I'd like to put Dr Joon Park forward for the role (joon.park@leedsth.nhs.uk).", ['Dr Joon Park']],
    ['The nominated individual is Mrs Eszter Nagy, eszter.nagy@leedsth.nhs.uk.', ['Mrs Eszter Nagy']],
    ['LHS - Dr Kemi Adeola, Head of Pathology, kemi.adeola@leedsth.nhs.uk', ['Dr Kemi Adeola']],
    [
      'We nominate Dr Hugo Blanc (hugo.blanc@leedsth.nhs.uk) and Dr Mei Lin (mei.lin@leedsth.nhs.uk) as joint Lead Healthcare Scientists.',
      ['Dr Hugo Blanc', 'Dr Mei Lin'],
    ],
    ['Please accept this as confirmation that Dr Ravi Menon will be the LHS for the Trust. ravi.menon@leedsth.nhs.uk', ['Dr Ravi Menon']],
  ];
  for (const [text, names] of cases) {
    it(text.slice(0, 50), async () => {
      const e = await extractMail({ text: `${text}\n\n${MD_SIG}` });
      expect(e.nominees.map((n) => n.name)).toEqual(names);
      expect(e.needsReview).toBe(false);
    });
  }
  it('a name written SURNAME Firstname, as NHSmail shows it', async () => {
    const e = await extractMail({ text: `Our Lead Healthcare Scientist is ADEYEMI Folake (folake.adeyemi@nhs.net).\n\n${MD_SIG}` });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Folake Adeyemi', 'folake.adeyemi@nhs.net']]);
  });
  it('joint leads named together get the joint role', async () => {
    const e = await extractMail({ text: `We nominate Dr Hugo Blanc (hugo.blanc@leedsth.nhs.uk) and Dr Mei Lin (mei.lin@leedsth.nhs.uk) as joint Lead Healthcare Scientists.\n\n${MD_SIG}` });
    expect(e.nominees.map((n) => n.role)).toEqual(['joint', 'joint']);
  });
});

describe('the letter itself', () => {
  it('pasted into the reply without quote marks, it is not read as an answer', async () => {
    const letter = QUOTED_LETTER.split('\n').slice(5).join('\n');
    const e = await extractMail({ text: `Our LHS will be Dr Ana Ruiz (ana.ruiz@leedsth.nhs.uk).\n\n${letter}\n\n${MD_SIG}` });
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Ana Ruiz']);
    expect(JSON.stringify([e.nominees, e.reasons, e.trustCandidates])).not.toMatch(/Carragher/);
  });
});

describe('replies that name nobody', () => {
  it('"will come back to you" is no_nomination, and the person it was passed to is no nominee', async () => {
    const e = await extractMail({
      text: `Thank you for your letter. The medical director has passed it to Mrs Ines Carvalho, Director of Pathology, who will come back to you with a name.\n\n${MD_SIG}`,
    });
    expect(e.kind).toBe('no_nomination');
    expect(e.nominees).toEqual([]);
    expect(e.needsReview).toBe(false);
  });
  it('a question is a query', async () => {
    const e = await extractMail({ text: `Could you tell me whether the LHS must be a registered clinical scientist?\n\n${MD_SIG}` });
    expect([e.kind, e.trust?.ods, e.needsReview]).toEqual(['query', 'RR8', false]);
  });
  it('candidates being considered are not nominees', async () => {
    const e = await extractMail({
      text: `We are considering two candidates, Dr Aiko Tanaka and Mr Bola Adeyinka, and will confirm our choice next month.\n\n${MD_SIG}`,
    });
    expect(e.kind).toBe('no_nomination');
    expect(e.nominees).toEqual([]);
  });
});

describe('safety nets', () => {
  it('a nomination only intended, or hanging on an answer, is not certain', async () => {
    const e = await extractMail({
      text: `Before we nominate Dr Rosa Lindgren (rosa.lindgren@leedsth.nhs.uk), could you confirm whether the LHS must be HCPC registered?\n\n${MD_SIG}`,
    });
    expect(e.needsReview).toBe(true);
  });
  it('a person named in words no rule reads as a nomination sends the reply to a person', async () => {
    const e = await extractMail({
      text: `Dr Marguerite Oyelaran-Hughes has kindly said yes to this. We will let you know if anything changes.\n\n${MD_SIG}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/Marguerite Oyelaran-Hughes, not read as a nominee/);
  });
  it('an untitled person said to have agreed is not passed over as "no name yet"', async () => {
    const e = await extractMail({
      text: `Jane Okonjo, our Head of Physics, has very kindly said she will do it; we will confirm her details later.\n\n${MD_SIG}`,
    });
    expect(e.needsReview).toBe(true);
  });
  it('an address in the text that belongs to no nominee sends the reply to a person', async () => {
    const e = await extractMail({
      text: `Our LHS will be Dr Ravi Kumar (ravi.kumar@leedsth.nhs.uk); his deputy can be reached at p.okafor@leedsth.nhs.uk.\n\n${MD_SIG}`,
    });
    expect(e.needsReview).toBe(true);
  });
  it('the medical director named in the text is no reason for doubt', async () => {
    const e = await extractMail({
      text: `Our Medical Director, Professor Hamish Drummond, has asked me to confirm that our LHS will be Dr Leila Haddad (leila.haddad@leedsth.nhs.uk).\n\n${MD_SIG}`,
    });
    expect([e.nominees.map((n) => n.name), e.needsReview]).toEqual([['Dr Leila Haddad'], false]);
  });
});

describe('forwarded chains', () => {
  const acceptance = (from: string) =>
    `See below - Ngozi has said yes.\n\n${MD_SIG}\n\nFrom: ${from}\nSent: 30 September 2016 15:02\nTo: Pascoe Morwenna\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nMorwenna,\n\nYes, I would be happy to be the Trust's Lead Healthcare Scientist.\n\nNgozi\n\nDr Ngozi Eze\nHead of Blood Sciences\n\n${QUOTED_LETTER}`;

  it('"see below": the acceptance forwarded from a colleague in the same organisation is read as the answer', async () => {
    const e = await extractMail({ subject: 'FW: Lead Healthcare Scientists (LHS)', text: acceptance('Eze Ngozi [mailto:ngozi.eze@leedsth.nhs.uk]') });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Dr Ngozi Eze', 'ngozi.eze@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('the same from an internal Exchange header (a name, no address): the same organisation, only the missing e-mail to review', async () => {
    const e = await extractMail({ subject: 'FW: Lead Healthcare Scientists (LHS)', text: acceptance('Eze Ngozi') });
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Ngozi Eze']);
    expect(e.reasons).toEqual(['nominee Dr Ngozi Eze has no e-mail or phone']);
  });

  it('the same forwarded from another organisation\'s address is read, and reviewed', async () => {
    const e = await extractMail({ subject: 'FW: Lead Healthcare Scientists (LHS)', text: acceptance('Ngozi Eze [mailto:ngozi.eze@example.org]') });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Ngozi Eze']);
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain("found in mail forwarded from outside the sender's organisation, not in the reply itself");
  });
});

describe('threading alone', () => {
  it('a reply in the thread whose subject and text never mention the request is read, but not trusted', async () => {
    const e = await extractMail({
      subject: 'Our response',
      text: `Please see below.\n\nName: Dr Quentin Rowe\nEmail: quentin.rowe@leedsth.nhs.uk\n\n${MD_SIG}`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('a reply in the thread that does not mention the request');
  });
});

describe('new messages about the role', () => {
  it('a fresh message whose subject names the role is read, but not trusted', async () => {
    const e = await extractMail({ inReplyTo: null, subject: 'Lead Healthcare Scientist', text: `We have not yet decided.\n\n${MD_SIG}` });
    expect([e.kind, e.needsReview]).toEqual(['no_nomination', true]);
  });
});

describe('not answers', () => {
  it('the team’s own reminder in the mailbox is no answer', async () => {
    const e = await extractMail({
      from: '"CSO (NHS ENGLAND)" <england.cso@nhs.net>',
      inReplyTo: null,
      subject: 'REMINDER: Lead Healthcare Scientists (LHS)',
      text: `Dear Colleagues,\n\nIf your organisation has not yet replied, we would be grateful for your response.\n\n${QUOTED_LETTER}`,
    });
    expect([e.kind, e.nominees.length, e.needsReview]).toEqual(['unrelated', 0, false]);
  });
  it('an award nomination that is not a reply to the letter is unrelated', async () => {
    const e = await extractMail({
      inReplyTo: null,
      subject: 'Nomination: Scientist of the Year',
      text: `I would like to nominate Dr Petra Lindqvist for the Scientist of the Year award. She is at petra.lindqvist@leedsth.nhs.uk.\n\n${MD_SIG}`,
    });
    expect([e.kind, e.nominees.length, e.needsReview]).toEqual(['unrelated', 0, false]);
  });
  it('an out-of-office by its headers is an automatic reply, its stand-in no nominee', async () => {
    const e = await extractMail({
      subject: 'Automatic reply: Lead Healthcare Scientists (LHS)',
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'I am on annual leave until 3 October. For urgent matters please contact my PA, Mrs Dana Whitely, on 0113 496 0998.',
    });
    expect([e.kind, e.nominees.length, e.needsReview]).toEqual(['auto_reply', 0, false]);
  });
  it('leave mentioned in a real answer does not make it automatic', async () => {
    const e = await extractMail({
      text: `I am on annual leave from Friday, so replying now: our LHS will be Dr Kofi Asante (kofi.asante@leedsth.nhs.uk).\n\n${MD_SIG}`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Kofi Asante']);
  });
});

describe('trust doubt', () => {
  it('one nominee named for two trusts: review, both listed', async () => {
    const e = await extractMail({
      text: `Our Lead Healthcare Scientist for both Leeds Teaching Hospitals NHS Trust and Leeds Community Healthcare NHS Trust will be Dr Pia Lund (pia.lund@leedsth.nhs.uk).\n\n${MD_SIG}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.trustCandidates.map((t) => t.ods).sort()).toEqual(['RR8', 'RY6']);
  });
  it('two trusts in the signature: review, both listed', async () => {
    const e = await extractMail({
      from: 'Group MD <group.md@nhs.net>',
      text: `Our Lead Healthcare Scientist will be Dr Nia Evans (nia.evans@nhs.net).\n\nRegards\n\nDr Gwyn Lloyd\nMedical Director, The Dudley Group NHS Foundation Trust\nInterim Medical Director, Walsall Healthcare NHS Trust`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.trustCandidates.map((t) => t.ods).sort()).toEqual(['RBK', 'RNA']);
    expect(e.reasons.some((r) => r.startsWith('two trusts named: '))).toBe(true);
  });
});

describe('second opinion', () => {
  it('a name only compromise can read is used, and always reviewed', async () => {
    const e = await extractMail({ text: `We would like to nominate the wonderful Siobhan Murphy from our pathology team.\n\n${MD_SIG}` });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => n.name)).toEqual(['Siobhan Murphy']);
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('name found only by the NLP model');
  });
});

describe('cost', () => {
  it('stays quick on long, repetitive and hostile text', async () => {
    const hostile = [
      'Dr Aaaa Bbbb, '.repeat(8000),
      'NHS Trust '.repeat(10000),
      'Lead Healthcare Scientist will be '.repeat(3000),
      `${'a'.repeat(60)}\n`.repeat(2000),
      'Name: Dr Cccc Dddd\n'.repeat(3000),
      '0113 496 0'.repeat(10000),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      await extractMail({ text });
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
