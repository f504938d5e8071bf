import { describe, expect, it } from 'vitest';
import { buildDocx, buildPdf } from '../../scripts/lib/office.js';
import { extract } from '../../src/extraction/extract.js';
import { readMessage } from '../../src/message/readMessage.js';
import { index } from './mail.js';

/** A reply with a covering note and one attachment, as Outlook sends it. */
function withAttachment(note: string, file: { name: string; type: string; data: Buffer }): Buffer {
  const b64 = file.data.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'From: Office of the Medical Director <md.office@leedsth.nhs.uk>',
      'To: england.cso@nhs.net',
      'Subject: RE: Lead Healthcare Scientists (LHS)',
      'In-Reply-To: <letter-0001@nhs.net>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="part"',
      '',
      '--part',
      'Content-Type: text/plain; charset=utf-8',
      '',
      note,
      '',
      '--part',
      `Content-Type: ${file.type}; name="${file.name}"`,
      `Content-Disposition: attachment; filename="${file.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      b64,
      '--part--',
      '',
    ].join('\r\n'),
  );
}

const NOTE = 'Please find attached our completed form.\n\nKind regards\n\nPat Quigley\nPA to Dr Oren Saltzman, Medical Director\nLeeds Teaching Hospitals NHS Trust\nTel: 0113 496 0100';

describe('nominees in attachments', () => {
  it('a form that says two people share the role: both joint', async () => {
    const docx = buildDocx({
      heading: ['Lead Healthcare Scientist response', 'The Trust proposes that the two colleagues below share the Lead Healthcare Scientist role, one for laboratory and one for physiological sciences.'],
      rows: [
        ['Name', 'Dr Idris Bamidele'],
        ['Job title', 'Head of Clinical Physics'],
        ['E-mail', 'idris.bamidele@leedsth.nhs.uk'],
        ['Name', 'Mrs Wenonah Clegg'],
        ['Job title', 'Consultant Clinical Scientist, Blood Sciences'],
        ['E-mail', 'wenonah.clegg@leedsth.nhs.uk'],
      ],
    });
    const e = extract(await readMessage(withAttachment(NOTE, { name: 'response.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: docx })), index);
    expect(e.nominees.map((n) => [n.name, n.role])).toEqual([
      ['Dr Idris Bamidele', 'joint'],
      ['Mrs Wenonah Clegg', 'joint'],
    ]);
  });

  it('a PDF letter that nominates two people as a numbered list: both read, both joint', async () => {
    const pdf = buildPdf([
      'Leeds Teaching Hospitals NHS Trust',
      'The Trust puts forward two colleagues to share the role of Lead Healthcare Scientist:',
      '1. Dr Idris Bamidele - Head of Clinical Physics',
      'Email: idris.bamidele@leedsth.nhs.uk | Tel: 0113 496 0311',
      '2. Mrs Wenonah Clegg - Consultant Clinical Scientist, Blood Sciences',
      'Email: wenonah.clegg@leedsth.nhs.uk | Tel: 0113 496 0312',
      'Dr Oren Saltzman, Medical Director',
    ]);
    const e = extract(await readMessage(withAttachment(NOTE, { name: 'response.pdf', type: 'application/pdf', data: pdf })), index);
    expect(e.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Dr Idris Bamidele', 'joint', 'idris.bamidele@leedsth.nhs.uk'],
      ['Mrs Wenonah Clegg', 'joint', 'wenonah.clegg@leedsth.nhs.uk'],
    ]);
  });

  it('a Word form with its own labels; the PA’s number in the covering note is not the nominee’s', async () => {
    const docx = buildDocx({
      heading: ['Lead Healthcare Scientist nomination'],
      rows: [
        ['Organisation', 'Leeds Teaching Hospitals NHS Trust'],
        ['Nominee name', 'Dr Chinonso Eze'],
        ['Position', 'Consultant Clinical Scientist (Genomics)'],
        ['E-mail address', 'chinonso.eze@leedsth.nhs.uk'],
        ['Contact number', '0113 496 0271'],
        ['Scientific division', 'Choose an item.'],
      ],
    });
    const e = extract(await readMessage(withAttachment(NOTE, { name: 'form.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: docx })), index);
    expect(e.kind).toBe('nomination');
    expect(e.trust?.ods).toBe('RR8');
    expect(e.nominees).toEqual([
      { name: 'Dr Chinonso Eze', email: 'chinonso.eze@leedsth.nhs.uk', phone: '0113 496 0271', jobTitle: 'Consultant Clinical Scientist (Genomics)', role: 'lead' },
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('a signed PDF letter: the nominee from its sentence, not the medical director who signs it', async () => {
    const pdf = buildPdf([
      'Leeds Teaching Hospitals NHS Trust',
      'Dear Ms Carragher,',
      'I am pleased to confirm that Mr Tomasz Zielinski, Head of Clinical Engineering, will be',
      'the Lead Healthcare Scientist for the Trust. He can be contacted at',
      'tomasz.zielinski@leedsth.nhs.uk or on 0113 496 0288.',
      'Yours sincerely,',
      'Dr Oren Saltzman',
      'Medical Director',
    ]);
    const e = extract(await readMessage(withAttachment(NOTE, { name: 'letter.pdf', type: 'application/pdf', data: pdf })), index);
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Mr Tomasz Zielinski', 'tomasz.zielinski@leedsth.nhs.uk', '0113 496 0288']]);
    expect(JSON.stringify(e.nominees)).not.toMatch(/Saltzman|Carragher|0113 496 0100/);
  });

  it('a form filled in for another trust than the sender’s goes to a person', async () => {
    const docx = buildDocx({
      heading: ['Lead Healthcare Scientist nomination'],
      rows: [
        ['Trust', 'Leeds Community Healthcare NHS Trust'],
        ['Name', 'Dr Saoirse Kelly'],
        ['Email', 'saoirse.kelly@nhs.net'],
      ],
    });
    const e = extract(await readMessage(withAttachment(NOTE, { name: 'form.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: docx })), index);
    expect(e.needsReview).toBe(true);
    expect(e.trustCandidates.map((t) => t.ods).sort()).toEqual(['RR8', 'RY6']);
  });

  it('a name in the body and "her details are on the attached form": the contacts come from the form\'s row for that person', async () => {
    const docx = buildDocx({
      heading: ['NHS England - Lead Healthcare Scientists', 'Response from provider organisation'],
      rows: [
        ['Trust', 'Leeds Teaching Hospitals NHS Trust'],
        ['Lead Healthcare Scientist - name', 'Dr Marta Kowalska'],
        ['Job title', 'Head of Blood Sciences'],
        ['E-mail', 'marta.kowalska@leedsth.nhs.uk'],
        ['Telephone', '0113 496 0931'],
        ['Deputy (optional) - name', ''],
        ['Medical Director', 'Dr Oren Saltzman'],
      ],
    });
    const note = 'Dear colleagues,\n\nOur Lead Healthcare Scientist will be Dr Marta Kowalska - her details are on the attached form.\n\nBest wishes\n\nOren\n\nDr Oren Saltzman\nMedical Director\nLeeds Teaching Hospitals NHS Trust';
    const e = extract(await readMessage(withAttachment(note, { name: 'LHS form.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: docx })), index);
    expect(e.nominees.map((n) => [n.name, n.email, n.phone, n.jobTitle, n.role])).toEqual([
      ['Dr Marta Kowalska', 'marta.kowalska@leedsth.nhs.uk', '0113 496 0931', 'Head of Blood Sciences', 'lead'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('a name in the body, "the signed letter is attached", and the letter gives that person\'s own address: the contacts come from the letter', async () => {
    const pdf = buildPdf([
      'Leeds Teaching Hospitals NHS Trust',
      'Dear Fiona,',
      'I am pleased to nominate Dr Oluwadamilare Ajayi, Head of Neurophysiology,',
      'as the Lead Healthcare Scientist for the Trust.',
      'His e-mail is oluwadamilare.ajayi@leedsth.nhs.uk and telephone 0113 496 0977.',
      'Yours sincerely,',
      'Dr Oren Saltzman, Medical Director',
    ]);
    const note = 'Dear colleagues,\n\nThe signed letter is attached. In short, our LHS will be Dr Oluwadamilare Ajayi, Head of Neurophysiology.\n\nBest wishes\n\nOren\n\nDr Oren Saltzman\nMedical Director\nLeeds Teaching Hospitals NHS Trust';
    const e = extract(await readMessage(withAttachment(note, { name: 'LHS letter.pdf', type: 'application/pdf', data: pdf })), index);
    expect(e.nominees.map((n) => [n.name, n.email, n.phone, n.role])).toEqual([['Dr Oluwadamilare Ajayi', 'oluwadamilare.ajayi@leedsth.nhs.uk', '0113 496 0977', 'lead']]);
    expect(e.needsReview).toBe(false);
  });

  it('an attachment that names someone else with the same surname gives the nominee nothing', async () => {
    const pdf = buildPdf(['Leeds Teaching Hospitals NHS Trust', 'Job description: Band 8b', 'Informal enquiries: Mrs Funmi Ajayi, funmi.ajayi@leedsth.nhs.uk, 0113 496 0978']);
    const note = 'Dear colleagues,\n\nJob description attached. Our LHS will be Dr Oluwadamilare Ajayi, Head of Neurophysiology.\n\nBest wishes\n\nOren\n\nDr Oren Saltzman\nMedical Director\nLeeds Teaching Hospitals NHS Trust';
    const e = extract(await readMessage(withAttachment(note, { name: 'JD.pdf', type: 'application/pdf', data: pdf })), index);
    expect(e.nominees[0]?.email ?? null).toBeNull();
    expect(e.needsReview).toBe(true);
  });

  it('"Ali Penhaligon has agreed" in the body and "Dr Alison Penhaligon" with her address in the attached letter: one person, by her full name', async () => {
    const pdf = buildPdf([
      'Leeds Teaching Hospitals NHS Trust',
      'Dear Fiona,',
      'I am pleased to nominate Dr Alison Penhaligon, Consultant Clinical Scientist,',
      'as the Lead Healthcare Scientist for the Trust.',
      'E-mail alison.penhaligon@leedsth.nhs.uk, telephone 0113 496 0979.',
      'Yours sincerely,',
      'Dr Oren Saltzman, Medical Director',
    ]);
    const note = 'Fiona\n\nAli Penhaligon has kindly agreed to be our LHS. Letter from my office attached.\n\nOren\n\nDr Oren Saltzman\nMedical Director\nLeeds Teaching Hospitals NHS Trust';
    const e = extract(await readMessage(withAttachment(note, { name: 'letter.pdf', type: 'application/pdf', data: pdf })), index);
    expect(e.nominees.map((n) => [n.name, n.email, n.role])).toEqual([['Dr Alison Penhaligon', 'alison.penhaligon@leedsth.nhs.uk', 'lead']]);
  });

  it('a PDF letter that names a deputy no rule reads (the name broken across lines): review, not the lead alone', async () => {
    const pdf = buildPdf([
      'Leeds Teaching Hospitals NHS Trust',
      'Dear Fiona,',
      'I am pleased to nominate Mr Callum Reid, Head of Clinical Engineering, as the Lead Healthcare',
      'Scientist for the Trust. Dr Anne-Marie',
      'Okonjo, Consultant Clinical Scientist, has agreed to act as his deputy.',
      'Mr Callum Reid - callum.reid@leedsth.nhs.uk, 0113 496 0991',
      'Yours sincerely,',
      'Dr Oren Saltzman, Medical Director',
    ]);
    const e = extract(await readMessage(withAttachment(NOTE, { name: 'letter.pdf', type: 'application/pdf', data: pdf })), index);
    expect(e.nominees.map((n) => n.name)).toContain('Mr Callum Reid');
    expect(e.needsReview).toBe(true);
  });

  it('a form row "Deputy / alternate (if applicable)" holds the deputy', async () => {
    const docx = buildDocx({
      heading: ['Lead Healthcare Scientist (LHS) - response form'],
      rows: [
        ['Name of Lead Healthcare Scientist', 'Mrs Adunni Bello'],
        ['Job title', 'Head of Blood Sciences'],
        ['Email address', 'adunni.bello@leedsth.nhs.uk'],
        ['Deputy / alternate (if applicable)', 'Mr Owain Price, Lead Cardiac Physiologist owain.price@leedsth.nhs.uk 0113 496 0993'],
      ],
    });
    const e = extract(await readMessage(withAttachment(NOTE, { name: 'form.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: docx })), index);
    expect(e.nominees.map((n) => [n.name, n.email, n.role])).toEqual([
      ['Mrs Adunni Bello', 'adunni.bello@leedsth.nhs.uk', 'lead'],
      ['Mr Owain Price', 'owain.price@leedsth.nhs.uk', 'deputy'],
    ]);
  });
});

describe('attachments that disagree with the note, or hold no text (eighth session)', () => {
  it('a covering note that names one person while the attached letter names another: review', async () => {
    const note =
      'Hello\n\nDr Saltzman has asked me to tell you that our Lead Healthcare Scientist is Mr Callum Reid, Principal Clinical Scientist, callum.reid@leedsth.nhs.uk. The signed letter is attached.\n\nKind regards\n\nPat Quigley\nPA to Dr Oren Saltzman, Medical Director\nLeeds Teaching Hospitals NHS Trust';
    const pdf = buildPdf([
      'Leeds Teaching Hospitals NHS Trust',
      'Dear Ms Carragher,',
      'I am pleased to nominate Dr Ifeoma Adeyemi, Consultant Clinical Scientist, as our Lead Healthcare Scientist',
      '(ifeoma.adeyemi@leedsth.nhs.uk, 0113 496 0440), with Mr Callum Reid as her deputy.',
      'Yours sincerely, Dr Oren Saltzman, Medical Director',
    ]);
    const e = extract(await readMessage(withAttachment(note, { name: 'LHS letter.pdf', type: 'application/pdf', data: pdf })), index);
    expect(e.kind).toBe('nomination');
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/attachment names Dr Ifeoma Adeyemi/);
  });

  it('a PDF with no text in it (a scan) is a problem the message stage names', async () => {
    const m = await readMessage(withAttachment(NOTE, { name: 'scan0001.pdf', type: 'application/pdf', data: buildPdf([]) }));
    expect(m.attachments[0]!.problem).toMatch(/no text in it/);
  });

  it("a scanner's mail forwarded with \"please find attached the signed reply\": not a sure \"unrelated\"", async () => {
    const raw = withAttachment('Please find attached the scanned copy of our signed response.\n\nThanks\n\nPat Quigley\nMedical Director\'s Office\nLeeds Teaching Hospitals NHS Trust', {
      name: 'Scanned from a Ricoh Aficio.pdf',
      type: 'application/pdf',
      data: buildPdf([]),
    })
      .toString('latin1')
      .replace('Subject: RE: Lead Healthcare Scientists (LHS)', 'Subject: FW: Scanned from a Ricoh Aficio')
      .replace('In-Reply-To: <letter-0001@nhs.net>\r\n', '');
    const e = extract(await readMessage(Buffer.from(raw, 'latin1')), index);
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/attachment that could not be read/);
    // an awards entry whose attached PDF cannot be read is still plainly unrelated mail
    const awards = extract(
      await readMessage(
        Buffer.from(
          raw.replace('Subject: FW: Scanned from a Ricoh Aficio', 'Subject: Healthcare Science Awards 2017 - our entry').replace('the scanned copy of our signed response', 'our entry for the Healthcare Science Awards'),
          'latin1',
        ),
      ),
      index,
    );
    expect(awards.kind).toBe('unrelated');
    expect(awards.needsReview).toBe(false);
  });
});

describe('the covering note corrects the attached form (eighth session)', () => {
  it('"the address on the form is wrong, it should be ...": the text\'s address, and review', async () => {
    const note =
      'Dear CSO team,\n\nPlease find attached our completed form. Note that Tariq\'s address on the form is out of date: it should be tariq.h.iqbal@nhs.net.\n\nKind regards\n\nPat Quigley\nPA to Dr Oren Saltzman, Medical Director\nLeeds Teaching Hospitals NHS Trust';
    const docx = buildDocx({
      heading: ['Lead Healthcare Scientist (LHS) - response form'],
      rows: [
        ['Name of Lead Healthcare Scientist', 'Dr Tariq Iqbal'],
        ['Job title', 'Head of Clinical Engineering'],
        ['Email address', 'tariq.iqbal@leedsth.nhs.uk'],
        ['Telephone', '0113 496 0770'],
      ],
    });
    const e = extract(await readMessage(withAttachment(note, { name: 'form.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: docx })), index);
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Dr Tariq Iqbal', 'tariq.h.iqbal@nhs.net']]);
    expect(e.needsReview).toBe(true);
  });
});

describe("a scanner's mail whose PDF can be read (ninth session)", () => {
  it('with no words of its own, the signed letter inside is the answer, for a person to confirm', async () => {
    const pdf = buildPdf([
      'Leeds Teaching Hospitals NHS Trust',
      'Dear Ms Carragher,',
      'I am pleased to nominate Dr Ifeoma Adeyemi, Consultant Clinical Scientist, as our Lead Healthcare Scientist',
      '(ifeoma.adeyemi@leedsth.nhs.uk, 0113 496 0440).',
      'Yours sincerely, Dr Oren Saltzman, Medical Director',
    ]);
    const raw = withAttachment('', { name: 'scan0002.pdf', type: 'application/pdf', data: pdf })
      .toString('latin1')
      .replace('Subject: RE: Lead Healthcare Scientists (LHS)', 'Subject: Scanned from a Xerox Multifunction Printer')
      .replace('In-Reply-To: <letter-0001@nhs.net>\r\n', '');
    const e = extract(await readMessage(Buffer.from(raw, 'latin1')), index);
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => n.email)).toEqual(['ifeoma.adeyemi@leedsth.nhs.uk']);
    expect(e.needsReview).toBe(true);
  });
});
