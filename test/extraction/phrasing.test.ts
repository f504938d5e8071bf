// Ways of naming the LHS in running prose that a second blind set showed (our own wording here):
// "the lead will be", "will instead be:" with the name on the next line, "we already have one",
// "will deputise", a deputy "for" something, a bracketed answer typed into the quoted letter,
// the writer's own work address over a personal one, and replies that say no name will come.
import { describe, expect, it } from 'vitest';
import { extractMail, MD_SIGNATURE as SIG, QUOTED_LETTER } from './mail.js';

const people = (e: Awaited<ReturnType<typeof extractMail>>) => e.nominees.map((n) => [n.name, n.role, n.email]);

describe('naming the LHS in prose', () => {
  it('"for our trust the lead will be X (...)" where the sentence is about LHSs; "Dr Y, ..., will deputise"', async () => {
    const e = await extractMail({
      text: `Hello,\n\nFurther to your note about LHSs - for Leeds the lead will be Oluwaseun Adebayo-Clarke (Head of Medical Physics, oluwaseun.adebayo-clarke@leedsth.nhs.uk, 0113 496 0101). When she is on leave, Dr Piotr Zielinski, Principal Clinical Scientist, will deputise - piotr.zielinski@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([
      ['Oluwaseun Adebayo-Clarke', 'lead', 'oluwaseun.adebayo-clarke@leedsth.nhs.uk'],
      ['Dr Piotr Zielinski', 'deputy', 'piotr.zielinski@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('"the lead for pathology is X" in a sentence that is not about the LHS names nobody', async () => {
    const e = await extractMail({
      text: `Hello,\n\nWe are still deciding who our Lead Healthcare Scientist should be and will let you know. For what it is worth the lead for pathology is Dr Ruth Okonkwo.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.kind).toBe('no_nomination');
  });

  it('"Our Lead Healthcare Scientist will instead be:" with the person on the lines below', async () => {
    const e = await extractMail({
      text: `Dear all\n\nPlease disregard my earlier message. Our Lead Healthcare Scientist will instead be:\n\nMrs Grainne Ni Bhriain\nConsultant Audiological Scientist\ngrainne.nibhriain@leedsth.nhs.uk\n0113 496 0202\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Mrs Grainne Ni Bhriain', 'lead', 'grainne.nibhriain@leedsth.nhs.uk']]);
    expect(e.supersedes).toBe(true);
  });

  it('"We already have one - Dr X, ..." answers the request with the LHS in post', async () => {
    const e = await extractMail({
      text: `We already have one - Dr Tendai Moyo, Consultant Clinical Scientist, who has led healthcare science here since 2014.\n\ntendai.moyo@leedsth.nhs.uk\n0113 496 0303\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Tendai Moyo', 'lead', 'tendai.moyo@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"her deputy for network meetings will be Mr X": a deputy with a purpose between the words', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nDr Hannah Whitlock (hannah.whitlock@leedsth.nhs.uk, 0113 496 0404) will be our Lead Healthcare Scientist. Her deputy for network meetings will be Mr Chidi Eze (chidi.eze@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Hannah Whitlock', 'lead', 'hannah.whitlock@leedsth.nhs.uk'],
      ['Mr Chidi Eze', 'deputy', 'chidi.eze@leedsth.nhs.uk'],
    ]);
  });
});

