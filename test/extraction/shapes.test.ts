import { describe, expect, it } from 'vitest';
import { emailMatchesName, readNameAt } from '../../src/extraction/names.js';
import { shortNameFits } from '../../src/extraction/people/index.js';
import { extractMail, QUOTED_LETTER } from './mail.js';

const SIG = `Kind regards\n\nDr Alasdair Fenwick\nMedical Director\nLeeds Teaching Hospitals NHS Trust\nalasdair.fenwick@leedsth.nhs.uk`;
const FROM = 'Alasdair Fenwick <alasdair.fenwick@leedsth.nhs.uk>';
const run = (body: string) => extractMail({ from: FROM, text: `Dear CSO team,\n\n${body}\n\n${SIG}\n\n${QUOTED_LETTER}` });

describe('a nominee named by a short first name, with a pasted contact block', () => {
  it('"put Jen forward ... her details are below" and the block for Dr Jennifer Ashdown-Pryce', async () => {
    const e = await run(`I'd like to put Jen forward as our LHS. Her details are below:\n\nDr Jennifer Ashdown-Pryce\nConsultant Clinical Scientist\njennifer.ashdown-pryce@leedsth.nhs.uk\n0113 496 0999`);
    expect(e.kind).toBe('nomination');
    expect(e.nominees).toEqual([{ name: 'Dr Jennifer Ashdown-Pryce', email: 'jennifer.ashdown-pryce@leedsth.nhs.uk', phone: '0113 496 0999', jobTitle: 'Consultant Clinical Scientist', role: 'lead' }]);
    expect(e.needsReview).toBe(false);
  });

  it('a diminutive with no "below": "Rob has agreed" and the block for Robert', async () => {
    const e = await run(`We have discussed the role and Rob has agreed to take it on.\n\nRobert Ó Súilleabháin\nHead of Medical Physics\nTel: 0113 496 0998\nEmail: robert.osuilleabhain@leedsth.nhs.uk`);
    expect(e.nominees.map((n) => [n.name, n.email, n.jobTitle])).toEqual([['Robert Ó Súilleabháin', 'robert.osuilleabhain@leedsth.nhs.uk', 'Head of Medical Physics']]);
  });

  it('short names fit their full forms, and only those', () => {
    expect(shortNameFits('Jen', 'Jennifer')).toBe(true);
    expect(shortNameFits('Rob', 'Robert')).toBe(true);
    expect(shortNameFits('Bob', 'Robert')).toBe(true);
    expect(shortNameFits('Sue', 'Susan')).toBe(true);
    expect(shortNameFits('Jen', 'Joanna')).toBe(false);
    expect(shortNameFits('Rob', 'Richard')).toBe(false);
  });
});

describe('job titles written in prose', () => {
  it('in the next sentence, with a pronoun', async () => {
    const e = await run(`I am pleased to nominate Dr Mairéad Ní Bhriain as our LHS. She is currently our Consultant Clinical Scientist in Cardiac Physiology. Her e-mail is mairead.nibhriain@leedsth.nhs.uk.`);
    expect(e.nominees.map((n) => [n.name, n.email, n.jobTitle])).toEqual([['Dr Mairéad Ní Bhriain', 'mairead.nibhriain@leedsth.nhs.uk', 'Consultant Clinical Scientist in Cardiac Physiology']]);
  });

  it('in the next sentence, with the surname', async () => {
    const e = await run(`Our LHS will be Dr Ruth Okafor. Dr Okafor is Pathology Quality Manager and Lead Biomedical Scientist (ruth.okafor@leedsth.nhs.uk).`);
    expect(e.nominees[0]?.jobTitle).toBe('Pathology Quality Manager and Lead Biomedical Scientist');
  });

  it('in lower case after a comma', async () => {
    const e = await run(`We nominate Dr Ruth Okafor, consultant clinical scientist, as our LHS (ruth.okafor@leedsth.nhs.uk).`);
    expect(e.nominees[0]?.jobTitle).toBe('consultant clinical scientist');
  });

  it('first in brackets with the contacts', async () => {
    const e = await run(`We nominate Dr Ruth Okafor as our LHS (Consultant Clinical Scientist, ruth.okafor@leedsth.nhs.uk, 0113 496 0111).`);
    expect(e.nominees).toEqual([{ name: 'Dr Ruth Okafor', email: 'ruth.okafor@leedsth.nhs.uk', phone: '0113 496 0111', jobTitle: 'Consultant Clinical Scientist', role: 'lead' }]);
  });

  it('the LHS role said of the nominee is not a job title', async () => {
    const e = await run(`We nominate Dr Ruth Okafor (ruth.okafor@leedsth.nhs.uk). She will be our Lead Healthcare Scientist.`);
    expect(e.nominees[0]?.jobTitle).toBeNull();
  });
});

