import { describe, expect, it } from 'vitest';
import { extractMail, MD_SIGNATURE as SIG, QUOTED_LETTER } from './mail.js';

describe('the LHS role in its own column or label', () => {
  it('an HTML table with Role and Job title columns: the role column sets lead and deputy, the job title comes from its own column', async () => {
    const rows = [
      ['Name', 'Role', 'Job title', 'Email', 'Telephone'],
      ['Dr Priya Raman', 'Lead Healthcare Scientist', 'Consultant Clinical Scientist', 'priya.raman@leedsth.nhs.uk', '0113 496 0123'],
      ['Mr Tomasz Nowak', 'Deputy', 'Principal Medical Physicist', 'tomasz.nowak@leedsth.nhs.uk', '0113 496 0456'],
    ];
    const table = `<table>${rows.map((r, i) => `<tr>${r.map((c) => (i ? `<td>${c}</td>` : `<th>${c}</th>`)).join('')}</tr>`).join('')}</table>`;
    const e = await extractMail({
      text: `Dear CSO team,\n\nOur nominations are below.\n\n${rows.map((r) => r.join('\n')).join('\n')}\n\n${SIG}`,
      html: `<html><body><p>Dear CSO team,</p><p>Our nominations are below.</p>${table}<p>Kind regards</p><p>Dr Alasdair Fenwick<br>Medical Director<br>Leeds Teaching Hospitals NHS Trust</p></body></html>`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.nominees).toEqual([
      { name: 'Dr Priya Raman', email: 'priya.raman@leedsth.nhs.uk', phone: '0113 496 0123', jobTitle: 'Consultant Clinical Scientist', role: 'lead' },
      { name: 'Mr Tomasz Nowak', email: 'tomasz.nowak@leedsth.nhs.uk', phone: '0113 496 0456', jobTitle: 'Principal Medical Physicist', role: 'deputy' },
    ]);
  });

  it('tab-separated rows in a plain message, with "Deputy Lead Healthcare Scientist" in the role column', async () => {
    const e = await extractMail({
      text: `Hello,\n\nPlease see our response:\n\nName\tPosition in network\tPost\tEmail\tTelephone\nDr Helen Achterberg\tLead Healthcare Scientist\tHead of Clinical Biochemistry\thelen.achterberg@leedsth.nhs.uk\t0113 496 0777\nDr Kwame Asante\tDeputy Lead Healthcare Scientist\tConsultant Clinical Scientist\tkwame.asante@leedsth.nhs.uk\t0113 496 0778\n\n${SIG}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.jobTitle])).toEqual([
      ['Dr Helen Achterberg', 'lead', 'Head of Clinical Biochemistry'],
      ['Dr Kwame Asante', 'deputy', 'Consultant Clinical Scientist'],
    ]);
  });

  it('a table whose only title column holds the LHS role: roles set, no job title', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nOur details:\n\nName | Role | Email\nDr Priya Raman | Lead Healthcare Scientist | priya.raman@leedsth.nhs.uk\nMr Tomasz Nowak | Deputy | tomasz.nowak@leedsth.nhs.uk\n\n${SIG}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.jobTitle])).toEqual([
      ['Dr Priya Raman', 'lead', null],
      ['Mr Tomasz Nowak', 'deputy', null],
    ]);
  });

  it('label lists: "Role:" with the LHS role is not the job title when "Job title:" is given', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nName: Dr Priya Raman\nRole: Lead Healthcare Scientist\nJob title: Consultant Clinical Scientist\nEmail: priya.raman@leedsth.nhs.uk\n\nName: Mr Tomasz Nowak\nRole: Deputy Lead Healthcare Scientist\nJob title: Principal Medical Physicist\nEmail: tomasz.nowak@leedsth.nhs.uk\n\n${SIG}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.jobTitle])).toEqual([
      ['Dr Priya Raman', 'lead', 'Consultant Clinical Scientist'],
      ['Mr Tomasz Nowak', 'deputy', 'Principal Medical Physicist'],
    ]);
  });

  it('only "Role: Lead Healthcare Scientist": no job title', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nName: Dr Priya Raman\nRole: Lead Healthcare Scientist\nEmail: priya.raman@leedsth.nhs.uk\nTel: 0113 496 0123\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([{ name: 'Dr Priya Raman', email: 'priya.raman@leedsth.nhs.uk', phone: '0113 496 0123', jobTitle: null, role: 'lead' }]);
  });

  it('"Role: Consultant Clinical Scientist" with no other title is the job title', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nName: Dr Priya Raman\nRole: Consultant Clinical Scientist\nEmail: priya.raman@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.jobTitle])).toEqual([['Dr Priya Raman', 'lead', 'Consultant Clinical Scientist']]);
  });

  it('labels after hyphen bullets: "- Lead Healthcare Scientist: Dr X, job" and "- Deputy: Mr Y, job", contacts on the line below', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nWe would like to put forward:\n\n- Lead Healthcare Scientist: Dr Ifeoma Nwankwo, Head of Cardiac Physiology\n  ifeoma.nwankwo@leedsth.nhs.uk / 0113 496 0311\n- Deputy: Mr Gareth Pryce-Jones, Principal Clinical Scientist\n  gareth.pryce-jones@leedsth.nhs.uk / 0113 496 0312\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email, n.phone])).toEqual([
      ['Dr Ifeoma Nwankwo', 'lead', 'ifeoma.nwankwo@leedsth.nhs.uk', '0113 496 0311'],
      ['Mr Gareth Pryce-Jones', 'deputy', 'gareth.pryce-jones@leedsth.nhs.uk', '0113 496 0312'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('"with, as deputy:" over a hyphen-bulleted person on the next line', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nOur Lead Healthcare Scientist will be:\n- Dr Ifeoma Nwankwo, Head of Cardiac Physiology - ifeoma.nwankwo@leedsth.nhs.uk - 0113 496 0311\n\nwith, as deputy:\n- Mr Gareth Pryce-Jones, Principal Clinical Scientist - gareth.pryce-jones@leedsth.nhs.uk - 0113 496 0312\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Dr Ifeoma Nwankwo', 'lead', 'ifeoma.nwankwo@leedsth.nhs.uk'],
      ['Mr Gareth Pryce-Jones', 'deputy', 'gareth.pryce-jones@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('"Mrs Y, whom we first put forward as lead, will now act as his deputy"', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nAfter talking to the scientists' forum, our Lead Healthcare Scientist will be Dr Ifeoma Nwankwo (Head of Cardiac Physiology; ifeoma.nwankwo@leedsth.nhs.uk; 0113 496 0311).\n\nMr Gareth Pryce-Jones, whom we first suggested for the lead, will now act as her deputy (gareth.pryce-jones@leedsth.nhs.uk; 0113 496 0312).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Dr Ifeoma Nwankwo', 'lead', 'ifeoma.nwankwo@leedsth.nhs.uk'],
      ['Mr Gareth Pryce-Jones', 'deputy', 'gareth.pryce-jones@leedsth.nhs.uk'],
    ]);
  });

  it('two nominees whose roles cannot be told apart go to a person', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nName: Dr Priya Raman\nEmail: priya.raman@leedsth.nhs.uk\n\nName: Mr Tomasz Nowak\nEmail: tomasz.nowak@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toHaveLength(2);
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/lead and which deputy/);
  });
});

describe('tables with columns of other things', () => {
  it('a "Notes" column among the known ones does not hide the table', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nName | Nominated | Job title | Email | Notes\nDr Priya Raman | Lead | Consultant Clinical Scientist | priya.raman@leedsth.nhs.uk | from 1 October\nMr Tomasz Nowak | Deputy LHS | Principal Medical Physicist | tomasz.nowak@leedsth.nhs.uk | part time\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.jobTitle, n.email])).toEqual([
      ['Dr Priya Raman', 'lead', 'Consultant Clinical Scientist', 'priya.raman@leedsth.nhs.uk'],
      ['Mr Tomasz Nowak', 'deputy', 'Principal Medical Physicist', 'tomasz.nowak@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });
});

describe('one cell a line', () => {
  it('a table flattened to one cell a line keeps roles and job titles apart', async () => {
    const cells = ['Name', 'Role', 'Job title', 'Email', 'Telephone', 'Dr Priya Raman', 'Lead Healthcare Scientist', 'Consultant Clinical Scientist', 'priya.raman@leedsth.nhs.uk', '0113 496 0123', 'Mr Tomasz Nowak', 'Deputy', 'Principal Medical Physicist', 'tomasz.nowak@leedsth.nhs.uk', '0113 496 0456'];
    const e = await extractMail({ text: `Dear colleagues,\n\nOur nominations:\n\n${cells.join('\n')}\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(e.nominees.map((n) => [n.name, n.role, n.jobTitle, n.phone])).toEqual([
      ['Dr Priya Raman', 'lead', 'Consultant Clinical Scientist', '0113 496 0123'],
      ['Mr Tomasz Nowak', 'deputy', 'Principal Medical Physicist', '0113 496 0456'],
    ]);
  });
});

describe('a table a column a person', () => {
  it('"Role | Lead Healthcare Scientist | Deputy" over rows of Name, Job title, Email', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nRole | Lead Healthcare Scientist | Deputy\nName | Dr Priya Raman | Mr Tomasz Nowak\nJob title | Consultant Clinical Scientist | Principal Medical Physicist\nEmail | priya.raman@leedsth.nhs.uk | tomasz.nowak@leedsth.nhs.uk\nTelephone | 0113 496 0123 | 0113 496 0456\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([
      { name: 'Dr Priya Raman', email: 'priya.raman@leedsth.nhs.uk', phone: '0113 496 0123', jobTitle: 'Consultant Clinical Scientist', role: 'lead' },
      { name: 'Mr Tomasz Nowak', email: 'tomasz.nowak@leedsth.nhs.uk', phone: '0113 496 0456', jobTitle: 'Principal Medical Physicist', role: 'deputy' },
    ]);
    expect(e.needsReview).toBe(false);
  });
});

describe('surname first in a cell', () => {
  it('"Raman, Priya" in a table\'s name column', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nName | Role | Email\nRaman, Priya | Lead Healthcare Scientist | priya.raman@leedsth.nhs.uk\nNowak, Tomasz | Deputy | tomasz.nowak@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Priya Raman', 'lead', 'priya.raman@leedsth.nhs.uk'],
      ['Tomasz Nowak', 'deputy', 'tomasz.nowak@leedsth.nhs.uk'],
    ]);
  });
});