describe('where the answer and the address stand', () => {
  it('a bracketed answer holding an address, typed into the quoted letter, is read as the answer', async () => {
    const letter = QUOTED_LETTER.replace(
      'Please send your response to,',
      '[LTHT ANSWER: Our Lead Healthcare Scientist is Dr Mei Ling Chua, Consultant Clinical Scientist - mei.chua@leedsth.nhs.uk - 0113 496 0505]\n\nPlease send your response to,',
    );
    const e = await extractMail({ text: `Please see our answer inline below.\n\nThanks\n\n${letter}` });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Mei Ling Chua', 'lead', 'mei.chua@leedsth.nhs.uk']]);
  });

  it('a nominee writing from a personal account who gives a work address: the work address', async () => {
    const e = await extractMail({
      from: 'Kofi Mensah <kofi.mensah.home@gmail.com>',
      text: `Dear CSO team,\n\nI am the Lead Healthcare Scientist for Leeds Teaching Hospitals. Please use my work address from now on: kofi.mensah@leedsth.nhs.uk, 0113 496 0606.\n\nBest wishes\n\nKofi\n\nDr Kofi Mensah\nChief Healthcare Scientist, Leeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toMatchObject([{ name: 'Dr Kofi Mensah', email: 'kofi.mensah@leedsth.nhs.uk', jobTitle: 'Chief Healthcare Scientist', role: 'lead' }]);
  });
});

describe('replies that say no name will come now', () => {
  it('"we are considering who ... I expect to give you a name after ..." is a sure no-nomination', async () => {
    const e = await extractMail({
      text: `Dear Dr Carragher\n\nThank you for your letter. We are considering who would be best placed to take this on, and I expect to be able to give you a name after our board meets in November.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e).toMatchObject({ kind: 'no_nomination', needsReview: false, nominees: [] });
  });

  it('"does not employ healthcare scientists ... will therefore not be nominating" is a sure no-nomination', async () => {
    const e = await extractMail({
      text: `Dear Colleagues,\n\nOur trust does not employ healthcare scientists, and we will therefore not be nominating anyone.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e).toMatchObject({ kind: 'no_nomination', needsReview: false, nominees: [] });
  });
});

describe('a trust that had closed before the letter', () => {
  it('beside the open trust the signature and domain name, it is a former name, not a second trust', async () => {
    const e = await extractMail({
      from: 'Dr Imogen Pascoe <imogen.pascoe@nhs.net>',
      text: `Dear CSO team,\n\nI am pleased to nominate Dr Rhys Penrose (rhys.penrose@nhs.net, 01803 654 321), Consultant Clinical Scientist, as our Lead Healthcare Scientist.\n\nKind regards\n\nDr Imogen Pascoe\nMedical Director\nTorbay and South Devon NHS Foundation Trust\n(formerly Torbay and Southern Devon Health and Care NHS Trust)\n\n${QUOTED_LETTER}`,
    });
    expect(e.trust?.ods).toBe('RA9');
    expect(e.trustCandidates).toEqual([]);
    expect(e.needsReview).toBe(false);
  });
});

describe('job titles in running prose', () => {
  const titleOf = async (text: string) => (await extractMail({ text: `${text}\n\n${SIG}\n\n${QUOTED_LETTER}` })).nominees[0]?.jobTitle;

  it('a sentence about the nominee by a short form of the first name ("Tola" for Omotola)', async () => {
    expect(await titleOf('I am pleased to nominate Dr Omotola Bankole-Reid (omotola.bankole-reid@leedsth.nhs.uk) as our Lead Healthcare Scientist. Tola is Consultant Clinical Scientist and Head of Immunology at St James\'s.')).toBe(
      'Consultant Clinical Scientist and Head of Immunology',
    );
  });

  it('an aside in brackets after the name is passed over; "and Head of" goes on, "and the only" ends it', async () => {
    expect(await titleOf('Our nominee is Dr Wei Zhang (Vivian to colleagues), Principal Clinical Scientist and Head of Andrology. vivian.zhang@leedsth.nhs.uk')).toBe(
      'Principal Clinical Scientist and Head of Andrology',
    );
    expect(await titleOf('I am pleased to nominate Mrs Dora Kiss (dora.kiss@nhs.net). She is Scientific Lead for Vascular Science and the only Band 8 scientist in the service.')).toBe('Scientific Lead for Vascular Science');
  });

  it('a bracketed specialty and a second post after it are kept; "for ACRONYM since 2012" is not', async () => {
    expect(await titleOf('We already have one - Dr Idris Khan, Consultant Clinical Scientist (Audiology) and Head of Healthcare Science for LTHT since 2012.\n\nidris.khan@nhs.net')).toBe(
      'Consultant Clinical Scientist (Audiology) and Head of Healthcare Science',
    );
  });

  it('a title written in lower case after a comma, to the end of the sentence', async () => {
    expect(await titleOf('Our Lead Healthcare Scientist will be Dr Ana Costa, principal clinical scientist in cardiac physiology. Her address is ana.costa@leedsth.nhs.uk.')).toBe('principal clinical scientist in cardiac physiology');
  });
});