describe('names of three parts, and their e-mails', () => {
  it('"Dr Mei Ling Chan ... as our LHS and Jun Wei Lim ... as her deputy"', async () => {
    const e = await run(`I am pleased to nominate Dr Mei Ling Chan, Consultant Clinical Scientist (meiling.chan@leedsth.nhs.uk), as our LHS and Jun Wei Lim (junwei.lim@leedsth.nhs.uk) as her deputy.`);
    expect(e.nominees).toEqual([
      { name: 'Dr Mei Ling Chan', email: 'meiling.chan@leedsth.nhs.uk', phone: null, jobTitle: 'Consultant Clinical Scientist', role: 'lead' },
      { name: 'Jun Wei Lim', email: 'junwei.lim@leedsth.nhs.uk', phone: null, jobTitle: null, role: 'deputy' },
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('a surname in capitals ends the name: "Jun Wei LIM", "Jane SMITH"', () => {
    expect(readNameAt('Jun Wei LIM, Principal Clinical Scientist', 0)?.name).toBe('Jun Wei Lim');
    expect(readNameAt('Jane SMITH', 0)?.name).toBe('Jane Smith');
    // initials of an organisation after a full name are not part of it
    expect(readNameAt('Jennifer Ashdown UHB', 0)?.name).toBe('Jennifer Ashdown');
  });

  it('"LIM Jun Wei" in a labelled field, as a directory writes it', async () => {
    const e = await run(`Name: LIM Jun Wei\nJob title: Principal Clinical Scientist\nEmail: junwei.lim@leedsth.nhs.uk`);
    expect(e.nominees.map((n) => [n.name, n.email, n.jobTitle])).toEqual([['Jun Wei Lim', 'junwei.lim@leedsth.nhs.uk', 'Principal Clinical Scientist']]);
  });

  it.each([
    ['Jun Wei Lim', 'junwei.lim@leedsth.nhs.uk'],
    ['Dr Mei Ling Chan', 'meiling.chan@leedsth.nhs.uk'],
    ['Dr Jennifer Ashdown-Pryce', 'jennifer.ashdownpryce@leedsth.nhs.uk'],
    ['Mairéad Ní Bhriain', 'mairead.nibhriain@leedsth.nhs.uk'],
    ['Dr Seán Ó Súilleabháin', 'sean.osuilleabhain@leedsth.nhs.uk'],
  ])('%s is read whole and %s spells it', (name, email) => {
    const read = readNameAt(name, 0);
    expect(read?.name).toBe(name);
    expect(emailMatchesName(email, name)).toBe(2);
  });
});

describe('more job titles in prose', () => {
  it('"who is currently ..." without a comma', async () => {
    const e = await run(`We nominate Dr Ruth Okafor who is currently Head of Blood Sciences at the Trust (ruth.okafor@leedsth.nhs.uk).`);
    expect(e.nominees[0]?.jobTitle).toBe('Head of Blood Sciences');
  });
});

describe('short names: more wordings', () => {
  it('"put forward Jen", the block with post-nominals and no "below"', async () => {
    const e = await run(`I would like to put forward Jen as our LHS. Her contact details:\n\nDr Jennifer Ashdown-Pryce MSc\nConsultant Clinical Scientist\nTel: 0113 496 0999\njennifer.ashdown-pryce@leedsth.nhs.uk`);
    expect(e.nominees.map((n) => [n.name, n.email, n.phone, n.jobTitle])).toEqual([['Dr Jennifer Ashdown-Pryce MSc', 'jennifer.ashdown-pryce@leedsth.nhs.uk', '0113 496 0999', 'Consultant Clinical Scientist']]);
  });

  it('a lead and a deputy both by short names, each matched to a block', async () => {
    const e = await run(`I'd like to put Jen forward as our LHS, with Tom as her deputy. Their details are below:\n\nDr Jennifer Ashdown-Pryce\nConsultant Clinical Scientist\njennifer.ashdown-pryce@leedsth.nhs.uk\n\nThomas Webb\nPrincipal Clinical Scientist\nthomas.webb@leedsth.nhs.uk`);
    expect(e.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Dr Jennifer Ashdown-Pryce', 'lead', 'jennifer.ashdown-pryce@leedsth.nhs.uk'],
      ['Thomas Webb', 'deputy', 'thomas.webb@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('a short name that fits no block finds no one', async () => {
    const e = await run(`I'd like to put Jen forward as our LHS. Details to follow.\n\nDr Margaret Holt\nHead of Pathology\nmargaret.holt@leedsth.nhs.uk`);
    expect(e.nominees.map((n) => n.name)).not.toContain('Dr Margaret Holt');
  });
});

describe('directory-style names with a surname of two words', () => {
  it.each([
    ['NÍ BHRIAIN, Mairéad (LEEDS TEACHING HOSPITALS NHS TRUST)', 'Mairéad Ní Bhriain', 'mairead.nibhriain@leedsth.nhs.uk'],
    ['Ó SÚILLEABHÁIN, Seán', 'Seán Ó Súilleabháin', 'sean.osuilleabhain@leedsth.nhs.uk'],
    ['LIM, Jun Wei', 'Jun Wei Lim', 'junwei.lim@leedsth.nhs.uk'],
  ])('"Name: %s" reads as %s', async (written, name, email) => {
    const e = await run(`Name: ${written}\nJob title: Principal Clinical Scientist\nEmail: ${email}`);
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([[name, email]]);
  });
});
