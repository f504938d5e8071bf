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

  it.each([
    ['a name will be got to the writer', 'I am away until the 10th, and will ask our laboratory heads and get a name to you before your deadline.'],
    ['someone asked to come back', 'I have passed your letter to our Director of Diagnostics and asked her to find the right person and come back to you directly.'],
    ['someone who will respond directly', 'Our Head of Therapies will look into whether we have a suitable scientist and respond to you directly.'],
    ['a medical director away, to identify someone', 'Dr Moss is on leave this week; I will make sure he sees this on his return so that he can identify someone for you.'],
    ['no healthcare scientists employed directly', 'As a community and mental health provider we do not directly employ any healthcare scientists: our laboratory work is bought from the acute trust.'],
    ['no staff in any of the professions', 'We do not employ staff in any of the healthcare science professions, so there is nobody to put forward.'],
  ])('%s: a sure no-nomination', async (_what, line) => {
    const e = await extractMail({ text: `Dear CSO team\n\n${line}\n\n${SIG}\n\n${QUOTED_LETTER}` });
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

  it('the hospital a nominee works at is no part of the title straight after the name ("..., Head of X at Queen\'s Hospital,")', async () => {
    expect(await titleOf('Our Lead Healthcare Scientist will be Dr Ama Boateng, Consultant Clinical Scientist in Blood Sciences at Queen\'s Hospital, ama.boateng@leedsth.nhs.uk.')).toBe(
      'Consultant Clinical Scientist in Blood Sciences',
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

describe('a third blind set: more shapes of an answer (our own wording)', () => {
  it('the writer takes the role in words of their own: "I have decided to act as Lead Healthcare Scientist ... myself"', async () => {
    const e = await extractMail({
      from: 'Dr Anil Perera <anil.perera@leedsth.nhs.uk>',
      text: `Dear Fiona\n\nAs a clinical biochemist I have decided to act as Lead Healthcare Scientist for Leeds myself for the time being.\n\nBest wishes\n\nDr Anil Perera\nMedical Director\nLeeds Teaching Hospitals NHS Trust\nanil.perera@leedsth.nhs.uk\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Anil Perera', 'lead', 'anil.perera@leedsth.nhs.uk']]);
  });

  it('"I will be Leeds\' Lead Healthcare Scientist" is the writer; "I would like him to be" and "I will not be" are not', async () => {
    const self = (line: string) =>
      extractMail({ from: 'Dr Grace Ofori <grace.ofori@leedsth.nhs.uk>', text: `Dear CSO team,\n\n${line}\n\nKind regards\n\nDr Grace Ofori\nHead of Blood Sciences\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}` });
    expect(people(await self("The Medical Director has asked me to reply: I am happy to confirm that I will be Leeds's Lead Healthcare Scientist."))).toEqual([
      ['Dr Grace Ofori', 'lead', 'grace.ofori@leedsth.nhs.uk'],
    ]);
    expect((await self('I would like him to be our Lead Healthcare Scientist once he is back.')).nominees).toEqual([]);
    expect((await self('I will not be the Lead Healthcare Scientist; a name will follow.')).nominees).toEqual([]);
  });

  it('people listed by site under a line about sharing the role, blank lines between: joint leads', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nSince the merger in 2015 our two heads of service have agreed to share the Lead Healthcare Scientist role between them:\n\nSt James's University Hospital - Dr Hamid Rahimi, Head of Clinical Immunology\nhamid.rahimi@leedsth.nhs.uk | 0113 496 0701\n\nLeeds General Infirmary - Mrs Sian Pugh, Head of Audiology\nsian.pugh@leedsth.nhs.uk | 0113 496 0702\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Hamid Rahimi', 'joint', 'hamid.rahimi@leedsth.nhs.uk'],
      ['Mrs Sian Pugh', 'joint', 'sian.pugh@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('a form asking for the name in parts: SURNAME, FORENAME(S), TITLE as an honorific, POST HELD', async () => {
    const e = await extractMail({
      text: `Please see below the details requested.\n\nSURNAME:        OKONKWO-BELL\nFORENAME(S):    Adaeze\nTITLE:          Dr\nPOST HELD:      Principal Clinical Scientist (Genetics)\nE-MAIL:         adaeze.okonkwo-bell@nhs.net\nTELEPHONE:      0113-496-0808\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([
      { name: 'Dr Adaeze Okonkwo-Bell', email: 'adaeze.okonkwo-bell@nhs.net', phone: '0113-496-0808', jobTitle: 'Principal Clinical Scientist (Genetics)', role: 'lead' },
    ]);
  });

  it('a reply that is only a person and their contacts is the answer; a one-line remark about someone else is not', async () => {
    const e = await extractMail({ text: `Tomas Novak, head of vascular science, tomas.novak@leedsth.nhs.uk 07700 900 321\n\nRavi\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Tomas Novak', 'lead', 'tomas.novak@leedsth.nhs.uk']]);
    const remark = await extractMail({ text: `Tomas Novak is on leave - please write to the office, md.office@leedsth.nhs.uk\n\nRavi\n\n${QUOTED_LETTER}` });
    expect(remark.nominees).toEqual([]);
  });

  it('the nominee\'s address from the Cc ("whom I have copied in"), or from a sentence of its own', async () => {
    const cc = await extractMail({
      headers: { Cc: 'Bilal Haq <bilal.haq@leedsth.nhs.uk>' },
      text: `Dear CSO team,\n\nLeeds's Lead Healthcare Scientist is Bilal Haq, our Head of Audiology, whom I have copied in. He can also be reached on 0113 496 0909.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(cc.nominees).toMatchObject([{ name: 'Bilal Haq', email: 'bilal.haq@leedsth.nhs.uk', phone: '0113 496 0909' }]);
    const apart = await extractMail({
      text: `Dear CSO team,\n\nOur Lead Healthcare Scientist is Mrs Eilidh Ross, Head of Healthcare Science.\n\nEilidh can be contacted at eilidh.ross@nhs.net or on 0113 496 0910.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(apart.nominees).toMatchObject([{ name: 'Mrs Eilidh Ross', email: 'eilidh.ross@nhs.net', phone: '0113 496 0910' }]);
  });

  it('"has agreed to stand in for her" makes a deputy', async () => {
    const e = await extractMail({
      text: `Our Lead Healthcare Scientist will be Dr Fatima Bello (fatima.bello@leedsth.nhs.uk).\n\nWhen she is away, Mr Arjun Menon, Chief Biomedical Scientist, has agreed to stand in for her. His e-mail is arjun.menon@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Fatima Bello', 'lead', 'fatima.bello@leedsth.nhs.uk'],
      ['Mr Arjun Menon', 'deputy', 'arjun.menon@leedsth.nhs.uk'],
    ]);
  });

  it('Lotus Notes\' return receipt is an automatic reply', async () => {
    const e = await extractMail({ subject: 'Return Receipt', text: `Your document:\tLead Healthcare Scientists (LHS)\nwas received by:\tJohn Smith/MedDir/LTH/NHS\nat:\t\t15/09/2016 09:12:44\n` });
    expect(e).toMatchObject({ kind: 'auto_reply', needsReview: false });
  });

  it('an acronym that keeps its "and" in small letters ("NLaG") names its trust', async () => {
    const e = await extractMail({
      from: 'Business Manager <bm.office@nhs.net>',
      text: `Dear CSO team\n\nNLaG's Lead Healthcare Scientist is Mr Kostas Demetriou, Pathology Quality Lead (kostas.demetriou@nhs.net, 01632 960 574).\n\nMany thanks\n\nAlison\nBusiness Manager to the Medical Director\n\n${QUOTED_LETTER}`,
    });
    expect(e.trust?.ods).toBe('RJL');
  });

  it('"a name by the end of October" and "we sent the details to HEE" are sure no-nominations', async () => {
    for (const line of [
      'I have asked each head of service for their views, and I expect to have a name for you by the end of October.',
      'We sent the name and details of our Lead Healthcare Scientist to Health Education England in July, so please take them from there.',
    ]) {
      const e = await extractMail({ text: `Dear colleagues\n\n${line}\n\n${SIG}\n\n${QUOTED_LETTER}` });
      expect(e, line).toMatchObject({ kind: 'no_nomination', needsReview: false, nominees: [] });
    }
  });
});

describe('a fourth blind set: replacements, forwarded acceptances, contacts (our own wording)', () => {
  it('"replace him with:" names the new nominee; the one who has retired is neither nominee nor a doubt', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nWe wrote to you in September nominating Dr Colin Rudd as our Lead Healthcare Scientist. Dr Rudd has since retired and left the Trust.\n\nPlease remove Dr Rudd from your list and replace him with:\n\nDr Niamh Gallagher\nConsultant Clinical Scientist (Genetics)\nniamh.gallagher@leedsth.nhs.uk\n0113 496 0111\n\n${SIG}`,
    });
    expect(people(e)).toEqual([['Dr Niamh Gallagher', 'lead', 'niamh.gallagher@leedsth.nhs.uk']]);
    expect(e.reasons).not.toContainEqual(expect.stringMatching(/Rudd/));
  });

  it('"X has agreed to act as our LHS, see below" over X\'s own reply in the chain: X from their signature', async () => {
    const e = await extractMail({
      text: `Please see below: Priya has agreed to act as our Lead Healthcare Scientist and her details are in her signature.\n\nCharles\n\n________________________________\nFrom: Shah Priya\nSent: 17 October 2016 13:02\nTo: Fenwick Alasdair\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nAlasdair\n\nYes, happy to do this.\n\nPriya\n\nPriya Shah\nHead of Pathology\nLeeds Teaching Hospitals NHS Trust\nTel: 0113 496 0112\npriya.shah@leedsth.nhs.uk\n\n________________________________\nFrom: Fenwick Alasdair\nSent: 14 October 2016 09:20\nTo: Shah Priya\nSubject: FW: Lead Healthcare Scientists (LHS)\n\nPriya - would you be willing to be our LHS? Alasdair\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.nominees).toMatchObject([{ name: 'Priya Shah', email: 'priya.shah@leedsth.nhs.uk', phone: '0113 496 0112' }]);
    expect(e.needsReview).toBe(false);
  });

  it('a mailto link whose text and target differ: the target, for a person to check', async () => {
    const e = await extractMail({
      text: `Our Lead Healthcare Scientist will be Mrs Julia Ashby. Her email is julia.ashby@nhs.net <julia.ashby2@nhs.net>.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees[0]?.email).toBe('julia.ashby2@nhs.net');
    expect(e.reasons).toContain('the e-mail link shows julia.ashby@nhs.net but goes to julia.ashby2@nhs.net');
  });

  it('"For us it will be Dr X <x@...>" and "ours is X (x@...)", where the address is the person\'s own', async () => {
    for (const line of ['For Leeds it will be Dr Sandeep Dhillon <sandeep.dhillon@leedsth.nhs.uk>, Principal Clinical Scientist.', 'Hi - ours is Gwen Pryor (gwen.pryor@leedsth.nhs.uk). Thanks']) {
      const e = await extractMail({ text: `${line}\n\n${SIG}\n\n${QUOTED_LETTER}` });
      expect(e.nominees.map((n) => n.role), line).toEqual(['lead']);
      expect(e.needsReview, line).toBe(false);
    }
  });

  it('"please record Dr X, ..., as the Lead Healthcare Scientist"; "Dr A (...) and Mr B (...) will be joint Lead Healthcare Scientists"', async () => {
    const record = await extractMail({
      text: `For the Leeds Teaching Hospitals NHS Trust, please record Dr Isla Brodie, Consultant Clinical Scientist (Immunology), as the Lead Healthcare Scientist for now: isla.brodie@nhs.net, 020 7946 0318.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(record)).toEqual([['Dr Isla Brodie', 'lead', 'isla.brodie@nhs.net']]);
    const joint = await extractMail({
      text: `We have decided the role should be shared. Dr Farah Mirza (Consultant Clinical Scientist; farah.mirza@leedsth.nhs.uk; 0113 496 0627) and Mr Stuart Lomax (Chief Physiologist; stuart.lomax@leedsth.nhs.uk; 0113 496 0688) will be joint Lead Healthcare Scientists.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(joint)).toEqual([
      ['Dr Farah Mirza', 'joint', 'farah.mirza@leedsth.nhs.uk'],
      ['Mr Stuart Lomax', 'joint', 'stuart.lomax@leedsth.nhs.uk'],
    ]);
  });

  it('a lead reachable by phone only, and a deputy without contacts beside a lead with them, need no review; a PA\'s address is no missed nominee', async () => {
    const phoneOnly = await extractMail({
      text: `I would like to nominate Mrs Bridget Okafor-Lyle, Head of Audiology, as our LHS. The best way to reach her is on her mobile, 07700 900514.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(phoneOnly).toMatchObject({ needsReview: false, nominees: [{ name: 'Mrs Bridget Okafor-Lyle', email: null, phone: '07700 900514' }] });
    const deputy = await extractMail({
      text: `Mr Raj Varma, Head of Clinical Engineering, will be the Trust's Lead Healthcare Scientist (raj.varma@leedsth.nhs.uk). Ms Fern Gosling, Lead Audiologist, has agreed to deputise for him.\n\nFor any administrative matters, please contact my PA, Mrs Jean Tull, on 0113 496 0001 or jean.tull@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(deputy)).toEqual([
      ['Mr Raj Varma', 'lead', 'raj.varma@leedsth.nhs.uk'],
      ['Ms Fern Gosling', 'deputy', null],
    ]);
    expect(deputy.needsReview).toBe(false);
  });

  it('"I am very happy to take on the role of Lead Healthcare Scientist": the writer; "St John-Smythe" is a surname', async () => {
    const self = await extractMail({
      from: 'Mrs Hannah de Sousa <hannah.desousa@leedsth.nhs.uk>',
      text: `Dear Fiona,\nI am very happy to take on the role of Lead Healthcare Scientist for Leeds.\nWith best wishes,\nHannah\nMrs Hannah de Sousa\nChief Cardiac Physiologist\nLeeds Teaching Hospitals NHS Trust\nEmail: hannah.desousa@leedsth.nhs.uk\n\n${QUOTED_LETTER}`,
    });
    expect(people(self)).toEqual([['Mrs Hannah de Sousa', 'lead', 'hannah.desousa@leedsth.nhs.uk']]);
    const st = await extractMail({ text: `Our Lead Healthcare Scientist will be Mr Oliver St John-Smythe, Consultant Prosthetist.\nEmail: oliver.stjohn-smythe@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(st)).toEqual([['Mr Oliver St John-Smythe', 'lead', 'oliver.stjohn-smythe@leedsth.nhs.uk']]);
  });
});

describe('two confident mistakes on a fifth blind set', () => {
  it('a trust name with "NHS" inside it is read whole, not as the shorter trust inside it', async () => {
    const e = await extractMail({
      from: 'Dr Rupert Oates <rupert.oates@nhs.net>',
      text: `Dear CSO team,\n\nOur Lead Healthcare Scientist will be Ms Carmen Ortega, Principal Clinical Scientist (carmen.ortega@kmpt.nhs.uk, 01632 960 366).\n\nKind regards\n\nDr Rupert Oates\nMedical Director\nKent and Medway NHS and Social Care Partnership Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.trust?.ods).toBe('RXY');
  });

  it('no nomination read but a person\'s own address given ("acting up ... could represent us"): reviewed, not sure', async () => {
    const e = await extractMail({
      text: `Dear Ms Carragher,\n\nOur natural Lead Healthcare Scientist post is vacant. Mrs Josie Warde is currently acting up into the role and could represent us in the meantime. She can be contacted on josie.warde@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/josie\.warde@leedsth\.nhs\.uk/);
  });
});

describe('after the fifth blind set', () => {
  it('"our LHS for the Island is Dr X": "is" is a word, not the start of "Island"', async () => {
    const e = await extractMail({ text: `Happy to confirm our LHS for the Island is Dr Tomasz Nowak, cons clinical scientist (microbiology) - tomasz.nowak@leedsth.nhs.uk\n\nMark\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Dr Tomasz Nowak', 'lead', 'tomasz.nowak@leedsth.nhs.uk']]);
  });

  it('fields written "Label – value", also as bullets: "Lead Healthcare Scientist – Dr X", "Deputy – Mr Y"', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nWe have agreed the following:\n\n*         Lead Healthcare Scientist – Dr Ife Nwosu, Consultant Clinical Scientist, ife.nwosu@leedsth.nhs.uk, 0113 496 0672\n*         Deputy – Mr Rhys Vaughan, Principal Cardiac Physiologist, rhys.vaughan@leedsth.nhs.uk\n\nName – Ms Thandi Moyo\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e).slice(0, 2)).toEqual([
      ['Dr Ife Nwosu', 'lead', 'ife.nwosu@leedsth.nhs.uk'],
      ['Mr Rhys Vaughan', 'deputy', 'rhys.vaughan@leedsth.nhs.uk'],
    ]);
  });

  it('"take the note below as our response - Rachel has agreed" over a colleague\'s note naming Rachel Hale with her address', async () => {
    const e = await extractMail({
      text: `Please take the note below as our response - Rachel has agreed.\n\nRegards\nDavid\n\n---------- Forwarded message ----------\nFrom: Ellis Mark <mark.ellis@leedsth.nhs.uk>\nDate: 4 October 2016 at 15:12\nSubject: RE: Lead Healthcare Scientist request\n\nDavid,\n\nRachel Hale (Medical Devices Manager) is the obvious person. I've spoken to her and she's keen.\n\nHer details: rachel.hale@leedsth.nhs.uk, 0113 496 0877.\n\nMark\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toMatchObject([{ name: 'Rachel Hale', email: 'rachel.hale@leedsth.nhs.uk', phone: '0113 496 0877', role: 'lead' }]);
  });

  it('"to be joint LHS alongside Mr X": X is a joint lead', async () => {
    const e = await extractMail({
      text: `Dr Nia Cole (nia.cole@leedsth.nhs.uk) has agreed to be our Lead Healthcare Scientist, jointly alongside Mr Hamid Rezai, Head of Medical Physics (hamid.rezai@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Nia Cole', 'joint', 'nia.cole@leedsth.nhs.uk'],
      ['Mr Hamid Rezai', 'joint', 'hamid.rezai@leedsth.nhs.uk'],
    ]);
  });
});

describe('a sixth and seventh blind set: pronouns, forwarded notes, forms (our own wording)', () => {
  it('a colleague\'s question forwarded above the letter, signed with an initial, is not the sender asking', async () => {
    const e = await extractMail({
      subject: 'FW: LHS',
      inReplyTo: null,
      text: `Dear CSO team\n\nSee below - Tomasz has agreed to be our LHS. His details are in his signature.\n\nRegards\nAlasdair\n\nFrom: WOJCIK, Tomasz (LEEDS TEACHING HOSPITALS NHS TRUST)\nSent: 28 September 2016 09:12\nTo: FENWICK, Alasdair (LEEDS TEACHING HOSPITALS NHS TRUST)\nSubject: RE: LHS\n\nAlasdair,\n\nGlad to - I will tell the other heads of department.\n\nTomasz\n\nDr Tomasz Wojcik\nHead of Medical Physics\ntomasz.wojcik@nhs.net | 0113 496 0555\n\nFrom: FENWICK, Alasdair (LEEDS TEACHING HOSPITALS NHS TRUST)\nSent: 27 September 2016 18:40\nTo: WOJCIK, Tomasz (LEEDS TEACHING HOSPITALS NHS TRUST)\nSubject: LHS\n\nTomasz - would you be willing to be our Lead Healthcare Scientist? Letter below.\n\nA\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Tomasz Wojcik', 'lead', 'tomasz.wojcik@nhs.net']]);
  });

  it('"please see Aoife\'s note below ... she has agreed": the writer of the forwarded note', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nPlease see Aoife's note below. I am pleased that she has agreed to act as our Lead Healthcare Scientist.\n\n${SIG}\n\n-----Original Message-----\nFrom: Aoife Ó Dálaigh\nSent: 20 September 2016 08:01\nTo: Alasdair Fenwick\nSubject: RE: LHS\n\nHappy to take this on.\n\nAoife\n\nDr Aoife Ó Dálaigh\nConsultant Clinical Scientist\naoife.odalaigh@leedsth.nhs.uk\n0113 496 0666\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Aoife Ó Dálaigh', 'lead', 'aoife.odalaigh@leedsth.nhs.uk']]);
  });

  it('"we regard him as our LHS", "we would like her to be our LHS": the one person named before the pronoun', async () => {
    const him = await extractMail({
      text: `Thank you. We already have a Director of Healthcare Science, Professor Kwabena Owusu-Ansah, and we regard him as the Trust's Lead Healthcare Scientist.\n\nkwabena.owusu-ansah@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(him)).toEqual([['Professor Kwabena Owusu-Ansah', 'lead', 'kwabena.owusu-ansah@leedsth.nhs.uk']]);
    const her = await extractMail({
      text: `We have no laboratories, but our Head of Medical Devices, Mrs Ines Carvalho MSc IEng, runs clinical engineering and we would like her to be our Lead Healthcare Scientist.\n\nE: ines.carvalho@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    // engineering letters the contract's list does not fold stay out of the name, and are no name of their own
    expect(people(her)).toEqual([['Mrs Ines Carvalho MSc', 'lead', 'ines.carvalho@leedsth.nhs.uk']]);
  });

  it('a pronoun after two people names nobody by itself', async () => {
    const e = await extractMail({
      text: `Dr Amara Nwosu and Mr Rhys Powell both lead large departments. We would like him to be our Lead Healthcare Scientist.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(people(e).some(([n]) => n === 'Dr Amara Nwosu')).toBe(false);
  });

  it('"X, Consultant ..., should take on the LHS role" is the decision; "whether X should" is not', async () => {
    const yes = await extractMail({
      text: `Dr Leon Baptiste has suggested, and I agree, that Dr Nadia Rahman, Consultant Clinical Scientist (Genetics), should take on the LHS role.\n\nNadia's details are nadia.rahman@leedsth.nhs.uk and 0113 496 0777.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(yes)).toEqual([['Dr Nadia Rahman', 'lead', 'nadia.rahman@leedsth.nhs.uk']]);
    const no = await extractMail({
      text: `We are discussing whether Dr Nadia Rahman should take on the LHS role and will let you know.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(no.nominees).toEqual([]);
  });

  it('"Re: Lead Healthcare Scientist - UH Leeds" in the body is a subject line, not a person', async () => {
    const e = await extractMail({
      text: `Dear Colleagues\n\nRe: Lead Healthcare Scientist - UH Leeds\n\nI can confirm that Dr Mei Lin Tan will be our Lead Healthcare Scientist (meilin.tan@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Mei Lin Tan', 'lead', 'meilin.tan@leedsth.nhs.uk']]);
  });

  it('"Name: | Dr X" as a PDF letter lays out a label cell ending in a colon beside its value', async () => {
    const e = await extractMail({
      text: `I am pleased to confirm that our Lead Healthcare Scientist will be:\nName: | Dr Ravi Shankar\nJob title: Consultant Clinical Scientist\nEmail: | ravi.shankar@leedsth.nhs.uk\nTelephone: 0113 496 0888\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.phone, n.jobTitle])).toEqual([['Dr Ravi Shankar', 'ravi.shankar@leedsth.nhs.uk', '0113 496 0888', 'Consultant Clinical Scientist']]);
  });

  it('a message that only corrects an address: the nominee again, with the new address, replacing the earlier record', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nApologies - the email address I gave for Dr Folake Adeyemi last week was wrong. The correct address is folake.adeyemi@leedsth.nhs.uk. Everything else stands.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Folake Adeyemi', 'lead', 'folake.adeyemi@leedsth.nhs.uk']]);
    expect(e.supersedes).toBe(true);
  });

  it('a corrected phone for a first name: the full name and the unchanged address from our own earlier message quoted below', async () => {
    const earlier = `From: Fenwick Alasdair\nSent: 20 September 2016 10:00\nTo: CSO (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nOur LHS will be Mrs Anjali Deshmukh, Head of Audiology (anjali.deshmukh@leedsth.nhs.uk, 0113 496 0100 ext 4411).\n\nAlasdair`;
    const e = await extractMail({
      text: `Dear CSO team\n\nSorry - the extension I gave for Anjali was wrong. Her direct line is 0113 496 0412. Her email address is as before.\n\n${SIG}\n\n${earlier}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Mrs Anjali Deshmukh', 'anjali.deshmukh@leedsth.nhs.uk', '0113 496 0412']]);
    expect(e.supersedes).toBe(true);
  });

  it('"his details are in the note below": the nominee\'s own address in the forwarded chain, not the colleague\'s', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nPlease see the chain below. Idris Bello has kindly agreed to be our Lead Healthcare Scientist - his details are in Sam's note.\n\n${SIG}\n\nFrom: Sam Whitaker\nSent: 3 October 2016 11:20\nTo: Alasdair Fenwick\nSubject: RE: LHS\n\nAlasdair, I asked Idris and he is happy to do it. He is at idris.bello@leedsth.nhs.uk, ext 4020 (0113 496 0420 direct).\n\nSam Whitaker\nService Manager\nsam.whitaker@leedsth.nhs.uk\n0113 496 0999\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Idris Bello', 'idris.bello@leedsth.nhs.uk', '0113 496 0420']]);
  });

  it('"our Lead Healthcare Scientist is now Dr X" after the one who retired: only the new one', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nPlease replace our earlier nomination. Dr Colm Brennan, whom we nominated in September, has since retired, and the Trust's Lead Healthcare Scientist is now Dr Hye-Jin Park, Head of Clinical Physiology.\n\nHye-Jin: hyejin.park@leedsth.nhs.uk, 0113 496 0389\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Hye-Jin Park', 'lead', 'hyejin.park@leedsth.nhs.uk']]);
    expect(e.supersedes).toBe(true);
    expect(e.needsReview).toBe(false);
  });
});

describe('an eighth and ninth blind set: everyday shapes and spelt-out addresses (our own wording)', () => {
  it('"Lead Healthcare Scientist" and "Deputy" as headings over name blocks', async () => {
    const e = await extractMail({
      text: `Dear CSO Team,\n\nOur nominations are as follows:\n\nLead Healthcare Scientist\nProf Ibrahim Sesay\nDirector of Healthcare Science\nibrahim.sesay@leedsth.nhs.uk | 0113 496 0627\n\nDeputy\nDr Ilse Vermeulen\nConsultant Clinical Scientist (Nuclear Medicine)\nilse.vermeulen@leedsth.nhs.uk | 0113 496 0644\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email, n.phone, n.jobTitle])).toEqual([
      ['Prof Ibrahim Sesay', 'lead', 'ibrahim.sesay@leedsth.nhs.uk', '0113 496 0627', 'Director of Healthcare Science'],
      ['Dr Ilse Vermeulen', 'deputy', 'ilse.vermeulen@leedsth.nhs.uk', '0113 496 0644', 'Consultant Clinical Scientist (Nuclear Medicine)'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('deputies: "supported by Mr X, ..., who has agreed to act as her deputy", "Ms Y, ... (...), will act as deputy", "has kindly agreed to deputise"; each with the phone on their own line', async () => {
    const a = await extractMail({
      text: `I am pleased to nominate Dr Aoife Keane, Head of Healthcare Science, as our Lead Healthcare Scientist. Aoife will be supported by Mr Rahul Varma, Principal Clinical Scientist, who has agreed to act as her deputy.\n\nAoife Keane - aoife.keane@leedsth.nhs.uk - 0113 496 0381\nRahul Varma - rahul.varma@leedsth.nhs.uk - 0113 496 0529\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(a.nominees.map((n) => [n.name, n.role, n.phone])).toEqual([
      ['Dr Aoife Keane', 'lead', '0113 496 0381'],
      ['Mr Rahul Varma', 'deputy', '0113 496 0529'],
    ]);
    const b = await extractMail({
      text: `Our Lead Healthcare Scientist will be Dr Tom Birch, Head of Clinical Biochemistry (tom.birch@leedsth.nhs.uk; tel 0113 496 0215).\nIn his absence, Ms Yara Haddad, Lead Clinical Physiologist (Cardiology), will act as deputy (yara.haddad@leedsth.nhs.uk; tel 0113 496 0277). Mr Owen Price, Mr Birch's colleague, is acting as Deputy Director of Pathology.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(b.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Dr Tom Birch', 'lead', 'tom.birch@leedsth.nhs.uk'],
      ['Ms Yara Haddad', 'deputy', 'yara.haddad@leedsth.nhs.uk'],
    ]);
    const c = await extractMail({
      text: `I'd like to nominate Mrs Grace Obi, Pathology Quality Manager, as the Trust's LHS (grace.obi@leedsth.nhs.uk).\n\nMr Kofi Mensah, Principal Clinical Scientist, has kindly agreed to deputise when Grace is away - kofi.mensah@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(c.nominees.map((n) => [n.name, n.role])).toEqual([
      ['Mrs Grace Obi', 'lead'],
      ['Mr Kofi Mensah', 'deputy'],
    ]);
  });

  it('"please record our Lead Healthcare Scientist as:" over a name block; "the LHS role will be shared jointly by A, ..., and B"', async () => {
    const record = await extractMail({
      text: `Hi,\n\nPlease record the Trust's Lead Healthcare Scientist as:\n\nMr Dimitri Petrov\nConsultant Clinical Scientist\ndimitri.petrov@nhs.net\n0113 496 0478\n\nThanks,\nBev\n\n${QUOTED_LETTER}`,
    });
    expect(people(record)).toEqual([['Mr Dimitri Petrov', 'lead', 'dimitri.petrov@nhs.net']]);
    const shared = await extractMail({
      text: `We have agreed that the LHS role will be shared jointly by Dr Nora Quinn, Consultant Clinical Scientist (Genetics), and Mr Ade Bello, Head of Clinical Engineering.\n\nNora: nora.quinn@leedsth.nhs.uk, 0113 496 0842\nAde: ade.bello@leedsth.nhs.uk, 0113 496 0857\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(shared)).toEqual([
      ['Dr Nora Quinn', 'joint', 'nora.quinn@leedsth.nhs.uk'],
      ['Mr Ade Bello', 'joint', 'ade.bello@leedsth.nhs.uk'],
    ]);
  });

  it('the writer nominating themself, signed with a first name, named in full in their own details block', async () => {
    const e = await extractMail({
      from: 'Clarke-Williams Joanne <joanne.clarke-williams@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nI have been asked by our Medical Director to reply. I am pleased to confirm that I will be the Trust's Lead Healthcare Scientist.\n\nMy details are below.\n\nDr Joanne Clarke-Williams\nHead of Healthcare Science\nTel: 0113 496 0119\njoanne.clarke-williams@leedsth.nhs.uk\n\nKind regards,\nJoanne\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Joanne Clarke-Williams', 'lead', 'joanne.clarke-williams@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('addresses written "[at]", "(at)" or broken after the "@" are read; spelt out in words, the nominee goes to review', async () => {
    const at = await extractMail({ text: `Our LHS will be Dr Femi Adeyemi, Consultant Clinical Scientist.\n\nContact: f.adeyemi[at]leedsth.nhs.uk; 0113 496 0644\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(at.nominees.map((n) => n.email)).toEqual(['f.adeyemi@leedsth.nhs.uk']);
    const paren = await extractMail({ text: `Our LHS will be Dr Ifeoma Chukwu, Consultant Clinical Scientist (Virology).\n\nEmail ifeoma.chukwu (at) nhs.net, tel 0113 496 0437\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(paren.nominees.map((n) => n.email)).toEqual(['ifeoma.chukwu@nhs.net']);
    const broken = await extractMail({ text: `Our LHS will be:\n\nName:       Dr Anastasia Pappas\nEmail:      anastasia.pappas@\n            leedsth.nhs.uk\nTel:        0113 496 0562\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(broken.nominees.map((n) => n.email)).toEqual(['anastasia.pappas@leedsth.nhs.uk']);
    const words = await extractMail({ text: `Our LHS will be Dr Femi Adeyemi (tel 0113 496 0644), email femi.adeyemi at leedsth dot nhs dot uk.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(words.nominees.map((n) => n.email)).toEqual([null]);
    expect(words.needsReview).toBe(true);
  });

  it('"our nomination is our Consultant Clinical Scientist in Audiology, Dr X": the job title before the name', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nOur nomination for Lead Healthcare Scientist is our Consultant Clinical Scientist in Audiology, Dr Hana Kobayashi. Her email is hana.kobayashi@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.jobTitle])).toEqual([['Dr Hana Kobayashi', 'hana.kobayashi@leedsth.nhs.uk', 'Consultant Clinical Scientist in Audiology']]);
  });

  it('"X has accepted a post at another trust ... please replace her as our LHS with Dr Y": only Y', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nFurther to my note of 21 September, Mrs Jo-Anne Marsh has accepted a post at another trust and leaves us at the end of October.\n\nPlease replace her as the Trust's Lead Healthcare Scientist with Dr Chuka Obi, Clinical Director for Healthcare Science. Chuka's details are chuka.obi@nhs.net, tel. 0113 496 0744.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Chuka Obi', 'lead', 'chuka.obi@nhs.net']]);
    expect(e.supersedes).toBe(true);
    expect(e.needsReview).toBe(false);
  });

  it('"we agree that our LHS should be Dr X" decides; "whether our LHS should be Dr X" does not', async () => {
    const yes = await extractMail({
      text: `I have discussed this with Professor Una Byrne, our Head of Physics (copied), and we agree that the Trust's Lead Healthcare Scientist should be Dr Tariq Malik, Head of Clinical Chemistry.\n\nTariq's details: tariq.malik@leedsth.nhs.uk / 0113 496 0652.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(yes)).toEqual([['Dr Tariq Malik', 'lead', 'tariq.malik@leedsth.nhs.uk']]);
    const no = await extractMail({
      text: `We are still discussing whether our Lead Healthcare Scientist should be Dr Tariq Malik and will write again.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(no.nominees).toEqual([]);
  });
});

describe('a tenth and eleventh blind set: answers for another trust, corrections, forms (our own wording)', () => {
  it('a shared service answering for another trust ("The Royal Marsden\'s Lead Healthcare Scientist will be ...") goes to review with both trusts', async () => {
    const e = await extractMail({
      from: 'Martin Ebdon <martin.ebdon@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nThe Medical Director at the Royal Marsden has asked me to reply on the Royal Marsden's behalf, as most of their scientists sit within our pathology network.\n\nThe Royal Marsden's Lead Healthcare Scientist will be Dr Ifeoma Eze, Consultant Clinical Scientist (ifeoma.eze@nhs.net, 0113 496 0731).\n\nBest wishes\n\nMartin Ebdon\nDirector of Pathology\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Ifeoma Eze', 'lead', 'ifeoma.eze@nhs.net']]);
    expect(e.needsReview).toBe(true);
    expect(e.trustCandidates.map((t) => t.ods)).toContain('RPY');
  });

  it('"colleagues at Leeds Teaching Hospitals" beside our own nomination is no second trust', async () => {
    const e = await extractMail({
      from: 'Jo Bloggs <jo.bloggs@bradfordhospitals.nhs.uk>',
      text: `We would like to nominate Grace Okafor, Head of Audiology, as our Lead Healthcare Scientist - Grace is keen to link with colleagues at Leeds Teaching Hospitals, who provide most of the city's scientific services. grace.okafor@bradfordhospitals.nhs.uk\n\nKind regards\n\nDr Jo Bloggs\nMedical Director\nBradford Teaching Hospitals NHS Foundation Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.trust?.ods).toBe('RAE');
    expect(e.needsReview).toBe(false);
  });

  it('a correction over our own earlier message quoted below takes the new address, not the old one the chain holds', async () => {
    const earlier = `From: Gill Parry\nSent: 28 September 2016 10:00\nTo: CSO (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nOur Lead Healthcare Scientist is Dr Wen Zhou, Head of Clinical Engineering, wen.zhou@leedsth.nhs.uk, 0113 496 0415.\n\nGill`;
    const e = await extractMail({
      text: `Dear CSO team,\n\nApologies - the address I gave for Dr Wen Zhou in my email below was wrong. The correct address is wen.zhou4@nhs.net (the leedsth address belongs to a different colleague). Everything else is unchanged.\n\nRegards\nGill\n\n${earlier}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Wen Zhou', 'lead', 'wen.zhou4@nhs.net']]);
    expect(e.supersedes).toBe(true);
  });

  it('a reply form whose "Lead Healthcare Scientist:" heading stands over "Name: ..." fields reads the lead as well as the deputy', async () => {
    const e = await extractMail({
      text: `Response to NHS England: Lead Healthcare Scientist (LHS)\n\nLead Healthcare Scientist:\nName: Dr Marek Nowak\nJob title: Head of Nuclear Medicine\nEmail: marek.nowak@leedsth.nhs.uk\nTelephone: 0113 496 0164\n\nDeputy Lead Healthcare Scientist:\nName: Mrs Priya Lowe\nJob title: Lead Biomedical Scientist\nEmail: priya.lowe@leedsth.nhs.uk\nTelephone: 0113 496 0171\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email, n.phone])).toEqual([
      ['Dr Marek Nowak', 'lead', 'marek.nowak@leedsth.nhs.uk', '0113 496 0164'],
      ['Mrs Priya Lowe', 'deputy', 'priya.lowe@leedsth.nhs.uk', '0113 496 0171'],
    ]);
  });

  it('a deputy read without a lead goes to review: the lead was there and not read', async () => {
    const e = await extractMail({
      text: `Our deputy Lead Healthcare Scientist will be Mr Tom Reed (tom.reed@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => n.role)).toEqual(['deputy']);
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('names a deputy but no lead');
  });

  it('a PA\'s "she is pleased to be put forward so here are her details:" over a name block', async () => {
    const e = await extractMail({
      text: `Hi there,\n\nDr Fenwick has asked me to get back to you on this one. He's spoken to Saira and she's really pleased to be put forward so here are her details:\n\nDr Saira Chowdhury\nLead Clinical Scientist, Blood Sciences\nsaira.chowdhury@leedsth.nhs.uk\n0113 496 0557\n\nMany thanks,\nTracey\n\nTracey Holt\nPA to Dr Alasdair Fenwick, Medical Director\nTel: 0113 496 0021\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Dr Saira Chowdhury', 'saira.chowdhury@leedsth.nhs.uk', '0113 496 0557']]);
    expect(e.needsReview).toBe(false);
  });

  it('"Alder Hey will have joint LHSs - Dr A (...) and Ms B (...)": both joint, and the trust\'s own name is no person left unread', async () => {
    const e = await extractMail({
      from: 'Steve Ryan <steve.ryan@alderhey.nhs.uk>',
      text: `Alder Hey will have joint LHSs - Dr Ruari Sweeney (Consultant Clinical Scientist, Biochemistry) and Ms Ada Obi (Head of Clinical Physiology). Contact via ruari.sweeney@alderhey.nhs.uk and ada.obi@alderhey.nhs.uk.\n\nSteve Ryan\nMedical Director\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Ruari Sweeney', 'joint', 'ruari.sweeney@alderhey.nhs.uk'],
      ['Ms Ada Obi', 'joint', 'ada.obi@alderhey.nhs.uk'],
    ]);
    expect(e.reasons.join(' ')).not.toMatch(/Alder Hey, not read/);
  });

  it('"As per subject line" with "Dr N Raghu, Chemical Pathology" in the subject: the given name in full from the text and the address', async () => {
    const e = await extractMail({
      subject: 'RE: Lead Healthcare Scientists (LHS) - Dr N Raghu, Chemical Pathology',
      text: `As per subject line. Nila is our Consultant Clinical Scientist in Chemical Pathology and has agreed to be our LHS.\nnila.raghu@nhs.net\n020 7946 0561\n\nThanks\nPeter\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Dr Nila Raghu', 'nila.raghu@nhs.net']]);
  });

  it('"I am pleased to nominate my colleague copied in": the one person in the Cc, in the order their address gives', async () => {
    const e = await extractMail({
      headers: { Cc: 'Dhillon Ranjit <Ranjit.Dhillon@leedsth.nhs.uk>' },
      text: `Dear CSO team\n\nI am pleased to nominate my colleague copied in, who heads Medical Physics and has agreed to take on the role for the Trust.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Ranjit Dhillon', 'lead', 'ranjit.dhillon@leedsth.nhs.uk']]);
    // the text does not name them, so a person confirms it
    expect(e.needsReview).toBe(true);
    const two = await extractMail({
      headers: { Cc: 'Dhillon Ranjit <ranjit.dhillon@leedsth.nhs.uk>, Ann Lee <ann.lee@leedsth.nhs.uk>' },
      text: `I am pleased to nominate my colleague copied in as our Lead Healthcare Scientist.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(two.needsReview).toBe(true);
  });

  it('a trust that closed before the letter, whose successor is known, is read as the successor', async () => {
    const e = await extractMail({
      from: 'Dr Anjali Varma <anjali.varma@nhs.net>',
      text: `Dear CSO team,\n\nOn behalf of West Middlesex University Hospital I would like to nominate Mr Kofi Asare, Pathology Services Manager, as our Lead Healthcare Scientist. Kofi's email is kofi.asare@nhs.net.\n\nKind regards\n\nDr Anjali Varma\nSite Medical Director\nWest Middlesex University Hospital NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Mr Kofi Asare', 'lead', 'kofi.asare@nhs.net']]);
    // West Middlesex (RFW) closed in 2015 when Chelsea and Westminster (RQM) acquired it
    expect(e.trust?.ods).toBe('RQM');
    expect(e.needsReview).toBe(false);
  });

  it('two addresses for the nominee ("please use the nhs.net one") are for a person to choose between', async () => {
    const e = await extractMail({
      text: `Our Lead Healthcare Scientist will be Mr Tobias Penrose, Head of Medical Physics.\n\nTobias currently has two email addresses, tobias.penrose@leedsth.nhs.uk and tobias.penrose@nhs.net. Please use the nhs.net one.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/two addresses for Mr Tobias Penrose/);
  });
});

describe('a twelfth blind set: the many ways of saying who takes the role (our own wording)', () => {
  const said = async (sentence: string, email: string) => {
    const e = await extractMail({ text: `Dear CSO team,\n\n${sentence}\n\n${email}\n\n${SIG}\n\n${QUOTED_LETTER}` });
    return people(e);
  };
  it.each([
    ['Until then, Dr Tom Akers, Consultant Clinical Scientist, will act as our interim Lead Healthcare Scientist.', 'Dr Tom Akers'],
    ["I'm pleased to say that Ravi Shah (cc'd), our Head of Cardiac Physiology, will take this on for the Trust.", 'Ravi Shah'],
    ['Dr Cara Lynch has kindly volunteered to take on the Lead Healthcare Scientist role.', 'Dr Cara Lynch'],
    ['Following interviews, Dr Yara Haddad has been confirmed in the role of Lead Healthcare Scientist for the Trust.', 'Dr Yara Haddad'],
    ['Mark Obi, our Clinical Engineering Manager, will represent us on the LHS network.', 'Mark Obi'],
    ['For Leeds, Owen Pryce is the obvious choice and has said yes.', 'Owen Pryce'],
    ["Dr Zoe Kyri, Principal Clinical Scientist, is Leeds Teaching Hospitals' LHS from today.", 'Dr Zoe Kyri'],
  ])('%s', async (sentence, name) => {
    const first = name.replace(/^Dr\s+/, '').split(' ')[0]!.toLowerCase();
    const last = name.split(' ').pop()!.toLowerCase();
    const email = `${first}.${last}@leedsth.nhs.uk`;
    expect(await said(sentence, email)).toEqual([[name, 'lead', email]]);
  });

  it('"will take this on and come back to you with a name", "has said yes to chairing" name nobody', async () => {
    const e = await extractMail({ text: `Dr Tom Akers will take this on and will come back to you with a name.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(e.nominees).toEqual([]);
    const f = await extractMail({ text: `Dr Tom Akers will take this on and let you know who we choose.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(f.nominees).toEqual([]);
    const g = await extractMail({ text: `We are still deciding on our Lead Healthcare Scientist. Dr Tom Akers has said yes to chairing the panel.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(g.nominees).toEqual([]);
  });

  it('numbered answers: "2. Name: Dr X" "3. Contact: ..."', async () => {
    const e = await extractMail({
      text: `Our response, in the order your letter asks:\n\n1. Do we have an LHS already? Not formally.\n2. Name: Dr Lucia Ferro, Consultant Clinical Scientist\n3. Contact: lucia.ferro@leedsth.nhs.uk; 0113 496 0624\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Lucia Ferro', 'lead', 'lucia.ferro@leedsth.nhs.uk']]);
  });

  it('"See below - Paul has agreed" with the role only in the subject: the forwarded writer', async () => {
    const e = await extractMail({
      subject: 'FW: Lead Healthcare Scientists (LHS)',
      text: `See below - Paul has agreed. His details are in his signature.\n\nAlasdair\n\nFrom: Dimitri Paul\nSent: 3 October 2016 09:00\nTo: Fenwick Alasdair\nSubject: RE: LHS\n\nHappy to.\n\nPaul\n\nDr Paul Dimitri\nHead of Clinical Chemistry\npaul.dimitri@leedsth.nhs.uk\n0113 496 0377\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Paul Dimitri', 'lead', 'paul.dimitri@leedsth.nhs.uk']]);
  });
});

describe('a thirteenth blind set: names written in their own ways (our own wording)', () => {
  it('"Dr Robert (Bob) Hughes": the short name in brackets is passed over', async () => {
    const e = await extractMail({
      text: `The Trust would like to put forward Dr Robert (Bob) Haines, Head of Clinical Biochemistry, as our Lead Healthcare Scientist.\n\nBob's contact details: robert.haines7@nhs.net 0113 496 0825\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Robert Haines', 'lead', 'robert.haines7@nhs.net']]);
  });

  it('"Dr Aoife ní Bhriain ... with Mr Seán O\'Brien as her deputy"; "Summer Dale, ..., will be his deputy"', async () => {
    const a = await extractMail({
      text: `The Trust nominates Dr Aoife ní Dhálaigh, Consultant Clinical Scientist, as Lead Healthcare Scientist, with Mr Seán O'Brien, Chief Cardiac Physiologist, as her deputy.\n\nAoife: aoife.nidhalaigh@leedsth.nhs.uk\nSeán: sean.obrien@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(a)).toEqual([
      ['Dr Aoife ní Dhálaigh', 'lead', 'aoife.nidhalaigh@leedsth.nhs.uk'],
      ["Mr Seán O'Brien", 'deputy', 'sean.obrien@leedsth.nhs.uk'],
    ]);
    const b = await extractMail({
      text: `Our LHS will be Mr Rich Baker, Head of Blood Sciences (richard.baker@leedsth.nhs.uk). Summer Dale, Principal Audiologist, will be his deputy (summer.dale@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(b)).toEqual([
      ['Mr Rich Baker', 'lead', 'richard.baker@leedsth.nhs.uk'],
      ['Summer Dale', 'deputy', 'summer.dale@leedsth.nhs.uk'],
    ]);
  });

  it('"I had intended to nominate Dr X, but he has since ... and will not be our LHS. Instead ... Mrs Y": only Y', async () => {
    const e = await extractMail({
      text: `I had intended to nominate Dr Colm Breen, our Head of Clinical Engineering, but he has since accepted a post in Glasgow and will not be our LHS. Instead, the Trust nominates Mrs Jan Okoro, Head of Biomedical Science. Jan's email is jan.okoro@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Mrs Jan Okoro', 'lead', 'jan.okoro@leedsth.nhs.uk']]);
  });

  it('a self-nomination sent from a personal account: the work address in the text, and a personal address never passes unchecked', async () => {
    const e = await extractMail({
      from: 'Fatima Benali <fzbenali1979@gmail.com>',
      text: `Dear CSO team,\n\nI'm writing from my personal account as I'm on leave. Our Medical Director has asked me to reply directly: I am the Lead Healthcare Scientist for Leeds Teaching Hospitals NHS Trust.\n\nMy work details are:\n\nDr Fatima-Zahra Benali\nConsultant Clinical Scientist\nfatima.benali@leedsth.nhs.uk\n0113 496 0871\n\nMany thanks,\nFatima\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Fatima-Zahra Benali', 'lead', 'fatima.benali@leedsth.nhs.uk']]);
    const home = await extractMail({
      from: 'Fatima Benali <fzbenali1979@gmail.com>',
      text: `I am the Lead Healthcare Scientist for Leeds Teaching Hospitals NHS Trust.\n\nMany thanks,\nFatima\n\n${QUOTED_LETTER}`,
    });
    expect(home.needsReview).toBe(true);
    expect(home.reasons.join(' ')).toMatch(/personal mailbox/);
  });

  it('"disregard that nomination and record instead:" over a block; "Alternate" as a heading; "happy to confirm her as our LHS"', async () => {
    const a = await extractMail({
      text: `Dr Peter Lomas will be retiring in December. Please disregard that nomination and record instead:\n\nDr Rukhsana Qadir\nHead of Scientific Services\nrukhsana.qadir@leedsth.nhs.uk\n0113 496 0573\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(a)).toEqual([['Dr Rukhsana Qadir', 'lead', 'rukhsana.qadir@leedsth.nhs.uk']]);
    expect(a.supersedes).toBe(true);
    const b = await extractMail({
      text: `Our nominations are:\n\nLHS\nDr Siobhan Kearney\nHead of Medical Physics\nsiobhan.kearney@leedsth.nhs.uk\n\nAlternate\nMr Tomas Ruiz\nLead Biomedical Scientist\ntomas.ruiz@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(b)).toEqual([
      ['Dr Siobhan Kearney', 'lead', 'siobhan.kearney@leedsth.nhs.uk'],
      ['Mr Tomas Ruiz', 'deputy', 'tomas.ruiz@leedsth.nhs.uk'],
    ]);
    const c = await extractMail({
      text: `As you will know, Professor Ellen Nkem OBE PhD already leads healthcare science here as our Director of Healthcare Science, and I am happy to confirm her as our Lead Healthcare Scientist.\n\nEllen's details: ellen.nkem@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(c)).toEqual([['Professor Ellen Nkem OBE PhD', 'lead', 'ellen.nkem@leedsth.nhs.uk']]);
  });
});

describe('a fifteenth blind set: surnames, pronouns, deputies with asides (our own wording)', () => {
  it('a double surname whose first part is in the address ("Marisol Echeverría Ruiz", marisol.echeverria@)', async () => {
    const e = await extractMail({ text: `The Trust would like to nominate Dr Marisol Echeverría Ruiz, Head of Vascular Sciences, as our Lead Healthcare Scientist. Her email is marisol.echeverria@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Dr Marisol Echeverría Ruiz', 'lead', 'marisol.echeverria@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"my boss, Prof. X, ... he will be Leeds Teaching Hospitals\' Lead Healthcare Scientist"', async () => {
    const e = await extractMail({ text: `I've been asked by my boss, Prof. Tomasz Wisniak, to let you know that he will be Leeds Teaching Hospitals' Lead Healthcare Scientist. His email is tomasz.wisniak@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Prof. Tomasz Wisniak', 'lead', 'tomasz.wisniak@leedsth.nhs.uk']]);
  });

  it('"Our deputy, should X be unavailable, is Dr Y"; "has appointed Dr Z ... as its Lead Healthcare Scientist"', async () => {
    const a = await extractMail({ text: `Our Lead Healthcare Scientist will be Professor Rhian Pryce (rhian.pryce@leedsth.nhs.uk). Our deputy, should Rhian be unavailable, is Dr Kenji Wata (kenji.wata@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(a)).toEqual([
      ['Professor Rhian Pryce', 'lead', 'rhian.pryce@leedsth.nhs.uk'],
      ['Dr Kenji Wata', 'deputy', 'kenji.wata@leedsth.nhs.uk'],
    ]);
    const b = await extractMail({ text: `I am writing to confirm that Leeds Teaching Hospitals NHS Trust has appointed Dr Ife Lawson, Consultant Clinical Scientist, as its Lead Healthcare Scientist (ife.lawson@nhs.net).\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(b)).toEqual([['Dr Ife Lawson', 'lead', 'ife.lawson@nhs.net']]);
  });

  it('"the LHS role will be shared jointly by:" with each person\'s contacts before the "and"', async () => {
    const e = await extractMail({
      text: `The Trust has agreed that the Lead Healthcare Scientist role will be shared jointly by:\nDr Ewa Price, Consultant Clinical Scientist (Microbiology)\newa.price@leedsth.nhs.uk tel 0113 496 0027\nand Mr Raj Patel, Head of Medical Physics\nraj.patel7@leedsth.nhs.uk tel 0113 496 0041\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Ewa Price', 'joint', 'ewa.price@leedsth.nhs.uk'],
      ['Mr Raj Patel', 'joint', 'raj.patel7@leedsth.nhs.uk'],
    ]);
  });

  it('"Please see Lakshmi\'s confirmation below - she will be our LHS"; "Forwarding Siobhan\'s email below" (Forwarding is no name)', async () => {
    const fwd = (first: string, last: string) =>
      `From: ${last} ${first}\nSent: 3 October 2016 09:00\nTo: Fenwick Alasdair\nSubject: RE: LHS\n\nHappy to do this.\n\n${first}\n\nDr ${first} ${last}\nConsultant Clinical Scientist\n${first.toLowerCase()}.${last.toLowerCase()}@leedsth.nhs.uk\n0113 496 0457\n\n${QUOTED_LETTER}`;
    const a = await extractMail({ text: `Dear CSO team,\n\nPlease see Lakshmi's confirmation below - she will be our Lead Healthcare Scientist.\n\n${SIG}\n\n${fwd('Lakshmi', 'Subram')}` });
    expect(people(a)).toEqual([['Dr Lakshmi Subram', 'lead', 'lakshmi.subram@leedsth.nhs.uk']]);
    const b = await extractMail({ text: `Good morning\n\nForwarding Siobhan's email below as our response to the Lead Healthcare Scientist request - she will be our LHS.\n\n${SIG}\n\n${fwd('Siobhan', 'Gall')}` });
    expect(people(b)).toEqual([['Dr Siobhan Gall', 'lead', 'siobhan.gall@leedsth.nhs.uk']]);
  });

  it('"with Abena Owusu, principal cardiac physiologist, deputising for him"', async () => {
    const e = await extractMail({ text: `Rhys Trel, consultant clinical scientist, will be our LHS (rhys.trel@nhs.net), with Abena Owusu, principal cardiac physiologist, deputising for him when he is not available (abena.owusu1@nhs.net).\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([
      ['Rhys Trel', 'lead', 'rhys.trel@nhs.net'],
      ['Abena Owusu', 'deputy', 'abena.owusu1@nhs.net'],
    ]);
  });

  it('"correction to my email: Chinedu\'s nhs.net address is ..." with our earlier message quoted below', async () => {
    const earlier = `From: Fenwick Alasdair\nSent: 20 September 2016 10:00\nTo: CSO (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nOur LHS will be Dr Chinedu Okoro, Head of Clinical Engineering (c.okoro@leedsth.nhs.uk, 0113 496 0412).\n\nAlasdair`;
    const e = await extractMail({ text: `Apologies - correction to my email of 20 Sept. Chinedu's nhs.net address is chinedu.okoro@nhs.net (the one I sent was an old alias) and his direct line is 0113 496 0413. Otherwise unchanged.\n\n${earlier}\n\n${QUOTED_LETTER}` });
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Dr Chinedu Okoro', 'chinedu.okoro@nhs.net', '0113 496 0413']]);
    expect(e.supersedes).toBe(true);
  });
});

describe('a sixteenth blind set: asked, would like, added to the network (our own wording)', () => {
  it.each([
    ['I have asked Siân Pryce, our Pathology Services Manager, to act as Lead Healthcare Scientist for the Trust.', 'Siân Pryce', 'sian.pryce'],
    ['We would like Dr Lakshmi Cole to be our Lead Healthcare Scientist.', 'Dr Lakshmi Cole', 'lakshmi.cole'],
    ['Please add Dr Ada Reid to your network - she is our Consultant Clinical Scientist and has agreed to represent healthcare science for the Trust.', 'Dr Ada Reid', 'ada.reid'],
    ['In the interim Dr Yasmin Quraishi, Consultant Clinical Scientist, has kindly agreed to act as LHS until the post is filled.', 'Dr Yasmin Quraishi', 'yasmin.quraishi'],
  ])('%s', async (sentence, name, local) => {
    const e = await extractMail({ text: `Dear Fiona,\n\n${sentence}\n\nEmail ${local}@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([[name, 'lead', `${local}@leedsth.nhs.uk`]]);
  });

  it('"I have asked Dr X whether she would be willing to act as LHS" names nobody yet', async () => {
    const e = await extractMail({ text: `I have asked Dr Ada Reid whether she would be willing to act as Lead Healthcare Scientist and will let you know.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(e.nominees).toEqual([]);
  });

  it('"Ours is:" over a block whose address comes after the job and the trust', async () => {
    const e = await extractMail({ text: `Hi\n\nOurs is:\n\nMr Pradeep Venkat\nHead of Clinical Physiology (Cardiology, Respiratory & Vascular)\nLeeds Teaching Hospitals NHS Trust\npradeep.venkat@leedsth.nhs.uk\nExt 2716 / 0113 496 0716\n\nThanks\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Mr Pradeep Venkat', 'lead', 'pradeep.venkat@leedsth.nhs.uk']]);
  });

  it('one nomination "for both Trusts" goes to review', async () => {
    const e = await extractMail({ text: `I am replying on behalf of both trusts in our pathology partnership. We would like Dr Eamon Kell to be the Lead Healthcare Scientist for both Trusts (eamon.kell@nhs.net).\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Dr Eamon Kell', 'lead', 'eamon.kell@nhs.net']]);
    expect(e.needsReview).toBe(true);
  });

  it('"In his absence Ms X, ..., will deputise"; "his successor, Dr Y (currently ...), will be our LHS"', async () => {
    const a = await extractMail({ text: `The Trust would like to nominate Dr Marek Kowal, Head of Clinical Physics, as our Lead Healthcare Scientist. In his absence Ms Ife Nwa, Chief Biomedical Scientist, will deputise.\n\nDr Kowal - marek.kowal@leedsth.nhs.uk\nMs Nwa - ife.nwa@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(a)).toEqual([
      ['Dr Marek Kowal', 'lead', 'marek.kowal@leedsth.nhs.uk'],
      ['Ms Ife Nwa', 'deputy', 'ife.nwa@leedsth.nhs.uk'],
    ]);
    const b = await extractMail({ text: `Dr Graham Petts retires at the end of December. From 1 January his successor, Dr Mei Chan (currently Deputy Head of Medical Physics), will be our LHS. Mei's email is mei.chan@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(b)).toEqual([['Dr Mei Chan', 'lead', 'mei.chan@leedsth.nhs.uk']]);
  });

  it('"I named Dr X as our LHS, but X has since accepted a post elsewhere ... replace him with Mrs Y": only Y', async () => {
    const e = await extractMail({ text: `Apologies - I need to correct my response. I named Dr Neil Ash as our Lead Healthcare Scientist, but Neil has since accepted a post at another trust. Please replace him with Mrs Fola Grant, Blood Sciences Manager, who has agreed to take the role on. Her email is fola.grant@nhs.net.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Mrs Fola Grant', 'lead', 'fola.grant@nhs.net']]);
    expect(e.supersedes).toBe(true);
  });
});


describe('shapes from the eighteenth and nineteenth blind sets (our own wording)', () => {
  it('a deputy named in a P.S. under the signature is read; the signature is not', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nDr Mariam Qureshi, Consultant Clinical Scientist, will be our Lead Healthcare Scientist (mariam.qureshi@leedsth.nhs.uk, 0113 496 0611).\n\n${SIG}\n0113 496 0000\n\nP.S. Mr Tomasz Wrona, Lead Audiologist, has agreed to deputise for Mariam when she is away: tomasz.wrona@leedsth.nhs.uk.\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Mariam Qureshi', 'lead', 'mariam.qureshi@leedsth.nhs.uk'],
      ['Mr Tomasz Wrona', 'deputy', 'tomasz.wrona@leedsth.nhs.uk'],
    ]);
    expect(e.nominees[1]!.phone).toBeNull(); // not the medical director's number above it
  });

  it('the writer "happy to be put forward as our LHS", and "asked whether I would act as LHS. I\'m glad to"', async () => {
    const a = await extractMail({
      from: 'Kofi Mensah <kofi.mensah@leedsth.nhs.uk>',
      text: `Hello,\n\nOur medical director passed your letter to me. I'm more than happy to be put forward as our Lead Healthcare Scientist.\n\nMy direct line is 0113 496 0888.\n\nKofi\n\nDr Kofi Mensah\nHead of Clinical Engineering\n\n${QUOTED_LETTER}`,
    });
    expect(people(a)).toEqual([['Dr Kofi Mensah', 'lead', 'kofi.mensah@leedsth.nhs.uk']]);
    const b = await extractMail({
      from: 'Ewa Nowak <ewa.nowak@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nOur Medical Director asked whether I would act as the Trust's Lead Healthcare Scientist. I am delighted to, and have told him so.\n\nEwa\n\nDr Ewa Nowak\nConsultant Clinical Scientist\n0113 496 0889\n\n${QUOTED_LETTER}`,
    });
    expect(people(b)).toEqual([['Dr Ewa Nowak', 'lead', 'ewa.nowak@leedsth.nhs.uk']]);
    // asked, and the answer is no
    const c = await extractMail({
      from: 'Ewa Nowak <ewa.nowak@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nOur Medical Director asked whether I would act as the Trust's Lead Healthcare Scientist. I am glad to help find someone, but I am retiring in the spring so it should not be me.\n\nEwa\n\n${QUOTED_LETTER}`,
    });
    expect(c.nominees).toEqual([]);
  });

  it('"X, ..., will take the LHS role, with Mr Y, ..., as her deputy"; "Ms Z, ..., stays on as deputy"', async () => {
    const a = await extractMail({
      text: `We have agreed that Dr Aoife Brennan, Head of Microbiology, will take the LHS role, with Mr Sanjay Pillai, Chief Physiologist, as her deputy. Aoife: aoife.brennan@leedsth.nhs.uk; Sanjay: sanjay.pillai@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(a)).toEqual([
      ['Dr Aoife Brennan', 'lead', 'aoife.brennan@leedsth.nhs.uk'],
      ['Mr Sanjay Pillai', 'deputy', 'sanjay.pillai@leedsth.nhs.uk'],
    ]);
    const b = await extractMail({
      text: `An update to our nomination: from next month Dr Colm Daly (colm.daly@leedsth.nhs.uk) will be our Lead Healthcare Scientist.\n\nMs Lina Haddad, Principal Clinical Scientist, stays on as deputy (lina.haddad@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(b)).toEqual([
      ['Dr Colm Daly', 'lead', 'colm.daly@leedsth.nhs.uk'],
      ['Ms Lina Haddad', 'deputy', 'lina.haddad@leedsth.nhs.uk'],
    ]);
  });

  it('"Tunde below is our LHS" over his own forwarded acceptance: read from his signature', async () => {
    const e = await extractMail({
      text: `Tunde below is our LHS.\n\n${SIG}\n\n-----Original Message-----\nFrom: Bakare Tunde (LEEDS TEACHING HOSPITALS NHS TRUST)\nSent: 19 September 2016 09:12\nTo: Fenwick Alasdair\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nAlasdair - yes, I am happy to do this.\n\nTunde\n\nDr Tunde Bakare\nConsultant Clinical Scientist (Genetics)\nLeeds Teaching Hospitals NHS Trust\ntunde.bakare@leedsth.nhs.uk\n0113 496 0777\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Tunde Bakare', 'lead', 'tunde.bakare@leedsth.nhs.uk']]);
  });

  it('a trust called by the start of its name is settled by its headquarters postcode in the signature, never alone', async () => {
    const text = (sig: string) =>
      `Dear colleagues,\n\nThe Royal Brompton's Lead Healthcare Scientist will be Dr Imran Baig, Consultant Clinical Scientist (imran.baig@nhs.net, 020 7946 0123).\n\nBest wishes\n\nSue Pike\nOffice of the Medical Director\n${sig}`;
    const a = await extractMail({ from: 'Sue Pike <sue.pike@nhs.net>', text: text('Sydney Street, London SW3 6NP') });
    expect(a.trust?.ods).toBe('RT3');
    expect(a.needsReview).toBe(false);
    const b = await extractMail({ from: 'Sue Pike <sue.pike@nhs.net>', text: text('London') });
    expect(b.trust?.ods).toBe('RT3');
    expect(b.needsReview).toBe(true);
    expect(b.reasons.join(' ')).toMatch(/weakly matched/);
  });

  it('a day or month as a given name after a title ("Dr Sunday Okoro"); the secretary\'s contacts are not the nominee\'s', async () => {
    const e = await extractMail({
      text: `Dear Colleagues\n\nDr Sunday Okoro, Consultant Clinical Scientist, has agreed to act as the Trust's Lead Healthcare Scientist.\n\nSunday is away until October. Until then please go through his secretary, Pat Quill, on 0113 496 0312 or at pat.quill@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Dr Sunday Okoro', null, null]]);
    expect(e.needsReview).toBe(true);
  });

  it('"The Trust\'s LHS, who chairs ..., is Dr X"; "I will act as the Trust\'s interim LHS myself"', async () => {
    const a = await extractMail({
      text: `Dear Colleagues,\n\nThe Trust's Lead Healthcare Scientist, who chairs our scientific staff forum, is Dr Nell Ambrose, Head of Healthcare Science (nell.ambrose@leedsth.nhs.uk, 0113 496 0440).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(a)).toEqual([['Dr Nell Ambrose', 'lead', 'nell.ambrose@leedsth.nhs.uk']]);
    const b = await extractMail({
      from: 'Alasdair Fenwick <alasdair.fenwick@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nUntil we appoint, I will act as the Trust's interim Lead Healthcare Scientist myself.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(b)).toEqual([['Dr Alasdair Fenwick', 'lead', 'alasdair.fenwick@leedsth.nhs.uk']]);
  });

  it('"Rhodri, rather than Kath, will be our LHS" over a chain with both: the one chosen, from his own message', async () => {
    const e = await extractMail({
      text: `Please see below. We have agreed that Huw, rather than Kath, will be the Trust's Lead Healthcare Scientist. His details are in his email further down.\n\n${SIG}\n\n-----Original Message-----\nFrom: Jenkins Huw (LEEDS TEACHING HOSPITALS NHS TRUST)\nSent: 20 September 2016 11:02\nTo: Fenwick Alasdair\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nHappy to take it on if Kath would rather not.\n\nHuw\n\nMr Huw Jenkins\nHead of Clinical Engineering\nhuw.jenkins@leedsth.nhs.uk\n0113 496 0210\n\n-----Original Message-----\nFrom: Fenwick Alasdair\nSent: 19 September 2016 16:40\nTo: Jenkins Huw; Pryor Kath\nSubject: FW: Lead Healthcare Scientists (LHS)\n\nI suggest Dr Kath Pryor (kath.pryor@leedsth.nhs.uk, 0113 496 0211) - any views?\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Mr Huw Jenkins', 'lead', 'huw.jenkins@leedsth.nhs.uk']]);
  });

  it('a former trust\'s name without "NHS Trust" (a hospital of that name) does not rival the trust in the signature', async () => {
    const e = await extractMail({
      from: 'Alasdair Quint <alasdair.quint@iow.nhs.uk>',
      text: `Dear CSO team,\n\nDr Mair Lewis, Head of Pathology, will be our Lead Healthcare Scientist (mair.lewis@iow.nhs.uk).\n\nRegards\n\nDr Alasdair Quint\nMedical Director\nIsle of Wight NHS Trust\nSt Mary's Hospital, Newport`,
    });
    expect(e.trust?.ods).toBe('R1F');
    expect(e.needsReview).toBe(false);
  });

  it('"I gave the wrong telephone number for Dr Okafor": the nominee in full from the quoted message, the new number, the address as before', async () => {
    const earlier = `From: Fenwick Alasdair\nSent: 20 September 2016 09:00\nTo: 'england.cso@nhs.net'\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nI am pleased to confirm that Dr Grace Okafor, Principal Clinical Scientist, will be our Lead Healthcare Scientist. Her details are grace.okafor@leedsth.nhs.uk and 0113 496 0751.\n\n${SIG}\n\n${QUOTED_LETTER}`;
    const e = await extractMail({
      text: `Dear CSO team,\n\nA correction to my email of yesterday: I gave the wrong telephone number for Dr Okafor. Her direct line is 0113 496 0715, not 0113 496 0751. Her email address is unchanged.\n\n${SIG}\n\n${earlier}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Dr Grace Okafor', 'grace.okafor@leedsth.nhs.uk', '0113 496 0715']]);
    expect(e.supersedes).toBe(true);
  });
});

describe('shapes from the twentieth and twenty-first blind sets (our own wording)', () => {
  it('"X, ..., takes over as LHS"; "X, ..., will be Leeds Teaching Hospitals\' LHS"; "Hi - X (job) will be our LHS"', async () => {
    const a = await extractMail({ text: `The Medical Director has agreed that Dr Priya Menon, Consultant Clinical Scientist, takes over as Lead Healthcare Scientist from today. Her email is priya.menon@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(a)).toEqual([['Dr Priya Menon', 'lead', 'priya.menon@leedsth.nhs.uk']]);
    const b = await extractMail({ text: `Dr Owusu has asked me to let you know that Dr Kwabena Asante, Head of Audiology, will be Leeds Teaching Hospitals' Lead Healthcare Scientist (kwabena.asante@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(b)).toEqual([['Dr Kwabena Asante', 'lead', 'kwabena.asante@leedsth.nhs.uk']]);
    const c = await extractMail({ text: `Hi - Gurpreet Kaur Bains (Head of Vascular Science) will be our LHS. gurpreet.bains@leedsth.nhs.uk. Thanks, Al\n\n${QUOTED_LETTER}` });
    expect(people(c)).toEqual([['Gurpreet Kaur Bains', 'lead', 'gurpreet.bains@leedsth.nhs.uk']]);
  });

  it('"...; Y (y@...) covers for her when she is away": a deputy after a semicolon', async () => {
    const e = await extractMail({ text: `We would like to put forward Mona Haddad, Lead Physiologist, as the Trust's Lead Healthcare Scientist. Mona's email is mona.haddad@leedsth.nhs.uk; Tom Reilly (tom.reilly@leedsth.nhs.uk) covers for her when she is on leave.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([
      ['Mona Haddad', 'lead', 'mona.haddad@leedsth.nhs.uk'],
      ['Tom Reilly', 'deputy', 'tom.reilly@leedsth.nhs.uk'],
    ]);
  });

  it('the writer taking the role from a shared office mailbox: the person whose address the signature gives', async () => {
    const e = await extractMail({
      from: '"LTHT Medical Director\'s Office" <leedsth.mdoffice@nhs.net>',
      text: `Dear CSO team,\n\nOur Medical Director has asked me to answer from his office mailbox. I can confirm that I will be the Leeds Teaching Hospitals' Lead Healthcare Scientist.\n\nRegards\n\nKemi Adeleke\nHead of Clinical Physics\nkemi.adeleke@leedsth.nhs.uk\n0113 496 0991\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Kemi Adeleke', 'lead', 'kemi.adeleke@leedsth.nhs.uk']]);
  });

  it('"see Dr Y\'s response below" over "I\'m happy for X to be our LHS"; "Dr Novák has agreed" over her own message', async () => {
    const a = await extractMail({
      text: `Hi,\n\nPlease see Dr Fenwick's response below.\n\nThanks\nSam\n\nFrom: FENWICK, Alasdair (LEEDS TEACHING HOSPITALS NHS TRUST)\nSent: 20 September 2016 10:00\nTo: DOE, Sam (LEEDS TEACHING HOSPITALS NHS TRUST)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nSam - I'm happy for Nadia Rahman to be our LHS. Her details are nadia.rahman@leedsth.nhs.uk, 0113 496 0314.\n\nAlasdair\n\n${QUOTED_LETTER}`,
    });
    expect(people(a)).toEqual([['Nadia Rahman', 'lead', 'nadia.rahman@leedsth.nhs.uk']]);
    const b = await extractMail({
      text: `Please see below - Dr Nováková has agreed to be our Lead Healthcare Scientist. Her details are in her signature.\n\nBest wishes\nSam\n\nFrom: NOVAKOVA, Jana (LEEDS TEACHING HOSPITALS NHS TRUST)\nSent: 20 September 2016 10:00\nTo: FENWICK, Alasdair\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nYes, I would be glad to.\n\nKind regards\n\nDr Jana Nováková\nConsultant Clinical Scientist\njana.novakova@leedsth.nhs.uk\n0113 496 0538\n\n${QUOTED_LETTER}`,
    });
    expect(people(b)).toEqual([['Dr Jana Nováková', 'lead', 'jana.novakova@leedsth.nhs.uk']]);
  });

  it('a formal letter pasted under the covering note\'s signature is read; its addressee and the signatures are not nominees', async () => {
    const e = await extractMail({
      text: `Good morning,\n\nPlease see below Dr Fenwick's response to your letter.\n\nRegards\n\nSam Doe\nSecretary to the Medical Director\nTel: 0113 496 0100\n\nMs Fiona Carragher\nDeputy Chief Scientific Officer\nNHS England\n\nDear Ms Carragher\n\nRe: Lead Healthcare Scientist\n\nThank you for your letter. I am pleased to confirm that Dr Ruth Amadi, Consultant Clinical Scientist, has agreed to act as the Trust's Lead Healthcare Scientist. Her email is ruth.amadi@leedsth.nhs.uk.\n\nYours sincerely\n\nDr Alasdair Fenwick\nMedical Director\nLeeds Teaching Hospitals NHS Trust`,
    });
    expect(people(e)).toEqual([['Dr Ruth Amadi', 'lead', 'ruth.amadi@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('a surname that is also a word ("Will Head", "Joy Trust") where the person\'s own address spells it; not without', async () => {
    const a = await extractMail({ text: `Hello,\n\nWill Head will be our Lead Healthcare Scientist. Will is Head of Clinical Engineering.\n\nwill.head@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(a)).toEqual([['Will Head', 'lead', 'will.head@leedsth.nhs.uk']]);
    const b = await extractMail({ text: `The Trust nominates Mrs Joy Trust, Pathology Services Manager, as the Trust Lead Healthcare Scientist. Joy can be contacted on joy.trust@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(b)).toEqual([['Mrs Joy Trust', 'lead', 'joy.trust@leedsth.nhs.uk']]);
    // no address to confirm it: "Head" stays a word, and nobody is read as certain
    const c = await extractMail({ text: `Hello,\n\nWill Head will be our Lead Healthcare Scientist. Will is Head of Clinical Engineering.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(c.needsReview).toBe(true);
  });

  it('"A, job (a@), and B, job (b@, phone), will act as joint LHSs"; "... succeeded by Dr X, .... Nisha will be our LHS"; ben.x@ for Benedict X', async () => {
    const a = await extractMail({ text: `We would like the role shared.\n\nProfessor Amir Haddad, Clinical Director for Laboratories (amir.haddad@leedsth.nhs.uk), and Dr Morag Innes, Head of Medical Physics (morag.innes@leedsth.nhs.uk, 0113 496 0196), will act as joint Lead Healthcare Scientists.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(a)).toEqual([
      ['Professor Amir Haddad', 'joint', 'amir.haddad@leedsth.nhs.uk'],
      ['Dr Morag Innes', 'joint', 'morag.innes@leedsth.nhs.uk'],
    ]);
    const b = await extractMail({ text: `Dr Alan Pike, who led healthcare science here until he retired, has been succeeded by Dr Nisha Rao, Consultant Clinical Scientist. Nisha will be our Lead Healthcare Scientist.\n\nHer details: nisha.rao@leedsth.nhs.uk, 0113 496 0905.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(b)).toEqual([['Dr Nisha Rao', 'lead', 'nisha.rao@leedsth.nhs.uk']]);
    // two people with that first name: no guess
    const c = await extractMail({ text: `Dr Nisha Rao and Dr Nisha Kaur both applied. Nisha will be our Lead Healthcare Scientist.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(c.needsReview).toBe(true);
    const d = await extractMail({ text: `Our Lead Healthcare Scientist will be Dr Benedict Ansah, Head of Scientific Services.\n\nBenedict's details are ben.ansah@leedsth.nhs.uk, 0113 496 0280.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(d)).toEqual([['Dr Benedict Ansah', 'lead', 'ben.ansah@leedsth.nhs.uk']]);
  });

  it('"X is happy to be contacted on ..." does not make X a nominee', async () => {
    const e = await extractMail({ subject: 'Healthcare Science awards', inReplyTo: null, text: `We would like to nominate our Clinical Engineering team, led by Mr Kwame Ofori, for the team award. Kwame is happy to be contacted on 0113 496 0561.\n\n${SIG}` });
    expect(e.nominees).toEqual([]);
  });

  it('"Dr K passed this to me and asked whether I would take it on - I\'m very happy to": the writer, and no "passed it on" decline', async () => {
    const e = await extractMail({
      from: '"TURNER, Ruth (LEEDS TEACHING HOSPITALS NHS TRUST)" <ruth.turner@nhs.net>',
      text: `Hello,\n\nAlasdair Fenwick (our MD) passed this to me and asked whether I would take it on - I'm very happy to. I have been Head of Clinical Biochemistry here for six years.\n\nBest number for me is 0113 496 0218.\n\nThanks\nRT\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Ruth Turner', 'lead', 'ruth.turner@nhs.net']]);
    // passing the letter on to someone else is still no answer yet
    const f = await extractMail({ text: `I have passed this to our Head of Pathology, who will come back to you.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(f.kind).toBe('no_nomination');
  });
});

describe('shapes from the twenty-second and twenty-third blind sets (our own wording)', () => {
  it('a line ending in a colon over the person\'s block: "The person we would like to nominate is:", "... your network is:", "our nomination, from the directory:"', async () => {
    const a = await extractMail({ text: `Dear Dr Carragher,\n\nWe have few scientists; the most senior, and the person we would like to nominate, is:\n\nDr Farai Moyo, Lead Clinical Physiologist\nfarai.moyo@leedsth.nhs.uk\n0113 496 0982\n\n${SIG}` });
    expect(people(a)).toEqual([['Dr Farai Moyo', 'lead', 'farai.moyo@leedsth.nhs.uk']]);
    const b = await extractMail({ text: `Hello,\nThe person best placed to link with your network is:\nDr Meera Iyer\nConsultant Clinical Scientist\nmeera.iyer@leedsth.nhs.uk\nShe has confirmed she is willing.\n\n${SIG}` });
    expect(people(b)).toEqual([['Dr Meera Iyer', 'lead', 'meera.iyer@leedsth.nhs.uk']]);
    const c = await extractMail({ text: `Dear Sir / Madam,\n\nDr Fenwick has asked me to send you our nomination, copied from the staff directory:\n\nBLACKWOOD, Euan (Dr)\nPrincipal Clinical Scientist\neuan.blackwood@leedsth.nhs.uk\n\n${SIG}` });
    expect(people(c)).toEqual([['Euan Blackwood', 'lead', 'euan.blackwood@leedsth.nhs.uk']]);
    // a colon over the medical director's PA is no nomination
    const d = await extractMail({ text: `We will send our nomination shortly. For anything about the network meanwhile please contact my PA:\n\nMrs Jo Bloggs\njo.bloggs@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(d.nominees).toEqual([]);
  });

  it('a form filled in capitals ("NAME: DR BRENDA O\'NEILL"); "asked Ms Y (job) to act as his deputy"', async () => {
    const a = await extractMail({ text: `Please see below details of our nominated Lead Healthcare Scientist.\n\nNAME: DR BRENDA O'NEILL\nJOB TITLE: HEAD OF HEALTHCARE SCIENCE\nEMAIL: BRENDA.ONEILL@LEEDSTH.NHS.UK\nTEL: 0113 496 0455\n\n${SIG}` });
    expect(people(a)).toEqual([["Dr Brenda O'Neill", 'lead', 'brenda.oneill@leedsth.nhs.uk']]);
    const b = await extractMail({ text: `We would like to put forward Mr Karl Voss, Head of Clinical Engineering, as Lead Healthcare Scientist (karl.voss@leedsth.nhs.uk). We have also asked Ms Ada Nwosu (Medical Devices Manager) to act as his deputy: ada.nwosu@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(b)).toEqual([
      ['Mr Karl Voss', 'lead', 'karl.voss@leedsth.nhs.uk'],
      ['Ms Ada Nwosu', 'deputy', 'ada.nwosu@leedsth.nhs.uk'],
    ]);
  });

  it('answers typed between the quoted letter\'s lines, each marked "***" as the reply says', async () => {
    const letter = QUOTED_LETTER.split('\n').slice(5).map((l) => (l ? '> ' + l : '>')).join('\n');
    const quoted = letter.replace('opportunities we are developing for them.\n', 'opportunities we are developing for them.\n\n*** Dr Huw Parry, Head of Medical Physics\n*** huw.parry@nhs.net\n');
    const e = await extractMail({
      text: `Hello,\n\nOur answers are typed into your letter below, marked ***.\n\nSue\n\n-----Original Message-----\nFrom: CSO (NHS ENGLAND) [mailto:england.cso@nhs.net]\nSent: 13 September 2016 16:40\nTo: Medical Director\nSubject: Lead Healthcare Scientists (LHS)\n\n${quoted}`,
    });
    expect(people(e)).toEqual([['Dr Huw Parry', 'lead', 'huw.parry@nhs.net']]);
  });

  it('"the person best placed to take on the role is X"; "Mr Y has agreed to provide cover when X is away"', async () => {
    const e = await extractMail({
      text: `Thank you for your letter about Lead Healthcare Scientists. I have talked this through with Neil Dane (General Manager) and Dr Amrit Gill (Clinical Chair), and we agree that the person best placed to take on the role is Lena Fox, our Head of Imaging Physics (lena.fox@leedsth.nhs.uk).\n\nMr Ian Frith, Senior Audiologist, has agreed to provide cover when Lena is on leave (ian.frith@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Lena Fox', 'lead', 'lena.fox@leedsth.nhs.uk'],
      ['Mr Ian Frith', 'deputy', 'ian.frith@leedsth.nhs.uk'],
    ]);
    // the same words about someone else's job are no nomination
    const f = await extractMail({ text: `The person best placed to answer questions about our laboratories is Dr Amrit Gill (amrit.gill@leedsth.nhs.uk). We will send our nomination next week.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(f.nominees).toEqual([]);
  });
});


describe('a table of officers with the LHS among them (our own wording)', () => {
  const table = (rows: string) =>
    `Dear colleagues,\n\nOur answer is in the table below.\n\nRole | Name | Job title | Email | Telephone\n${rows}\n\n${SIG}\n\n${QUOTED_LETTER}`;

  it('leaves out the rows for other offices when the role column names the LHS in another row', async () => {
    const e = await extractMail({
      text: table(
        [
          'Board sponsor | Mrs Harriet Quayle | Chief Operating Officer | harriet.quayle@leedsth.nhs.uk | 0113 496 0100',
          'Lead Healthcare Scientist | Dr Chinonso Eze | Consultant Clinical Scientist (Genomics) | chinonso.eze@leedsth.nhs.uk | 0113 496 0412',
          'Deputy | Mr Pawel Kowalczyk | Principal Audiologist | pawel.kowalczyk@leedsth.nhs.uk | 0113 496 0413',
          'Administrative contact | Miss Tara Lumb | Business Manager, Diagnostics | tara.lumb@leedsth.nhs.uk | 0113 496 0414',
        ].join('\n'),
      ),
    });
    expect(people(e)).toEqual([
      ['Dr Chinonso Eze', 'lead', 'chinonso.eze@leedsth.nhs.uk'],
      ['Mr Pawel Kowalczyk', 'deputy', 'pawel.kowalczyk@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('keeps a row whose place may be a stand-in for the LHS ("Cover"), and then asks a person', async () => {
    const e = await extractMail({
      text: table(
        [
          'Lead Healthcare Scientist | Dr Chinonso Eze | Consultant Clinical Scientist (Genomics) | chinonso.eze@leedsth.nhs.uk | 0113 496 0412',
          'Cover when away | Mr Pawel Kowalczyk | Principal Audiologist | pawel.kowalczyk@leedsth.nhs.uk | 0113 496 0413',
        ].join('\n'),
      ),
    });
    expect(e.nominees.map((n) => n.name)).toContain('Mr Pawel Kowalczyk');
    expect(e.needsReview).toBe(true);
  });

  it('reads a role column of job titles as before when no row holds an LHS role', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nOur Lead Healthcare Scientist is below.\n\nRole | Name | Email\nHead of Medical Physics | Dr Chinonso Eze | chinonso.eze@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Chinonso Eze', 'lead', 'chinonso.eze@leedsth.nhs.uk']]);
  });
});

describe('a twenty-seventh blind set: passive voice, asides, initials (our own wording)', () => {
  it('"the role will be taken by Mr X" names the LHS in the passive', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur executive team met last week, and it was agreed that the role will be taken by Mr Tunde Bakare, Head of Clinical Engineering. His e-mail is tunde.bakare@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Mr Tunde Bakare', 'lead', 'tunde.bakare@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"The current postholder, Dr X, will be the Trust\'s LHS": a name set off by commas is the subject', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nWe have had a Chief Scientist since 2012. The present holder of that post, Dr Marguerite Osei, will be the Trust's LHS; she is on marguerite.osei@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Marguerite Osei', 'lead', 'marguerite.osei@leedsth.nhs.uk']]);
  });

  it('"agreed to act as our point of contact" is not taking the LHS role', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nWe have nobody who fits the role descriptor. Our Chief Pharmacist, Mr Lionel Abara, has kindly agreed to act as our point of contact for the network; lionel.abara@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.needsReview).toBe(true);
  });

  it('"Dr A.K. Banerjee": initials run together are read as initials', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nDr R.S. Mukherjee will be the Trust's LHS. He can be reached at rs.mukherjee@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr R.S. Mukherjee', 'lead', 'rs.mukherjee@leedsth.nhs.uk']]);
  });

  it('"which Dr X chairs, and he will be our LHS": a title and surname stand for the full name listed above', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur departments are led by:\n\n- Dr Bronwen Pugh, Head of Audiology\n- Dr Kieran O’Farrell, Head of Medical Physics\n\nThe heads meet as a Healthcare Science Board, which Dr O’Farrell chairs, and he will be the Trust's Lead Healthcare Scientist. His address is kieran.ofarrell@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([["Dr Kieran O'Farrell", 'kieran.ofarrell@leedsth.nhs.uk']]);
  });
});

describe('a letter passed to the writer', () => {
  it('"has passed your letter of 13 September to me" is no "passed it on" answer', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur Medical Director has passed your letter of 13 September to me to deal with. Having read the role descriptor, I am glad to pick this up myself.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind === 'no_nomination' && !e.needsReview).toBe(false);
  });
});

describe('whose number it is (our own wording)', () => {
  const phones = (e: Awaited<ReturnType<typeof extractMail>>) => e.nominees.map((n) => [n.name, n.phone]);

  it('a direct line given after a "Tel:" that is the switchboard is the person\'s number', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur nomination is below.\n\nName: Dr Rosalind Achterberg\nJob title: Consultant Clinical Scientist\nTel: 0113 243 3144 (switchboard), bleep 2210\nDirect line: 0113 392 8807\nEmail: rosalind.achterberg@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(phones(e)).toEqual([['Dr Rosalind Achterberg', '0113 392 8807']]);
  });

  it('a writer taking the role: not the number of "my PA", who keeps the diary', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nNone of our heads of department can take this on just now, so I will take on the Lead Healthcare Scientist role myself for the time being. My PA, Gillian Frost, keeps my diary and is on 0113 392 6001.\n\nRegards\n\nDr Ifeoma Nwosu\nMedical Director\nLeeds Teaching Hospitals NHS Trust\nTel: 0113 392 6000\nifeoma.nwosu@leedsth.nhs.uk\n\n${QUOTED_LETTER}`,
      from: 'Dr Ifeoma Nwosu <ifeoma.nwosu@leedsth.nhs.uk>',
    });
    expect(phones(e)).toEqual([['Dr Ifeoma Nwosu', '0113 392 6000']]);
  });

  it('a block of name, job, address and then number: the number on the line below the address', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nKestrel Ward has agreed to be our Lead Healthcare Scientist, and I am delighted to nominate her. She runs our blood sciences laboratory across both of our hospitals, and already chairs the Trust's healthcare science forum, which meets every month at the main site and brings the heads of every scientific department together to plan training, workforce and the service's development; this role makes formal much of what she already does for us. Her details:\n\nKestrel Ward\nHead of Blood Sciences\nkestrel.ward@leedsth.nhs.uk\n07700 900318\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(phones(e)).toEqual([['Kestrel Ward', '07700 900318']]);
  });
});

describe('deputies said in other words (our own wording)', () => {
  it('"Deputising for him will be X, ...": the deputy, with no contacts of the lead', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur Lead Healthcare Scientist will be Dr Hamish Loughran, Head of Medical Physics (hamish.loughran@leedsth.nhs.uk; 0113 392 4410). Deputising for him will be Ayodele Fashola, Principal Audiologist.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email, n.phone])).toEqual([
      ['Dr Hamish Loughran', 'lead', 'hamish.loughran@leedsth.nhs.uk', '0113 392 4410'],
      ['Ayodele Fashola', 'deputy', null, null],
    ]);
  });

  it('"please also give them Dr X (...) as my deputy", written by the lead', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nI am happy to act as the LHS for the Trust. Please could you also record Dr Ffion Llewellyn (Principal Clinical Scientist; ffion.llewellyn@leedsth.nhs.uk) as my deputy.\n\nRegards\n\nDr Okechukwu Nnamdi\nHead of Healthcare Science\nLeeds Teaching Hospitals NHS Trust\nokechukwu.nnamdi@leedsth.nhs.uk\n\n${QUOTED_LETTER}`,
      from: 'Dr Okechukwu Nnamdi <okechukwu.nnamdi@leedsth.nhs.uk>',
    });
    expect(e.nominees.map((n) => [n.name, n.role])).toEqual([
      ['Dr Okechukwu Nnamdi', 'lead'],
      ['Dr Ffion Llewellyn', 'deputy'],
    ]);
  });

  it('a deputy spoken of but not read sends the reply to review', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nDr Hamish Loughran (hamish.loughran@leedsth.nhs.uk) will be our Lead Healthcare Scientist, and the head of audiology will deputise.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('the text speaks of a deputy but none was read');
  });

  it('"Deputy (North site)" in a role column is the deputy role', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nRole | Name | Email\nLead Healthcare Scientist | Dr Hamish Loughran | hamish.loughran@leedsth.nhs.uk\nDeputy (North site) | Dr Ffion Llewellyn | ffion.llewellyn@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role])).toEqual([
      ['Dr Hamish Loughran', 'lead'],
      ['Dr Ffion Llewellyn', 'deputy'],
    ]);
    expect(e.needsReview).toBe(false);
  });
});

describe('a twenty-fourth blind set: ordinary replies said a little differently (our own wording)', () => {
  it('an HTML list whose bullets come out as "-Professor X" (no space)', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nWe would like to nominate two joint Lead Healthcare Scientists, who will share the role:\n\n-Professor Ingrid Halvorsen FRCPath, Head of Infection Sciences (ingrid.halvorsen@leedsth.nhs.uk)\n-Dr Taiwo Adeleke CSci, Head of Clinical Engineering (taiwo.adeleke@leedsth.nhs.uk)\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email])).toEqual([
      ['Professor Ingrid Halvorsen FRCPath', 'joint', 'ingrid.halvorsen@leedsth.nhs.uk'],
      ['Dr Taiwo Adeleke CSci', 'joint', 'taiwo.adeleke@leedsth.nhs.uk'],
    ]);
  });

  it('"the number I gave yesterday for Dr X was wrong": a correction of that nominee', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nSorry - the phone number I gave yesterday for Dr Lowri Bevan was wrong. Her direct line is 0113 392 5521; her e-mail, lowri.bevan@leedsth.nhs.uk, is as before.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Dr Lowri Bevan', 'lowri.bevan@leedsth.nhs.uk', '0113 392 5521']]);
    expect(e.supersedes).toBe(true);
  });

  it('"Please replace Mr A B with Dr C D as our LHS": only the new person, replacing the old', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nPlease replace Mr Desmond Achterberg with Dr Nnenna Obiora as our Lead Healthcare Scientist; Desmond leaves us in December. Nnenna's details are nnenna.obiora@leedsth.nhs.uk and 0113 392 7788.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Dr Nnenna Obiora', 'nnenna.obiora@leedsth.nhs.uk']]);
    expect(e.supersedes).toBe(true);
  });

  it('"X has nevertheless agreed to be our LHS" after a caveat; "has also agreed to be our link" is another role', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nWe employ few scientists. Our Lead Physiologist, Ms Temperance Oduya, has nevertheless agreed to be our Lead Healthcare Scientist: temperance.oduya@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => n.name)).toEqual(['Ms Temperance Oduya']);
    const f = await extractMail({
      text: `Dear CSO team\n\nOur Lead Healthcare Scientist will be:\n\nDr Arjun Venkata Raman\nHead of Cardiac Physiology\narjun.raman@leedsth.nhs.uk\n\nVenkata has also agreed to be the Trust's link to the regional network.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(f.nominees.map((n) => n.name)).toEqual(['Dr Arjun Venkata Raman']);
  });
});

describe('a message sent again', () => {
  it('"Resending - the first one bounced" over the sender\'s own earlier answer: that answer is read', async () => {
    const e = await extractMail({
      from: 'Fenwick Alasdair <alasdair.fenwick@leedsth.nhs.uk>',
      text: `Resending, as the first one bounced.\n\nAlasdair\n\n________________________________\nFrom: Fenwick Alasdair <alasdair.fenwick@leedsth.nhs.uk>\nSent: 03 October 2016 10:15\nTo: england.cso@nhs.uk\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nDear CSO team\n\nOur Lead Healthcare Scientist will be Dr Rukhsana Begum, Head of Clinical Immunology (rukhsana.begum@leedsth.nhs.uk, 0113 392 4455).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Rukhsana Begum', 'lead', 'rukhsana.begum@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });
});

describe('an aside in brackets after a job title', () => {
  it('"Head of X (she is copied in)" and "(cc\'d)" are not part of the title', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nI can confirm that the Trust's nominated Lead Healthcare Scientist is Dr Wiktoria Zielinska, Head of Clinical Immunology (she is copied in). Her details: wiktoria.zielinska@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => n.jobTitle)).toEqual(['Head of Clinical Immunology']);
  });
});

describe('a twenty-eighth and twenty-ninth blind set: deputies and joint leads in other words (our own wording)', () => {
  const roles = (e: Awaited<ReturnType<typeof extractMail>>) => e.nominees.map((n) => [n.name, n.role]);
  const say = (line: string) => extractMail({ text: `Dear CSO team\n\n${line}\n\n${SIG}\n\n${QUOTED_LETTER}` });

  it.each([
    ['"will be backed up by Y"', 'We put forward Dr Alun Meredith (alun.meredith@leedsth.nhs.uk) as our Lead Healthcare Scientist. He will be backed up by Mrs Sade Ogunleye, Principal Physiologist (sade.ogunleye@leedsth.nhs.uk).'],
    ['"The alternate is my colleague Y"', 'Dr Alun Meredith (alun.meredith@leedsth.nhs.uk) will be our Lead Healthcare Scientist. The alternate is my colleague Mrs Sade Ogunleye, Principal Physiologist (sade.ogunleye@leedsth.nhs.uk).'],
    ['"Y will cover in her absence"', 'Dr Alun Meredith is our Lead Healthcare Scientist: alun.meredith@leedsth.nhs.uk. Mrs Sade Ogunleye, Principal Physiologist, will cover in his absence (sade.ogunleye@leedsth.nhs.uk).'],
    ['"with Y, ..., as second"', 'The Trust will put forward Dr Alun Meredith, Head of Medical Physics, with Mrs Sade Ogunleye, Principal Physiologist, as second.\n\nAlun: alun.meredith@leedsth.nhs.uk\nSade: sade.ogunleye@leedsth.nhs.uk'],
  ])('%s: a deputy', async (_what, line) => {
    expect(roles(await say(line))).toEqual([
      ['Dr Alun Meredith', 'lead'],
      ['Mrs Sade Ogunleye', 'deputy'],
    ]);
  });

  it('"Y, our Lead X, Blood Sciences, has agreed to deputise for Dr Z, ..., who takes on the LHS role"', async () => {
    const e = await say('Mrs Sade Ogunleye, our Lead Biomedical Scientist, Haematology, has agreed to deputise for Dr Alun Meredith, Head of Medical Physics, who takes on the LHS role for the Trust.\n\nAlun Meredith - alun.meredith@leedsth.nhs.uk\nSade Ogunleye - sade.ogunleye@leedsth.nhs.uk');
    expect(roles(e)).toEqual([
      ['Mrs Sade Ogunleye', 'deputy'],
      ['Dr Alun Meredith', 'lead'],
    ]);
  });

  it('"A (...) and B (...) will hold the role together as co-leads": both joint', async () => {
    const e = await say('We decided against choosing one person. Dr Alun Meredith (Head of Medical Physics) and Mrs Sade Ogunleye (Principal Physiologist) will hold the role together as co-leads.\n\nalun.meredith@leedsth.nhs.uk\nsade.ogunleye@leedsth.nhs.uk');
    expect(roles(e)).toEqual([
      ['Dr Alun Meredith', 'joint'],
      ['Mrs Sade Ogunleye', 'joint'],
    ]);
  });

  it('"Mr X BEng MIPEM": engineering degrees are read past, as post-nominals', async () => {
    const e = await say('Our Lead Healthcare Scientist is:\n\nMr Fergal Duggan BEng MIPEM, Head of Medical Electronics\nfergal.duggan@leedsth.nhs.uk');
    expect(e.nominees.map((n) => n.name)).toEqual(['Mr Fergal Duggan MIPEM']);
  });

  it('"Jo - can you pick this up and suggest who we should put forward?": a question to a colleague is not a sure query', async () => {
    const e = await extractMail({ text: `Jo\n\nCan you pick this up please and suggest who we should put forward? Reply needed by the 11th.\n\nThanks\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(e.nominees).toEqual([]);
    expect(e.needsReview).toBe(true);
  });
});

describe('assistants and cells with a job in them', () => {
  it('"Sandra Lowe (PA) - ..." in the contact lines is the assistant, not a second nominee', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur Lead Healthcare Scientist is Professor Kwabena Asare, Director of Healthcare Science.\n\nContact details:\nSandra Lowe (PA) - sandra.lowe@leedsth.nhs.uk - 0113 392 1001\nProf Kwabena Asare - kwabena.asare@leedsth.nhs.uk - 0113 392 1003\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Professor Kwabena Asare', 'kwabena.asare@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"Mr X, Principal Clinical Scientist | x@..." in a table cell: the title stops at the cell', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nRole | Name | Email\nLead Healthcare Scientist | Dr Halima Yusuf, Head of Nuclear Medicine | halima.yusuf@leedsth.nhs.uk\nDeputy | Mr Callum Reid, Principal Clinical Scientist | callum.reid@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.jobTitle])).toEqual([
      ['Dr Halima Yusuf', 'lead', 'Head of Nuclear Medicine'],
      ['Mr Callum Reid', 'deputy', 'Principal Clinical Scientist'],
    ]);
  });
});

describe('a thirtieth and thirty-first blind set (our own wording)', () => {
  it('"one LHS covering both sites: Mrs X, Head of Y" names the person after the colon', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nSince the merger we answer as one organisation and have agreed one LHS covering both hospitals: Mrs Rosheen Kilbride, Head of Physiological Sciences (rosheen.kilbride@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Mrs Rosheen Kilbride', 'rosheen.kilbride@leedsth.nhs.uk']]);
  });

  it('"I will be Guy\'s and St Thomas\' Lead Healthcare Scientist": the writer, with a trust name that has "and" in it', async () => {
    const e = await extractMail({
      from: 'Dr Temitayo Ajayi <temitayo.ajayi@gstt.nhs.uk>',
      text: `Dear CSO team\n\nOur Medical Director has asked me to tell you that I will be Guy's and St Thomas' Lead Healthcare Scientist.\n\nRegards\n\nDr Temitayo Ajayi\nHead of Clinical Immunology\nGuy's and St Thomas' NHS Foundation Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Dr Temitayo Ajayi', 'temitayo.ajayi@gstt.nhs.uk']]);
  });

  it('"I\'m very happy to take this on ... my details are" in a forwarded reply is the writer taking the role; without the details it is not', async () => {
    const fwd = (answer: string) =>
      extractMail({
        text: `Please see the trail below, which our Medical Director asked me to send on.\n\nKind regards\nPat\n\n________________________________\nFrom: Oduya Kelechi\nSent: 03 October 2016 09:47\nTo: Fenwick Alasdair\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nAlasdair,\n\n${answer}\n\nKelechi\n\n________________________________\nFrom: Fenwick Alasdair\nSent: 28 September 2016 14:05\nTo: Oduya Kelechi\nSubject: FW: Lead Healthcare Scientists (LHS)\n\nKelechi - would you be willing to be ours?\n\n${QUOTED_LETTER}`,
      });
    const yes = await fwd("Thanks for asking. I'm very happy to take this on. For the list my details are:\n\nDr Kelechi Oduya\nHead of Healthcare Science\nkelechi.oduya@leedsth.nhs.uk\n0113 392 6610");
    expect(yes.nominees.map((n) => [n.name, n.email])).toEqual([['Dr Kelechi Oduya', 'kelechi.oduya@leedsth.nhs.uk']]);
    const unsure = await fwd("Thanks for asking. I'm very happy to take this on and will find out who is best placed.");
    expect(unsure.nominees).toEqual([]);
  });

  it('a bullet before each line of a block ("*   Name", "*   Job") is no part of the job title', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nRe: Lead Healthcare Scientist\n\nOur nominee is:\n\n*         Oskar Lindqvist\n*         Lead Clinical Physiologist\n*         oskar.lindqvist@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.jobTitle])).toEqual([['Oskar Lindqvist', 'Lead Clinical Physiologist']]);
  });
});

describe('after the thirtieth blind set (our own wording)', () => {
  it('"Dr X, Consultant ..., who leads ..., will be our LHS": two asides between the name and the role', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nWe have agreed that Dr Parisa Tehrani, Consultant Clinical Scientist, who runs our regional genetics laboratory, will be our Lead Healthcare Scientist. Her address is parisa.tehrani@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Dr Parisa Tehrani', 'parisa.tehrani@leedsth.nhs.uk']]);
  });

  it('"Y, Chief Biomedical Scientist, will act as Parisa\'s deputy": the deputy, named by the lead\'s first name', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur Lead Healthcare Scientist will be Dr Parisa Tehrani (parisa.tehrani@leedsth.nhs.uk).\n\nGwilym Roberts, Chief Biomedical Scientist, will act as Parisa's deputy and can be reached at gwilym.roberts@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role])).toEqual([
      ['Dr Parisa Tehrani', 'lead'],
      ['Gwilym Roberts', 'deputy'],
    ]);
  });

  it('"Please disregard my email nominating X ... will instead be Dr Y": only Y', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nPlease disregard my email of 16 September nominating Mr Colm Brady, who has since been seconded to the regional network.\n\nOur Lead Healthcare Scientist will instead be Dr Parisa Tehrani: parisa.tehrani@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Parisa Tehrani']);
    expect(e.supersedes).toBe(true);
  });
});

describe('after the thirty-fifth blind set (our own wording)', () => {
  const WRITER = 'Best wishes\n\nKwabena Mensah-Bonsu\nHead of Clinical Engineering\nLeeds Teaching Hospitals NHS Trust\nTel: 0113 496 0415';
  const FROM = 'Kwabena Mensah-Bonsu <kwabena.mensah-bonsu@leedsth.nhs.uk>';

  it('"Dr X has nominated me as the Trust\'s LHS" and "I have been appointed as Leeds\'s LHS": the writer, even with a question after', async () => {
    for (const said of [
      "Dr Helen Marsh, our Medical Director, has nominated me as the Trust's Lead Healthcare Scientist. Could you add me to the network's mailing list?",
      "I have been appointed as Leeds Teaching Hospitals' Lead Healthcare Scientist and look forward to the first meeting.",
    ]) {
      const e = await extractMail({ from: FROM, text: `Dear CSO team\n\n${said}\n\n${WRITER}\n\n${QUOTED_LETTER}` });
      expect(e.kind).toBe('nomination');
      expect(people(e)).toEqual([['Kwabena Mensah-Bonsu', 'lead', 'kwabena.mensah-bonsu@leedsth.nhs.uk']]);
    }
  });

  it('"X has asked me to act as the Trust\'s LHS, and I am happy to do so": the writer', async () => {
    const e = await extractMail({
      from: FROM,
      text: `Dear CSO team\n\nDr Helen Marsh has asked me to act as Leeds' Lead Healthcare Scientist, and I am glad to do so.\n\n${WRITER}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Kwabena Mensah-Bonsu', 'lead', 'kwabena.mensah-bonsu@leedsth.nhs.uk']]);
  });

  it('"he has agreed ... will send you his details on his return": someone is chosen, so not a sure "no name yet"', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nI asked Kofi whether he would take on the Lead Healthcare Scientist role and he has agreed. He is away until Monday and will send you his details then.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/reads like a nomination/);
  });

  it('"St Mary\'s Hospital" alone, from an nhs.net address: three trusts have a St Mary\'s Hospital at their headquarters, so a person chooses', async () => {
    const e = await extractMail({
      from: 'Tomasz Wrobel <tomasz.wrobel@nhs.net>',
      text: `Dear CSO team\n\nOur Lead Healthcare Scientist will be Mrs Aoife Brennan, Head of Blood Sciences (aoife.brennan@nhs.net).\n\nRegards\n\nDr Tomasz Wrobel\nMedical Director\nSt Mary's Hospital\n\n${QUOTED_LETTER}`,
    });
    expect(e.trust).toBeNull();
    expect(e.needsReview).toBe(true);
    expect(e.trustCandidates.map((t) => t.ods).sort()).toEqual(['R1F', 'RP1', 'RYJ']);
  });

  it('"the role will be shared jointly by A (...), and B (...)": both joint', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nIn Leeds the role will be shared jointly by Mrs Olamide Fashola, Blood Sciences Manager (olamide.fashola@leedsth.nhs.uk), and Mr Rhodri Vaughan, Head of Audiology (rhodri.vaughan@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Mrs Olamide Fashola', 'joint', 'olamide.fashola@leedsth.nhs.uk'],
      ['Mr Rhodri Vaughan', 'joint', 'rhodri.vaughan@leedsth.nhs.uk'],
    ]);
    expect(e.needsReview).toBe(false);
  });

  it('"we propose that the role be held jointly by:" with the two people on the lines below', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nHaving talked to the clinical directors, we propose that the role be held jointly by:\n\nMrs Olamide Fashola, Blood Sciences Manager - olamide.fashola@leedsth.nhs.uk - 0113 496 0520\nMr Rhodri Vaughan, Head of Audiology - rhodri.vaughan@leedsth.nhs.uk - 0113 496 0521\n\nOur retiring head of physics will help them settle in.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Mrs Olamide Fashola', 'joint', 'olamide.fashola@leedsth.nhs.uk'],
      ['Mr Rhodri Vaughan', 'joint', 'rhodri.vaughan@leedsth.nhs.uk'],
    ]);
  });

  it('"Until we recruit, I will hold the LHS role myself": the writer', async () => {
    const e = await extractMail({ from: FROM, text: `Dear CSO team\n\nWe have no consultant scientist at present. Until we recruit, I will hold the Lead Healthcare Scientist role myself.\n\n${WRITER}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Kwabena Mensah-Bonsu', 'lead', 'kwabena.mensah-bonsu@leedsth.nhs.uk']]);
  });

  it('"we would like to name Dr X, ..., as our LHS" and "Our LHS from 1 November will be Dr Y"', async () => {
    for (const [said, who] of [
      ['After some discussion we would like to name Dr Ilse Vermeulen, Consultant Clinical Scientist, as the Lead Healthcare Scientist for the Trust (ilse.vermeulen@leedsth.nhs.uk).', 'Dr Ilse Vermeulen'],
      ['Our Lead Healthcare Scientist from 1 November will be Dr Chidi Okafor (chidi.okafor@leedsth.nhs.uk), who then becomes Head of Scientific Services.', 'Dr Chidi Okafor'],
    ]) {
      const e = await extractMail({ text: `Dear CSO team\n\n${said}\n\n${SIG}\n\n${QUOTED_LETTER}` });
      expect(e.nominees.map((n) => n.name)).toEqual([who]);
    }
  });

  it('a table row "Deputy | TBC | TBC": nobody, and the lead in the row above stays the lead', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur response is below.\n\nRole | Name | Job title | Email\nLead | Dr Ilse Vermeulen | Head of Medical Physics | ilse.vermeulen@leedsth.nhs.uk\nDeputy | TBC | TBC | TBC\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Ilse Vermeulen', 'lead', 'ilse.vermeulen@leedsth.nhs.uk']]);
  });

  it('"we will not be nominating ... the LHS at the Royal is Dr X": someone else\'s LHS, so a person looks', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur scientific services come from the acute trust under contract, so we will not be nominating a Lead Healthcare Scientist of our own. For what it is worth, the Lead Healthcare Scientist at the acute trust is Dr Ngozi Eze (ngozi.eze@nhs.net).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('says it will not nominate, yet names someone');
  });

  it('"two questions before we nominate ... for the first meeting Dr X will be our LHS": not a sure nomination', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nTwo questions before we nominate. Is the role a Board-level one? May the person be employed by our pathology partner?\n\nFor the first meeting, Dr Ngozi Eze, Consultant Clinical Scientist (ngozi.eze@leedsth.nhs.uk), will be our Lead Healthcare Scientist.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('says the choice is still to be made, yet names someone');
  });

  it('"X has agreed to be our point of contact for the network" gives X no role', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nWe are still considering who should take the role. Dr Ngozi Eze has agreed to be our point of contact for the network in the meantime.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
  });

  it('"Until we appoint, Dr X has agreed to act as our LHS": an interim nomination, certain', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nUntil we appoint a new Head of Healthcare Science, Dr Ngozi Eze, Consultant Clinical Scientist, has agreed to act as our Lead Healthcare Scientist (ngozi.eze@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Ngozi Eze', 'lead', 'ngozi.eze@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"I have agreed to act as Claire\'s deputy. My details are below.": the writer is the deputy, with the number in their signature', async () => {
    const e = await extractMail({
      from: FROM,
      text: `Dear CSO team\n\nThe Trust's Lead Healthcare Scientist will be Claire Hollings, Head of Blood Sciences (claire.hollings@leedsth.nhs.uk; 0113 496 0264).\n\nI have agreed to act as Claire's deputy, so please include me too. My details are below.\n\n${WRITER}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.email, n.phone])).toEqual([
      ['Claire Hollings', 'lead', 'claire.hollings@leedsth.nhs.uk', '0113 496 0264'],
      ['Kwabena Mensah-Bonsu', 'deputy', 'kwabena.mensah-bonsu@leedsth.nhs.uk', '0113 496 0415'],
    ]);
  });

  it('"supported by Mr X, Head of ..., who has agreed to deputise for her": the deputy', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nI am pleased to nominate Dr Ngozi Eze, Head of Blood Sciences (ngozi.eze@leedsth.nhs.uk), as our Lead Healthcare Scientist. She will be supported by Mr Tom Hale, Head of Audiology, who has agreed to deputise for her (tom.hale@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Ngozi Eze', 'lead', 'ngozi.eze@leedsth.nhs.uk'],
      ['Mr Tom Hale', 'deputy', 'tom.hale@leedsth.nhs.uk'],
    ]);
  });

  it('"it\'ll be X: x@..." with her own address; not "it\'ll be Rich X" over richard.x@ (a short name for the one on record)', async () => {
    const ok = await extractMail({ text: `Hi\n\nit’ll be Sarah-Jane Whitfield, our Head of Healthcare Science: sarah-jane.whitfield@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(ok)).toEqual([['Sarah-Jane Whitfield', 'lead', 'sarah-jane.whitfield@leedsth.nhs.uk']]);
    const short = await extractMail({ text: `Hi\n\nEasy one: it'll be Rich Penhale. That's Dr Richard Penhale, Director of Genetics - richard.penhale@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(short.nominees.map((n) => n.name)).not.toContain('Rich Penhale');
    expect(short.needsReview).toBe(true);
  });

  it('"please record Dr X, ..., as the Trust\'s LHS" and "For Leeds please put down Dr Y"', async () => {
    for (const [said, who] of [
      ["With his agreement, please record Dr Miriam Osei, Head of Clinical Sciences, as the Trust's Lead Healthcare Scientist. Miriam can be contacted at miriam.osei@leedsth.nhs.uk.", 'Dr Miriam Osei'],
      ['Quick one before your deadline: for Leeds please put down Dr Ben Tregear, Head of Medical Physics. ben.tregear@leedsth.nhs.uk, 0113 496 0590.', 'Dr Ben Tregear'],
    ]) {
      const e = await extractMail({ text: `Hi\n\n${said}\n\n${SIG}\n\n${QUOTED_LETTER}` });
      expect(e.nominees.map((n) => n.name)).toEqual([who]);
    }
  });

  it('"I\'ve agreed to act as the LHS for Leeds": the writer', async () => {
    const e = await extractMail({ from: FROM, text: `Hello\n\nDr Osei asked me to pick this up directly. I've agreed to act as the Lead Healthcare Scientist for Leeds.\n\n${WRITER}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Kwabena Mensah-Bonsu', 'lead', 'kwabena.mensah-bonsu@leedsth.nhs.uk']]);
  });

  it('a list whose items start "for the hospital:" and "for community services:"', async () => {
    const e = await extractMail({
      text: `Hello\n\nWe have decided to split the LHS role between two people, who will work jointly:\n\n* for the hospital: Lucy Barraclough, Lead Biomedical Scientist - lucy.barraclough@leedsth.nhs.uk\n* for community services: Dr Yannis Georgiou, Principal Audiologist - yannis.georgiou@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Lucy Barraclough', 'joint', 'lucy.barraclough@leedsth.nhs.uk'],
      ['Dr Yannis Georgiou', 'joint', 'yannis.georgiou@leedsth.nhs.uk'],
    ]);
  });

  it('"Dr X, ..., is Leeds Teaching Hospitals\' Lead Healthcare Scientist" and "we asked Dr Y, ..., and she has said yes"', async () => {
    for (const [said, who] of [
      ["With effect from today, Dr Shreya Kulkarni, Consultant Clinical Scientist, is St James's University Hospital's Lead Healthcare Scientist. Email shreya.kulkarni@leedsth.nhs.uk.", 'Dr Shreya Kulkarni'],
      ["For the LHS role we asked Dr Priyanka Menon, Consultant Physicist at St James's, and she has said yes. Her email is priyanka.menon@leedsth.nhs.uk.", 'Dr Priyanka Menon'],
    ]) {
      const e = await extractMail({ text: `Dear CSO team\n\n${said}\n\n${SIG}\n\n${QUOTED_LETTER}` });
      expect(e.nominees.map((n) => n.name)).toEqual([who]);
    }
  });

  it('"I have copied in Kate, who has kindly agreed to be our LHS. She will be in touch": a nomination no rule can name, so review, not a sure "no name yet"', async () => {
    const e = await extractMail({ text: `Dear CSO team\n\nI have copied in Kate, who has kindly agreed to be our Lead Healthcare Scientist. She will be in touch to introduce herself.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('reads like a nomination but no name could be found');
  });

  it('"two colleagues who will hold the LHS role as a job share:" with a list: both joint', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nWe would like to nominate two colleagues who will hold the Lead Healthcare Scientist role as a job share:\n\n* Dr Samuel Achterberg, Consultant Clinical Scientist - samuel.achterberg@leedsth.nhs.uk\n* Dr Leah Morcombe, Consultant Clinical Scientist - leah.morcombe@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Samuel Achterberg', 'joint', 'samuel.achterberg@leedsth.nhs.uk'],
      ['Dr Leah Morcombe', 'joint', 'leah.morcombe@leedsth.nhs.uk'],
    ]);
  });

  it('"we have also asked Dr X, ..., to stand in for him": the deputy', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nMr Hamish Dunlop, Head of Clinical Engineering, is our Lead Healthcare Scientist (hamish.dunlop@leedsth.nhs.uk).\n\nWe have also asked Dr Kirsty Aldous, Principal Clinical Scientist, to stand in for him when he is away: kirsty.aldous@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Mr Hamish Dunlop', 'lead', 'hamish.dunlop@leedsth.nhs.uk'],
      ['Dr Kirsty Aldous', 'deputy', 'kirsty.aldous@leedsth.nhs.uk'],
    ]);
  });

  it('"The colleague we have agreed on is X", the role named in the paragraph before', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nThank you for your letter about Lead Healthcare Scientists. We asked our Healthcare Science Council to put forward a name.\n\nThe colleague we have agreed on is Clare Whitfield, Principal Audiological Scientist. Her email is clare.whitfield@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Clare Whitfield', 'lead', 'clare.whitfield@leedsth.nhs.uk']]);
  });

  it('"the person best placed is Dr X ... Would she be eligible? I will send our nomination when I hear back": a candidate, so review', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nThe person best placed to take on the Lead Healthcare Scientist role here is Dr Anita Shah, Consultant Chemical Pathologist (anita.shah@leedsth.nhs.uk). She is medically qualified rather than a registered scientist.\n\nWould she be eligible? I will send you our nomination as soon as I hear back.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('asks a question and says the answer will follow, yet names someone');
  });

  it('"Please accept Dr X as Leeds\' LHS", "Our LHS here at Leeds will be Mrs Y", "Z ... is happy to represent the Trust as LHS"', async () => {
    for (const [said, who] of [
      ["Please accept Dr Anne Whitfield as Leeds Teaching Hospitals' Lead Healthcare Scientist. Email: anne.whitfield@leedsth.nhs.uk", 'Dr Anne Whitfield'],
      ['Our LHS here at Leeds will be Mrs Teresa Goode, Pathology Services Manager (teresa.goode@leedsth.nhs.uk).', 'Mrs Teresa Goode'],
      ['Priyanka Venkataraman, Clinical Lead for Audiology, is happy to represent the Trust as Lead Healthcare Scientist: priyanka.venkataraman@leedsth.nhs.uk.', 'Priyanka Venkataraman'],
    ]) {
      const e = await extractMail({ text: `Dear CSO team\n\n${said}\n\n${SIG}\n\n${QUOTED_LETTER}` });
      expect(e.nominees.map((n) => n.name)).toEqual([who]);
    }
  });

  it('"The obvious candidate for the LHS role is X ... I will confirm our nomination once I have spoken to him": nobody chosen yet', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nThe obvious candidate for the Lead Healthcare Scientist role is Kieran Doyle, our Head of Cardiorespiratory Services (kieran.doyle@leedsth.nhs.uk), but he is on leave until the 17th. I will confirm our nomination once I have spoken to him.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.needsReview).toBe(true);
  });

  it('"Our LHS here at Hinchingbrooke will be X" from a reply that also names Peterborough in full: both trusts, so review', async () => {
    const e = await extractMail({
      from: 'Teresa Goode <teresa.goode@nhs.net>',
      text: `Dear CSO team\n\nOur LHS here at Hinchingbrooke will be Mrs Teresa Goode, Pathology Services Manager (teresa.goode@nhs.net).\n\nFrom April our pathology will be provided jointly with Peterborough and Stamford Hospitals NHS Foundation Trust.\n\nRegards\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/another trust named with the nomination: RQQ|two trusts/);
  });

  it('a heading "Lead Healthcare Scientist" or "Deputy" over "Name, job" and its Tel/Email lines', async () => {
    const e = await extractMail({
      text: `Good morning,\n\nOn behalf of Dr Fenwick please see below the Trust's nominations, as asked in your letter of September.\n\nLead Healthcare Scientist\nDr Chukwuemeka Obi, Head of Clinical Physiology\nTel: 0113 496 0731\nEmail: chukwuemeka.obi@leedsth.nhs.uk\n\nDeputy\nMs Halina Kowalczyk, Principal Clinical Scientist\nTel: 0113 496 0732\nEmail: halina.kowalczyk@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Chukwuemeka Obi', 'lead', 'chukwuemeka.obi@leedsth.nhs.uk'],
      ['Ms Halina Kowalczyk', 'deputy', 'halina.kowalczyk@leedsth.nhs.uk'],
    ]);
    expect(e.nominees.map((n) => n.jobTitle)).toEqual(['Head of Clinical Physiology', 'Principal Clinical Scientist']);
    expect(e.needsReview).toBe(false);
  });

  it('"Please find below the LHS nomination for <trust>." over a block with no colon before it', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nPlease find below the Lead Healthcare Scientist nomination for Leeds Teaching Hospitals NHS Trust.\n\nMr Eamon Fitzgerald-Byrne\nConsultant Clinical Scientist (Audiology)\nTel: 0113 496 0744\nEmail: eamon.fitzgerald-byrne@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Mr Eamon Fitzgerald-Byrne', 'lead', 'eamon.fitzgerald-byrne@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"Please see below my PA\'s details, should you need to reach me about the nomination." is no nominee block', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nWe will send our LHS nomination shortly. Please see below my PA's details, should you need to reach me about the nomination.\n\nMrs Sandra Whitlow\nPA to the Medical Director\nsandra.whitlow@leedsth.nhs.uk\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
  });

  it('"Mei Ling has kindly agreed to be our LHS" with meiling.chow@ in the quoted chain: the surname is missing, so review', async () => {
    const e = await extractMail({
      text: `Dear all,\n\nSee below - Mei Ling has kindly agreed to be Leeds' Lead Healthcare Scientist.\n\n${SIG}\n\nFrom: CHOW, Mei Ling (LEEDS TEACHING HOSPITALS NHS TRUST)\nSent: 20 September 2016 10:02\nSubject: RE: LHS\n\nHappy to do it.\n\nDr Mei Ling Chow\nConsultant Clinical Scientist\nmeiling.chow@nhs.net\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"X, whom I have copied in, will be in touch directly with her details": someone chosen, so review, not a sure "no name yet"', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nScience at Leeds is led by Professor Ewa Kaminska-Hart, our Director of Healthcare Science, whom I have copied in. She will be in touch with you directly with her details.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"I would expect the successful candidate to take on the LHS role" does not make the writer the LHS', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nNobody in post could take this on yet. We are recruiting a Head of Clinical Physiology and I would expect the successful candidate to take on the LHS role. I will come back to you once the post is filled.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.kind).toBe('no_nomination');
  });

  it('"Having discussed it at the Board, we have agreed that Dr X, ..., should take on the LHS role": decided, not weighed', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nHaving discussed this at the Executive Board, we have agreed that Dr Tomasz Wieczorek, Head of Medical Physics, should take on the LHS role.\n\nHis details: tomasz.wieczorek@leedsth.nhs.uk, 0113 496 0611.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Tomasz Wieczorek', 'lead', 'tomasz.wieczorek@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"we are still discussing whether Dr X should take on the LHS role" is weighed, not decided', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nWe are still discussing whether Dr Tomasz Wieczorek should take on the LHS role and will write again.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
  });

  it('"... passed me your letter about Lead Healthcare Scientists, as I will be taking on the role": the writer', async () => {
    const e = await extractMail({
      from: 'Okafor Chiamaka <chiamaka.okafor@leedsth.nhs.uk>',
      text: `Dear Colleagues,\n\nOur Medical Director has passed me your letter about Lead Healthcare Scientists and asked me to reply, as I will be taking on the role for Leeds.\n\nKind regards\n\nDr Chiamaka Okafor\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\nchiamaka.okafor@leedsth.nhs.uk\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Chiamaka Okafor', 'lead', 'chiamaka.okafor@leedsth.nhs.uk']]);
  });

  it('"... your letter about LHSs reached me as I will be taking on the role of Medical Director" is not the writer', async () => {
    const e = await extractMail({
      from: 'Okafor Chiamaka <chiamaka.okafor@leedsth.nhs.uk>',
      text: `Dear Colleagues,\n\nYour letter about Lead Healthcare Scientists reached me as I will be taking on the role of Medical Director next month. We will reply once I am in post.\n\nKind regards\n\nDr Chiamaka Okafor\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
  });

  it('"our Head of X, Lee Harrow, looks after ... and has agreed to take on the LHS role": two things said of one person', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nWe have few scientists, but our Clinical Engineering Manager, Kwame Asante, oversees all of our equipment standards and has agreed to take on the LHS role for the Trust. Kwame can be reached at kwame.asante@leedsth.nhs.uk or 0113 496 0412.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Kwame Asante', 'lead', 'kwame.asante@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"Kwame Asante runs the workshop with Dr Y and has agreed ...": another person in between, so a person decides', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nKwame Asante runs the workshop with Dr Ruth Ellery and has agreed to take on the LHS role.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => n.name)).not.toContain('Kwame Asante');
    expect(e.needsReview).toBe(true);
  });

  it('"please replace his name with that of Dr Y, Head of ...": Y, replacing the earlier nomination', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nLast month I nominated Dr Gareth Pryce as our Lead Healthcare Scientist. Gareth has since accepted a post elsewhere, so please replace his name with that of Dr Ilona Wiśniewska, Head of Blood Sciences.\n\nIlona's details are ilona.wisniewska@leedsth.nhs.uk and 0113 496 0455.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Ilona Wiśniewska', 'lead', 'ilona.wisniewska@leedsth.nhs.uk']]);
    expect(e.supersedes).toBe(true);
  });

  it('"Our LHS will be X - Karen\'s note below has his details": the address from the quoted note, not the other person\'s in it', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nOur LHS will be Hamid Karimi - Karen's note below has his details.\n\n${SIG}\n\nFrom: Karen Lowther\nSent: 30 September 2016 09:14\nTo: Alasdair Fenwick\nSubject: LHS candidates\n\nAlasdair - the two names we discussed:\n\nHamid Karimi, Head of Clinical Physics - hamid.karimi@leedsth.nhs.uk, 0113 496 0488\nBeatrix Holloway, Lead Biomedical Scientist - beatrix.holloway@leedsth.nhs.uk, 0113 496 0489\n\nKaren\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Hamid Karimi', 'lead', 'hamid.karimi@leedsth.nhs.uk']]);
  });

  it('"Our intention is to nominate Dr X ... I have not yet been able to speak to her" and "once I have spoken to Amaka": not yet chosen, so review', async () => {
    for (const after of ['She is away and I have not yet been able to speak to her.', 'I will confirm once I have spoken to Amaka.']) {
      const e = await extractMail({
        text: `Dear Fiona,\n\nOur intention is to nominate Dr Amaka Eze, Consultant Clinical Scientist (amaka.eze@leedsth.nhs.uk). ${after}\n\n${SIG}\n\n${QUOTED_LETTER}`,
      });
      expect(e.needsReview).toBe(true);
      expect(e.reasons.join(' ')).toMatch(/still to be made/);
    }
  });

  it('"Our LHS is Dr X ...; Dr Y is acting up in his place meanwhile": a stand-in no rule read, so review', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nOur LHS is Dr Rhodri Evans, Consultant Clinical Scientist (rhodri.evans@leedsth.nhs.uk). He is seconded to the regional network until spring, and Dr Yetunde Alabi is acting up in his place meanwhile.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"I think Kofi is the natural choice ... are you content for me to put your name forward?": a choice offered, so review, not a sure query', async () => {
    const e = await extractMail({
      text: `Dear colleagues,\n\nI think Kofi is the natural choice for this at Leeds. Kofi - are you content for me to put your name forward? If so, could you reply to all with your details?\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"Please put down Dr Okoro from Audiology as our LHS - his secretary will send the details": someone named, so review, not a sure "no name"', async () => {
    const e = await extractMail({
      text: `Hi,\n\nPlease put down Dr Okoro from Audiology as our LHS - his secretary will send over the full details.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"it\'s likely to be Dr X but I haven\'t been able to confirm with her": someone named, so review', async () => {
    const e = await extractMail({
      from: 'Fenwick Alasdair <alasdair.fenwick@leedsth.nhs.uk>',
      text: `Fiona - it's likely to be Dr Siobhan Mulcahy (Clinical Physics) but I haven't been able to confirm with her yet - she's away until the 21st. Will come back to you properly then.\n\nAlasdair\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"Dr Zhang Yiwen" with yiwen.zhang@: the address spells the name the other way round, so which is the surname is for a person', async () => {
    const e = await extractMail({
      text: `Fiona\n\nOur LHS will be Dr Zhang Yiwen, Principal Clinical Scientist. Email yiwen.zhang@leedsth.nhs.uk, tel 0113 496 0520.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/other way round/);
  });

  it('"forwarded to me by more than one of our partner trusts": one answer for several trusts, so review', async () => {
    const e = await extractMail({
      from: 'Pemberton Hugh <hugh.pemberton@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nYour letter was forwarded to me by more than one of our partner trusts, so to save you several replies: I would be happy to be named as Lead Healthcare Scientist for the pathology partnership.\n\nDr Hugh Pemberton, Clinical Director\nhugh.pemberton@leedsth.nhs.uk\n0113 496 0530\n\nBest wishes\n\nHugh\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"A quick update on the below: X starts maternity leave and Y will pick things up": the nomination quoted below is changed for a while, so review', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nA quick update on the below. Nia starts maternity leave next month and Tom will pick things up while she is away.\n\n${SIG}\n\nFrom: Fenwick Alasdair\nSent: 20 September 2016 10:00\nTo: CSO (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nOur LHS will be Dr Nia Howells (nia.howells@leedsth.nhs.uk, 0113 496 0540), with Mr Tom Byrne (tom.byrne@leedsth.nhs.uk) as her deputy.\n\nAlasdair\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"two of our scientists have offered to take this on ... I am happy for either or both ... could you advise?": someone found, so review, not a sure query', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nTwo of our senior scientists have both offered to take this on (see below). I am happy for either or both of them to be on your list. Could you advise whether a joint arrangement is allowed?\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"we have agreed a lead with two deputies" with only the lead read: review', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nWe have agreed a lead with two deputies. Our LHS will be Dr Tariq Aziz, Director of Healthcare Science (tariq.aziz@leedsth.nhs.uk, 0113 496 0994); the deputies are set out in the attached table.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('not a reply, but a colleague passing on a trust\'s mail about the LHS role that names people: review, not a sure "unrelated"', async () => {
    const e = await extractMail({
      from: 'Whitlock Joanne <joanne.whitlock@nhs.net>',
      subject: 'FW: Healthcare science lead',
      inReplyTo: null,
      text: `Logging this in the shared box - it came to me directly. Two names, and I am not clear which is the lead.\n\nJo\n\nFrom: ROWE, Tamsin (LEEDS TEACHING HOSPITALS NHS TRUST)\nSent: 06 October 2016 15:22\nTo: WHITLOCK, Joanne (NHS ENGLAND)\nSubject: Healthcare science lead\n\nHi Joanne,\n\nAs discussed, Dr Hendry and Mr Bielski will be taking forward the Lead Healthcare Scientist work for us.\n\nTamsin`,
    });
    expect(e.kind).toBe('unrelated');
    expect(e.needsReview).toBe(true);
  });

  it('"our preference would be for Dr X ... as our work goes through their laboratories ... a proposal": a person named, so review', async () => {
    const e = await extractMail({
      from: 'Fenwick Alasdair <alasdair.fenwick@leedsth.nhs.uk>',
      text: `Dear Fiona,\n\nThank you for your letter. We are a community trust and employ very few healthcare scientists, none of whom could take on the role you describe.\n\nOur preference would be for Dr Ruth Abernathy, who leads healthcare science at our neighbouring trust, to act as LHS for us as well, as most of our tests go through their laboratories. I have not yet discussed this with her, so please regard this as a proposal rather than a confirmed nomination. I will write again once I have spoken to her.\n\nKind regards,\n\nAlasdair\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('a reply from a closed trust\'s old mail domain, signed with its hospital\'s name: the trust that carries it on, not two trusts', async () => {
    const e = await extractMail({
      from: 'Okonkwo Chidi <chidi.okonkwo@wmuh.nhs.uk>',
      text: `Dear colleagues,\n\nOur Lead Healthcare Scientist is Efua Mensah-Bonsu, Pathology Services Manager.\n\nEfua's details:\nefua.mensah-bonsu@wmuh.nhs.uk\n020 7946 0748\n\nBest wishes\n\nChidi\n\nDr Chidi Okonkwo\nDeputy Medical Director\nWest Middlesex University Hospital\nTwickenham Road, Isleworth, Middlesex TW7 6AF\n\n${QUOTED_LETTER}`,
    });
    expect(e.trust?.ods).toBe('RQM');
    expect(e.reasons.join(' ')).not.toMatch(/two trusts/);
  });

  it('"Our LHS will be Dr X, but she is on maternity leave, so I\'ll cover as interim": the writer stands in, so review', async () => {
    const e = await extractMail({
      from: 'Bhatt Rohan <rohan.bhatt@leedsth.nhs.uk>',
      text: `Hi - quick reply as the MD is away. Our LHS will be Dr Ngozi Eze (Head of Audiology), but she is on maternity leave until March, so I'll cover as interim in the meantime. Ngozi's email is ngozi.eze@leedsth.nhs.uk\n\nRohan\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"we do not intend to do so ... Dr X is the LHS at our pathology provider": a decline that names someone else\'s LHS, so review', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nWe employ no healthcare scientists. I do not think it would be meaningful for us to identify an LHS, and we do not intend to do so.\n\nIf it helps, Dr Ilse Vandenberg is the LHS at our pathology provider and has offered to be a point of contact (ilse.vandenberg@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });
});

describe('eighth session: what six more blind sets showed (our own wording)', () => {
  it('an address that falls where the text read for a person would end is read whole, with the number after it', async () => {
    const opening = 'Hello,\n\nWe would like to nominate Dr Parveen Okafor, Head of Clinical Physics, as our Lead Healthcare Scientist.';
    const filler = ' She has led the department through two reorganisations and chairs the regional imaging group, and she is well known to colleagues across the network.'.repeat(3);
    // the 400th character after her name falls inside her address, after the @
    const lead = `${opening}${filler}`.slice(0, opening.indexOf('Okafor') + 'Okafor'.length + 366);
    const e = await extractMail({ text: `${lead} Her details: parveen.okafor@nhs.net, 0113 496 0456.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(people(e)).toEqual([['Dr Parveen Okafor', 'lead', 'parveen.okafor@nhs.net']]);
    expect(e.nominees[0]!.phone).toBe('0113 496 0456');
  });

  it('"I have not yet had the chance to speak to her" beside the name: the choice is still to be made, so review', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nI think Dr Nkechi Obi (nkechi.obi@leedsth.nhs.uk, 0113 496 0711) would be our Lead Healthcare Scientist, but I have not yet had the opportunity to speak to her about it.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Nkechi Obi', 'lead', 'nkechi.obi@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(true);
  });

  it('a writer who signs off with part of the name and gives it in full in the block below is recorded by the full name', async () => {
    const e = await extractMail({
      from: '"Raman Priya (LEEDS TEACHING HOSPITALS NHS TRUST)" <priyaanne.raman@leedsth.nhs.uk>',
      text: `Dear CSO team\n\nOur medical director has asked me to answer you myself: I can confirm that I will be the Trust's Lead Healthcare Scientist.\n\nBest wishes\n\nPriya Anne\n\nDr Priya Anne Raman\nConsultant Clinical Scientist (Immunology)\nLeeds Teaching Hospitals NHS Trust\nT: 0113 496 0870 | E: priyaanne.raman@leedsth.nhs.uk\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Priya Anne Raman', 'lead', 'priyaanne.raman@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('a writer who names themself and signs with given names only, from an address that also spells a surname: review', async () => {
    const e = await extractMail({
      from: '"Lim Xiu Ying (LEEDS TEACHING HOSPITALS NHS TRUST)" <xiuying.lim@leedsth.nhs.uk>',
      text: `Hello,\n\nI will be taking on the Lead Healthcare Scientist role for Leeds Teaching Hospitals.\n\nRegards\n\nXiu Ying\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/may be incomplete/);
  });

  it('"we replied to this last month": the answer is in an earlier message, so review; answers sent to someone else stay sure', async () => {
    const before = await extractMail({
      text: `Hi,\n\nWe replied to this on 6th October from the Medical Director's office - could you look for that before sending a reminder?\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(before.nominees).toEqual([]);
    expect(before.needsReview).toBe(true);
    expect(before.reasons.join(' ')).toMatch(/sent before/);
    const elsewhere = await extractMail({
      text: `Hi,\n\nWe provided the name of our Lead Healthcare Scientist to the regional workforce team in August, so please ask them for it.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(elsewhere.kind).toBe('no_nomination');
    expect(elsewhere.needsReview).toBe(false);
  });

  it('a question asked in the thread that does not speak of the request is no sure query; one about the network is', async () => {
    const other = await extractMail({
      text: `Hello\n\nApologies for using this thread. Who should we send our apprenticeship levy figures to this year? Our usual contact has moved on.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(other.kind).toBe('query');
    expect(other.needsReview).toBe(true);
    const network = await extractMail({
      text: `Hello\n\nWhen is the first meeting of the network planned, and where will it be held?\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(network.kind).toBe('query');
    expect(network.needsReview).toBe(false);
  });
});

describe('eighth session, second round (our own wording)', () => {
  it('a one-line answer "<Trust>: Dr X, job, address, phone" after "Morning," is the nomination', async () => {
    const e = await extractMail({
      text: `Morning,\n\nLeeds Teaching Hospitals NHS Trust: Dr Eilidh Rennie, Head of Medical Physics, eilidh.rennie@nhs.net, 0113 496 0331.\n\nThanks\n\nAlasdair\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Eilidh Rennie', 'lead', 'eilidh.rennie@nhs.net']]);
    expect(e.needsReview).toBe(false);
  });

  it('"X - known to all here as Y - will continue as our LHS": a dash aside between the name and the role words', async () => {
    const e = await extractMail({
      text: `Dear Fiona\n\nI can confirm that Temitope Adeyemi-Cole - known to everyone here as Tope - will continue as our Lead Healthcare Scientist. She can be reached on temitope.adeyemi-cole@leedsth.nhs.uk or 0113 496 0123.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Temitope Adeyemi-Cole', 'lead', 'temitope.adeyemi-cole@leedsth.nhs.uk']]);
  });

  it('"would like to put forward two colleagues who will share the role, Dr A (...) and Mrs B (...)": both, joint', async () => {
    const e = await extractMail({
      text: `Dear Ms Carragher\n\nLeeds would like to put forward two colleagues who will share the Lead Healthcare Scientist role between them, Dr Grace Hill (Head of Audiology) and Mrs Joy Marsh (Lead Respiratory Physiologist):\n\ngrace.hill@leedsth.nhs.uk 0113 496 0210 / joy.marsh@leedsth.nhs.uk 0113 496 0211\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Grace Hill', 'joint', 'grace.hill@leedsth.nhs.uk'],
      ['Mrs Joy Marsh', 'joint', 'joy.marsh@leedsth.nhs.uk'],
    ]);
  });

  it('"Dr X is our LHS ... my original email is below": the address that spells the whole name in the earlier mail is theirs', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nWe did answer on 21 September - my original email is below. Dr Rhiannon Pryce is our Lead Healthcare Scientist.\n\n${SIG}\n\nFrom: Fenwick Alasdair\nSent: 21 September 2016 09:12\nTo: CSO (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nDear Fiona, our Lead Healthcare Scientist is Dr Rhiannon Pryce, Consultant Clinical Scientist (rhiannon.pryce@leedsth.nhs.uk, 0113 496 0987).\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Rhiannon Pryce', 'lead', 'rhiannon.pryce@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(false);
  });

  it('"please disregard my email ... in which I put forward Dr X": X is not nominated by this reply', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nPlease disregard my email of 20 September in which I put forward Dr Colm Byrne as our Lead Healthcare Scientist. We will run an expression of interest first and I will let you know the outcome in November.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.kind).toBe('no_nomination');
  });

  it('"X has kindly offered and I think she would be excellent, but I need sign-off": no sure "no name yet"', async () => {
    const e = await extractMail({
      text: `Hi\n\nForwarding the below for information. Nadia has kindly offered and I think she would be excellent, but our MD is away until Monday and I will come back to you next week to confirm.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('no_nomination');
    expect(e.needsReview).toBe(true);
  });

  it('"happy for you to have me down as LHS for now": the writer is the nominee', async () => {
    const e = await extractMail({
      from: 'Owen Prothero <owen.prothero@leedsth.nhs.uk>',
      text: `Happy for Leeds to have me down as LHS for now - as MD I'll hold it until we appoint a new head of pathology.\n\nOwen\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Owen Prothero', 'lead', 'owen.prothero@leedsth.nhs.uk']]);
  });
});

describe('eighth session, third round (our own wording)', () => {
  it('the nominee, replying over the nomination quoted below, says she cannot take it on: review, not her nomination', async () => {
    const e = await extractMail({
      from: 'Dr Ruth Okafor <ruth.okafor@leedsth.nhs.uk>',
      text: `Dear CSO team\n\nI see from the message below that my name was sent to you as our Lead Healthcare Scientist. With my commitments to the genomics hub I am unable to take this on, and I have asked Dr Fenwick to think again.\n\nRuth\n\nFrom: Fenwick Alasdair\nSent: 22 September 2016 10:01\nTo: CSO (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nDear Fiona, I am pleased to nominate Dr Ruth Okafor, Consultant Clinical Scientist (ruth.okafor@leedsth.nhs.uk, 0113 496 0555), as our Lead Healthcare Scientist.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/declines/);
  });
});

describe('eighth session, deputies and people in view (our own wording)', () => {
  it('"we would also like Dr X, ..., to be recorded as her deputy"', async () => {
    const recorded = await extractMail({
      text: `Dear Fiona\n\nOur Lead Healthcare Scientist is Dr Priya Raman (priya.raman@leedsth.nhs.uk, 0113 496 0615), and we would also like Dr Tomasz Zielinski, Principal Clinical Scientist, to be recorded as her deputy. He can be reached at tomasz.zielinski@leedsth.nhs.uk.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(recorded)).toEqual([
      ['Dr Priya Raman', 'lead', 'priya.raman@leedsth.nhs.uk'],
      ['Dr Tomasz Zielinski', 'deputy', 'tomasz.zielinski@leedsth.nhs.uk'],
    ]);
    expect(recorded.needsReview).toBe(false);
  });

  it('the writer who takes the role and has asked Dr Y, ..., "to act as my deputy": both, and she keeps the number of her own signature', async () => {
    const e = await extractMail({
      from: 'Dr Hana Novak <hana.novak@leedsth.nhs.uk>',
      text: `Dear Fiona,\n\nI am happy to confirm that I will be the Trust's Lead Healthcare Scientist. I have asked Dr Kwame Mensah, Consultant Clinical Scientist, to act as my deputy; he can be reached at kwame.mensah@leedsth.nhs.uk or on 0113 496 0287.\n\nBest wishes\n\nDr Hana Novak\nDirector of Healthcare Science\nLeeds Teaching Hospitals NHS Trust\nhana.novak@leedsth.nhs.uk | 0113 496 0280\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => [n.name, n.role, n.phone])).toEqual([
      ['Dr Hana Novak', 'lead', '0113 496 0280'],
      ['Dr Kwame Mensah', 'deputy', '0113 496 0287'],
    ]);
  });

  it('"and his deputy, who will cover in his absence:" over the person\'s block', async () => {
    const e = await extractMail({
      text: `Dear CSO team\n\nOur nominee is:\n\nMr Ade Cole, Head of Clinical Engineering\nade.cole@leedsth.nhs.uk 0113 496 0733\n\nand his deputy, who will cover in his absence:\n\nMrs Kasia Nowak, Lead Clinical Physiologist\nkasia.nowak@leedsth.nhs.uk 0113 496 0741\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Mr Ade Cole', 'lead', 'ade.cole@leedsth.nhs.uk'],
      ['Mrs Kasia Nowak', 'deputy', 'kasia.nowak@leedsth.nhs.uk'],
    ]);
  });

  it('a labelled line "Deputy (St James\'s site): Mr X, ..." is the deputy', async () => {
    const e = await extractMail({
      text: `Dear Fiona\n\nLead Healthcare Scientist: Dr Priya Raman, Head of Cardiac Physiology, priya.raman@leedsth.nhs.uk, 0113 496 0615\n\nDeputy (St James's site): Mr Tomasz Zielinski, Chief Biomedical Scientist, tomasz.zielinski@leedsth.nhs.uk, 0113 496 0688\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([
      ['Dr Priya Raman', 'lead', 'priya.raman@leedsth.nhs.uk'],
      ['Mr Tomasz Zielinski', 'deputy', 'tomasz.zielinski@leedsth.nhs.uk'],
    ]);
  });

  it('"a lead and two deputies" with one deputy read: review', async () => {
    const e = await extractMail({
      text: `Dear Fiona\n\nWe will have a lead and two deputies, one for each site. Our Lead Healthcare Scientist is Dr Priya Raman (priya.raman@leedsth.nhs.uk, 0113 496 0615), with Mr Tomasz Zielinski (tomasz.zielinski@leedsth.nhs.uk) as her deputy.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.filter((n) => n.role === 'deputy')).toHaveLength(1);
    expect(e.needsReview).toBe(true);
  });

  it('"I\'ve asked Ngozi Eze in microbiology whether she would be willing ... once I\'ve spoken to her": someone in view, so review', async () => {
    const e = await extractMail({
      text: `Hi - sorry for the delay. I've asked Adaeze Okafor in haematology whether she would be willing and I think she will say yes. I'll confirm next week.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('no_nomination');
    expect(e.needsReview).toBe(true);
  });
});

describe('eighth session, more ways of saying who it is (our own wording)', () => {
  const one = async (sentence: string) =>
    people(await extractMail({ text: `Hello,\n\n${sentence}\n\n${SIG}\n\n${QUOTED_LETTER}` }));
  it('reads the nominee in each of these', async () => {
    expect(await one('Please take Dr Imogen Hale as our lead - imogen.hale@leedsth.nhs.uk')).toEqual([['Dr Imogen Hale', 'lead', 'imogen.hale@leedsth.nhs.uk']]);
    expect(await one('For Leeds the LHS will continue to be Dr Imogen Hale, Head of Medical Physics (imogen.hale@leedsth.nhs.uk).')).toEqual([['Dr Imogen Hale', 'lead', 'imogen.hale@leedsth.nhs.uk']]);
    expect(await one("I am pleased to confirm Leeds Teaching Hospitals' Lead Healthcare Scientist as Dr Imogen Hale, Head of Medical Physics, imogen.hale@leedsth.nhs.uk.")).toEqual([['Dr Imogen Hale', 'lead', 'imogen.hale@leedsth.nhs.uk']]);
    expect(await one('LHS for Leeds = Dr Imogen Hale (Head of Medical Physics) imogen.hale@leedsth.nhs.uk')).toEqual([['Dr Imogen Hale', 'lead', 'imogen.hale@leedsth.nhs.uk']]);
    expect(await one('Please could you instead record Dr Imogen Hale, Head of Medical Physics (imogen.hale@leedsth.nhs.uk), as our Lead Healthcare Scientist.')).toEqual([['Dr Imogen Hale', 'lead', 'imogen.hale@leedsth.nhs.uk']]);
    expect(await one('Dr Imogen Hale has been elected our Lead Healthcare Scientist by the Healthcare Science Board. Her address is imogen.hale@leedsth.nhs.uk.')).toEqual([['Dr Imogen Hale', 'lead', 'imogen.hale@leedsth.nhs.uk']]);
    expect(await one('Leeds: Lead Healthcare Scientist Dr Imogen Hale (Head of Medical Physics), deputy Mr Rhys Doyle (Principal Physicist). imogen.hale@leedsth.nhs.uk / rhys.doyle@leedsth.nhs.uk')).toEqual([
      ['Dr Imogen Hale', 'lead', 'imogen.hale@leedsth.nhs.uk'],
      ['Mr Rhys Doyle', 'deputy', 'rhys.doyle@leedsth.nhs.uk'],
    ]);
  });
  it('"our former Lead Healthcare Scientist Dr X" is no nominee', async () => {
    const e = await extractMail({ text: `Hello,\n\nOur former Lead Healthcare Scientist Dr Imogen Hale retired in June and we are still deciding on a successor; I will write again.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(e.nominees).toEqual([]);
  });
});

describe('eighth session, last round (our own wording)', () => {
  it('"I\'ve been asked by our MD to take on the LHS role ... could you add me to the network?": no sure query', async () => {
    const e = await extractMail({
      from: 'Bal Sandhu <bal.sandhu@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nI've been asked by our Medical Director to take on the LHS role for Leeds Teaching Hospitals and to let you know myself. Could you add me to the network, please?\n\nThanks\n\nBal\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/reads like a nomination/);
  });

  it('"Our MD has asked whether I would be willing to act as the Trust\'s LHS. Before I say yes ...": the writer is not the nominee yet', async () => {
    const e = await extractMail({
      from: 'Tomasz Lewandowski <tomasz.lewandowski@leedsth.nhs.uk>',
      text: `Hello,\n\nOur Medical Director has asked whether I would be willing to act as the Trust's Lead Healthcare Scientist. Before I say yes, could you tell me how much time the network meetings take?\n\nThanks\n\nTomasz Lewandowski\nPrincipal Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.kind).toBe('query');
  });
});

describe('ninth session, first round (our own wording)', () => {
  it('a nomination taken back lower down ("please ignore the above") is not sure', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nI would like to nominate Dr Kofi Mensah, Head of Audiology (kofi.mensah@leedsth.nhs.uk, 0113 496 0311), as our Lead Healthcare Scientist.\n\nKofi has just told me he is moving to a post in Sheffield in the spring, so please ignore the above; I will write again once we have a successor.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('the reply takes back what it said above');
  });

  it('"please remove him from your list" with no one named after it is not sure; a replacement named after it is', async () => {
    const taken = await extractMail({
      text: `Dear CSO team,\n\nFurther to our email nominating Dr Kofi Mensah (kofi.mensah@leedsth.nhs.uk, 0113 496 0311) as Lead Healthcare Scientist, I am sorry to say he leaves the Trust in December. Please remove him from your list; a new name will follow in the new year.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(taken.needsReview).toBe(true);
    expect(taken.supersedes).toBe(true);
    expect(taken.reasons).toContain('asks for someone to be taken off the list');
    const replaced = await extractMail({
      text: `Dear CSO team,\n\nPlease remove Dr Mensah from your list: he leaves the Trust in December. Our Lead Healthcare Scientist will instead be Mrs Bronwen Pugh, Head of Cardiac Physiology, bronwen.pugh@leedsth.nhs.uk, 0113 496 0312.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(replaced)).toEqual([['Mrs Bronwen Pugh', 'lead', 'bronwen.pugh@leedsth.nhs.uk']]);
    expect(replaced.supersedes).toBe(true);
    expect(replaced.needsReview).toBe(false);
  });

  it('a writer who was suggested and says no ("that I might be ... I am not able to take this on") is no nominee', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nOur Medical Director mentioned that I might be the Trust's Lead Healthcare Scientist. Thank you for thinking of me, but I am not able to take this on this year; he will write to you with another name.\n\nBest wishes\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.kind).toBe('no_nomination');
  });

  it('a named person who cannot take the role on keeps a nomination in review', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nOur Lead Healthcare Scientist is Dr Kofi Mensah, Head of Audiology (kofi.mensah@leedsth.nhs.uk, 0113 496 0311). Mrs Pugh, whom we asked first, is unable to take this on at present.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('the text says someone cannot take the role on');
  });

  it('"our MD has confirmed me as the Trust\'s LHS", inside a question, makes the writer the nominee', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Hello,\n\nWill the network meet in Leeds or London? Our Medical Director has confirmed me as Leeds Teaching Hospitals' Lead Healthcare Scientist, so I would like to plan ahead.\n\nThanks\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Ines Carvalho', 'lead', 'ines.carvalho@leedsth.nhs.uk']]);
  });

  it('a writer who has only heard they are to be named, and asks, is not a sure nominee', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Hello,\n\nI have been told by a colleague that I am to be put forward as our Lead Healthcare Scientist. Has a nomination reached you from Leeds? I am not sure whether a nomination has gone yet.\n\nThanks\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"I am happy to take this on ... my details are below" far apart makes the writer a candidate, never a sure "no name"', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear colleagues,\n\nI run the pathology network that serves Leeds and two neighbouring trusts. The medical directors have passed your letter to me, and we think one lead across the network makes sense, so I am happy to take this on. The other two trusts may still want leads of their own for physiological sciences, and I will let you know once their medical directors have decided; for the time being please treat this as the answer for Leeds, where I am employed, and I will confirm the rest in due course.\n\nMy details are below.\n\nRegards\n\nDr Ines Carvalho\nClinical Director, Pathology Network\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Ines Carvalho', 'lead', 'ines.carvalho@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(true);
  });

  it('"I am happy to take this on" with no details and no name read is no sure "no name yet"', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear colleagues,\n\nThe medical director passed your letter to me and I am happy to take this on, though he has not yet decided whether to ask the other site for a name as well. I will confirm when he has.\n\nRegards\n\nInes\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"Dr X has asked me to let you know he thinks it will be Mrs Y" is no sure "no name yet"', async () => {
    const e = await extractMail({
      text: `Good morning,\n\nDr Hughes has asked me to let you know that he thinks it will be Mrs Ifeoma Adeyemi-Lloyd, our Head of Blood Sciences, though he wants a word with her first. He will write again.\n\nKind regards\n\nJanet\nPA to the Medical Director\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/Ifeoma Adeyemi-Lloyd/);
  });

  it('a follow-up that drops the deputy from the nomination quoted below is no sure record of both', async () => {
    const e = await extractMail({
      from: 'Alasdair Fenwick <alasdair.fenwick@leedsth.nhs.uk>',
      text: `Hello again,\n\nPlease drop the deputy from my message below: Mr Lowe would rather not be listed. Dr Okafor remains our LHS.\n\nAlasdair\n\nFrom: Fenwick Alasdair\nSent: 22 September 2016 10:01\nTo: CSO (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nDear Fiona, I am pleased to nominate Dr Ruth Okafor, Consultant Clinical Scientist (ruth.okafor@leedsth.nhs.uk, 0113 496 0555), as our Lead Healthcare Scientist, with Mr Callum Lowe (callum.lowe@leedsth.nhs.uk) as her deputy.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });
});

describe('ninth session, third round (our own wording)', () => {
  const office = (org: string) =>
    extractMail({
      from: "Medical Director's Office <md.office@nhs.net>",
      text: `Dear CSO,\n\nOn behalf of the ${org} medical director, our Lead Healthcare Scientist is Dr Imogen Hale, Head of Medical Physics, imogen.hale@nhs.net, 0113 496 0101.\n\nRegards\n\nMedical Director's Office\n${org}\n\n${QUOTED_LETTER}`,
    });
  it('a trust named only by three initials, from an nhs.net office, is no sure trust', async () => {
    const e = await office('CUH');
    expect(people(e)).toEqual([['Dr Imogen Hale', 'lead', 'imogen.hale@nhs.net']]);
    expect(e.trust?.ods).toBe('RGT');
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/only by a three-letter acronym/);
  });

  it('four initials, or the trust written out, are sure', async () => {
    const four = await office('UHNM');
    expect(four.trust?.ods).toBe('RJE');
    expect(four.needsReview).toBe(false);
    const written = await office('Cambridge University Hospitals NHS Foundation Trust');
    expect(written.trust?.ods).toBe('RGT');
    expect(written.needsReview).toBe(false);
  });

  it('a nominee who writes "I need to withdraw ... please remove my name" over the nomination is no sure nominee', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nDr Fenwick has shown me his email naming me as Leeds Teaching Hospitals' Lead Healthcare Scientist. I am sorry, but I need to withdraw: I am moving to a post in Sheffield in January. Please remove my name from your list.\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind === 'nomination' && !e.needsReview).toBe(false);
  });

  it('"should I be recorded against one trust or both?" is an answer for more than one trust', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nI'm happy to be the Lead Healthcare Scientist. I run the pathology service we share with our neighbours, so I am not sure whether to be recorded for one trust or both - please let me know.\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('the reply speaks for more than one trust');
  });

  it('"Dr X\'s reply nominating me as the Leeds LHS has my name wrong": the writer is the nominee', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear colleagues,\n\nDr Fenwick's reply nominating me as the Leeds Teaching Hospitals LHS spells my surname wrongly. Could you correct it to Carvalho please?\n\nThanks\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Ines Carvalho', 'lead', 'ines.carvalho@leedsth.nhs.uk']]);
  });

  it('a nominee written by a nickname and in full ("Sandy Okafor (Dr Alexander Okafor, ...)") is for a person to name', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nOur nominee is Sandy Okafor (Dr Alexander Okafor, Head of Clinical Engineering). Sandy's email is sandy.okafor@leedsth.nhs.uk and his number is 0113 496 0431.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/also written as/);
  });
});

describe('ninth session, last round (our own wording)', () => {
  it('"Dr Sinead X" in the prose and "Dr Sinéad X" in the contact block: the name with its accents', async () => {
    const e = await extractMail({
      text: `Dear Fiona,\n\nDr Aine O'Sullivan has agreed to be our Lead Healthcare Scientist.\n\nContact details:\nDr Áine O'Sullivan, Consultant Clinical Scientist\naine.osullivan@leedsth.nhs.uk\n0113 496 0592\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([["Dr Áine O'Sullivan", 'lead', 'aine.osullivan@leedsth.nhs.uk']]);
  });

  it('"It will be Ngozi Eze, head of ... Details to follow" is no sure "no name yet"', async () => {
    const e = await extractMail({ text: `It will be Ngozi Eze, head of Microbiology. She is happy to do it. Details to follow from my PA.\n\n${SIG}\n\n${QUOTED_LETTER}` });
    expect(e.needsReview).toBe(true);
  });

  it('a writer who gives "my direct line is ..." and no one is read is no sure "no name"', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Hi,\n\nThanks for adding me to the list. The number Dr Fenwick gave is our department office; my direct line is 0113 496 0527, which is better for anything to do with the network.\n\nInes\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/own number/);
  });

  it('a nomination forwarded below that also names a deputy, read without one, is not sure', async () => {
    const e = await extractMail({
      from: 'Pat Quigley <pat.quigley@leedsth.nhs.uk>',
      text: `Dear Sir/Madam\n\nPlease see Dr Fenwick's nomination below.\n\nKind regards\n\nPat Quigley\nExecutive Assistant to the Medical Director\n\nFrom: Fenwick Alasdair\nSent: 22 September 2016 10:01\nTo: Quigley Pat\nSubject: LHS\n\nPat - please send this on: Dr Ruth Okafor (Consultant Clinical Scientist - ruth.okafor@leedsth.nhs.uk) will be our LHS, with Callum Lowe from Audiology as her deputy. Thanks, A\n\nAlasdair\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"the obvious candidates would be Dr X or Mrs Y, but neither has been asked" stays a sure "no name yet"', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nI will not put a name forward until I have spoken to our heads of department. The obvious candidates would be Dr Imran Shah (Head of Medical Physics) or Mrs Joanna Kowal (Blood Sciences Manager), but neither has been asked yet. I will come back to you by the end of October.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('no_nomination');
    expect(e.needsReview).toBe(false);
  });
});

// The fifth round of the tenth session (sets 127-132): a medical director covering a second
// organisation, and a question the writer says is about something else.
describe('who the writer speaks for, and what a question is about', () => {
  it('a medical director "also covering the MD role for" another organisation nominates for one of them: the trust is not sure', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nWhile the merger goes through I am covering the medical director duties for Wakefield community services alongside my own post. For those services I would like to nominate Mr Kofi Mensah-Boateng, Head of Respiratory Physiology (kofi.mensah-boateng@leedsth.nhs.uk, 0113 496 0650).\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Mr Kofi Mensah-Boateng', 'lead', 'kofi.mensah-boateng@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('the reply speaks for more than one trust');
  });

  it('"nothing to do with the nomination, which the MD is dealing with, but could you ...?" is no sure query about the request', async () => {
    const e = await extractMail({
      from: 'Tess Varga <tess.varga@leedsth.nhs.uk>',
      text: `Hello,\n\nThis is a separate query: not related to the LHS nomination, which our MD's office is dealing with. Is there a national logo for healthcare science we may use on posters? And who should we ask about the awards?\n\nThanks\n\nTess Varga\nEvents Co-ordinator\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/not about the LHS request itself/);
  });
});

// The sixth round (sets 133-138): nominees writing for themselves.
describe('a nominee writing about their own nomination', () => {
  it('"I have been asked by Dr X, our MD, to take on the role of LHS for Leeds, and I am happy to accept" then questions: the writer is the nominee', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nI have been asked by Dr Fenwick, our Medical Director, to take on the role of Lead Healthcare Scientist for Leeds Teaching Hospitals, and I am happy to accept. Two quick questions: is there protected time for it? Where will the meetings be?\n\nMy details: ines.carvalho@leedsth.nhs.uk, 0113 496 0400.\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Ines Carvalho', 'lead', 'ines.carvalho@leedsth.nhs.uk']]);
  });

  it('"the nomination was taken down wrongly as Agnes Carvell. My name is Dr Ines Carvalho - could you correct the list?" is no sure query', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Hello,\n\nThanks for adding me to the network list. I think the nomination from our MD was taken down wrongly as "Agnes Carvell". My name is Dr Ines Carvalho (ines.carvalho@leedsth.nhs.uk) - could you correct the list please?\n\nThanks\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind === 'nomination' || e.needsReview).toBe(true);
  });
});

// The seventh round (sets 139-144): a reminder's own covering note, and nominees saying or asking.
describe('a reminder quoted below, and a nominee who says or asks', () => {
  const REMINDER = `From: CSO (NHS ENGLAND) [mailto:england.cso@nhs.net]
Sent: 24 October 2016 09:12
To: Medical Director
Subject: Chasing: Lead Healthcare Scientists

Dear Colleague,

Our records show no reply yet from your organisation to the letter below. Would you be able to let us have your nominee's name, e-mail and phone number by the end of next week? Apologies if this crossed with your answer.

The letter is below.

Thanks, the CSO office

${QUOTED_LETTER.split('\n').slice(5).join('\n')}`;

  it('"please find attached our reply" with nothing attached, over a reminder that asks a question: no sure query', async () => {
    const e = await extractMail({ text: `Dear CSO team,\n\nPlease find attached our reply to your letter about Lead Healthcare Scientists.\n\n${SIG}\n\n${REMINDER}` });
    expect(e.kind === 'query' && !e.needsReview).toBe(false);
    expect(e.reasons.join(' ')).not.toMatch(/asks a question/);
  });

  it('"I have been nominated by our Medical Director, Dr X, to be Leeds Teaching Hospitals\' LHS": the writer is the nominee', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Hello\n\nI have been nominated by our Medical Director, Dr Alasdair Fenwick, to be Leeds Teaching Hospitals' Lead Healthcare Scientist and look forward to the first meeting.\n\nBest regards\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\nines.carvalho@leedsth.nhs.uk | 0113 496 0400`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Ines Carvalho', 'lead', 'ines.carvalho@leedsth.nhs.uk']]);
  });

  it('"Dr X asked me yesterday if I\'d take on the LHS role and I\'ve said yes": the writer is the nominee', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Hi - Dr Fenwick asked me yesterday if I'd take on the LHS role for Leeds Teaching Hospitals and I've said yes. My email is ines.carvalho@leedsth.nhs.uk.\n\nThanks\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust`,
    });
    expect(e.kind).toBe('nomination');
    expect(people(e)).toEqual([['Dr Ines Carvalho', 'lead', 'ines.carvalho@leedsth.nhs.uk']]);
  });

  it('"... which I take to mean I have been asked to be the LHS?" is asked, not said: no sure answer either way', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Hello,\n\nThe MD's office sent me your letter marked "please action", which I take to mean I have been asked to be the Lead Healthcare Scientist for Leeds Teaching Hospitals? Nobody has said so to me. Has the Trust already given you a name?\n\nThanks\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });
});

describe('an older answer passed on', () => {
  it('"See below - we sent this to HEE in July" over "our lead for healthcare science is Prof X": for a person, not a sure "unrelated"', async () => {
    const e = await extractMail({
      subject: 'FW: Science leads',
      inReplyTo: null,
      text: `See below - we gave this to the regional team in the summer and it still stands.\n\n${SIG}\n\nFrom: Fenwick Alasdair\nSent: 04 July 2016 09:30\nTo: 'regional.science@hee.nhs.uk'\nSubject: Science leads\n\nDear Maria,\n\nOur lead for healthcare science is Dr Ines Carvalho, Consultant Clinical Scientist, ines.carvalho@leedsth.nhs.uk, 0113 496 0400.\n\nBest wishes\nAlasdair\n`,
    });
    expect(e.needsReview).toBe(true);
  });
});

// The eighth round (sets 145-150).
describe('offers, acceptances and questions in fewer words', () => {
  it('"this isn\'t about the LHS nomination" before a question is no sure query about the request', async () => {
    const e = await extractMail({
      from: 'Tess Varga <tess.varga@leedsth.nhs.uk>',
      text: `Hello,\n\nThis isn't about the LHS nomination, sorry - I'm putting together our open day and wondered whether NHS England has leaflets on healthcare science careers we could order?\n\nThanks\n\nTess Varga\nEvents Co-ordinator\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('"Fine for me to be the LHS" from the nominee, details to follow: the writer is the nominee', async () => {
    const e = await extractMail({
      from: 'Carvalho Ines <ines.carvalho@leedsth.nhs.uk>',
      text: `OK - fine for me to be the LHS. I'll send my phone number tomorrow.\n\nInes\n\n${QUOTED_LETTER}`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => n.email)).toEqual(['ines.carvalho@leedsth.nhs.uk']);
  });

  it('"I am willing to do this for both ... how would you like to record it?" is no sure query', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nTwo trusts we serve have each asked me to act as their Lead Healthcare Scientist. I am willing to do this for both, but one of them has not yet confirmed in writing. How would you like to record it?\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });

  it('mail not threaded to the letter that speaks of the LHS and names "Mr X" as the lead is for a person, not a sure "unrelated"', async () => {
    const e = await extractMail({
      subject: 'FW: Science leads',
      inReplyTo: null,
      text: `Dear CSO team,\n\nIs the LHS the same thing as the science lead the deanery asked us for last year? If so, ours is Mr Tomasz Nowak, Head of Medical Physics, and the details we gave them still stand.\n\n${SIG}`,
    });
    expect(e.needsReview).toBe(true);
  });
});

// The ninth round (sets 151-156): corrections, pauses, departures and mail about something else.
describe('corrections, pauses and departures over an earlier nomination', () => {
  const EARLIER = `From: Fenwick Alasdair\nSent: 20 September 2016 10:00\nTo: CSO (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nDear CSO team,\n\nOur Lead Healthcare Scientist will be Dr Ines Carvalho, Consultant Clinical Scientist, ines.carvalho@leedsth.nhs.uk, 0113 496 0400.\n\nKind regards\nAlasdair\n\n${QUOTED_LETTER}`;

  it('"Dr X\'s address should be x@nhs.net and not the one I sent you": no sure record with the old address', async () => {
    const e = await extractMail({ text: `Dear CSO team,\n\nPlease see the note below - Dr Carvalho's address should be ines.carvalho@nhs.net and not the leedsth one I sent you. Apologies for my error.\n\n${SIG}\n\n${EARLIER}` });
    expect(e.kind === 'nomination' && !e.needsReview && e.nominees[0]?.email === 'ines.carvalho@leedsth.nhs.uk').toBe(false);
  });

  it('a new medical director asks for the nomination below to be put on hold: not sure', async () => {
    const e = await extractMail({ text: `Dear CSO team,\n\nI started as Medical Director this month. Please treat the nomination below as on hold while I talk to our scientific leads; I will confirm in December.\n\n${SIG}\n\n${EARLIER}` });
    expect(e.needsReview).toBe(true);
  });

  it('the nominee says "I will no longer be the Trust\'s LHS" when she leaves: she is not nominated again', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nI am leaving Leeds at the end of November, and from then I will no longer be the Trust's Lead Healthcare Scientist. Dr Fenwick will send you a new name in due course.\n\nKind regards\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400`,
    });
    expect(e.kind === 'nomination' && !e.needsReview).toBe(false);
    expect(e.nominees).toEqual([]);
  });

  it('"I have married and am now Dr X-Y; my new email address is ..." over the nomination: not sure', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho-Reid <ines.carvalho-reid@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nYou have me under my previous name (below). My new email address is ines.carvalho-reid@leedsth.nhs.uk; my phone is the same.\n\nBest wishes\n\nDr Ines Carvalho-Reid\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n\n${EARLIER}`,
    });
    expect(e.kind === 'nomination' && !e.needsReview).toBe(false);
  });

  it('"this isn\'t about that" beside "I have been nominated as our LHS" in mail about a conference: not sure', async () => {
    const e = await extractMail({
      from: 'Dr Ines Carvalho <ines.carvalho@leedsth.nhs.uk>',
      subject: 'RE: Genomics day - chairing',
      inReplyTo: null,
      text: `Hi Louise,\n\nYes, I'm happy to chair the afternoon session. I have been nominated by our Trust as LHS too, so I will see you at the launch, but that was sent separately and this isn't about that.\n\nBest\n\nDr Ines Carvalho\nConsultant Clinical Scientist\nLeeds Teaching Hospitals NHS Trust\n0113 496 0400`,
    });
    expect(e.kind === 'nomination' && !e.needsReview).toBe(false);
  });

  it('an out-of-office that says "Mrs X has agreed to take on the LHS role, contact her on ..." is for a person', async () => {
    const e = await extractMail({
      subject: 'Automatic reply: RE: Lead Healthcare Scientists (LHS)',
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: `I am away until Monday 17 October.\n\nIf you are writing about the Lead Healthcare Scientist request, Mrs Ngozi Adeyemi, Head of Audiology, has agreed to take this on and can be reached on ngozi.adeyemi@leedsth.nhs.uk.\n\nFor anything else please contact the Medical Director's office.`,
    });
    expect(e.kind).toBe('auto_reply');
    expect(e.needsReview).toBe(true);
  });
});

describe('a provisional nomination (eleventh session)', () => {
  const nominate = (sentence: string) =>
    extractMail({
      text: `Hello,\n\nOur Lead Healthcare Scientist will be Dr Oyelade Farquharson-Mbeki, Head of Cardiac Physiology (oyelade.farquharson-mbeki@leedsth.nhs.uk, 0113 496 0412). ${sentence}\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
  it('a nomination still to be ratified, agreed, or hanging on an answer stays in review', async () => {
    for (const sentence of [
      'This is subject to approval by the Trust Board on 3 November.',
      'It still has to be ratified by our Executive Committee.',
      'Assuming she agrees, that is our answer.',
      'I expect she will agree but will tell you if not.',
      'She has not yet confirmed that she is willing to take it on.',
      'Is a physiologist eligible? If so, please take this as our nomination.',
    ]) {
      const e = await nominate(sentence);
      expect(e.nominees.map((n) => n.name), sentence).toEqual(['Dr Oyelade Farquharson-Mbeki']);
      expect(e.needsReview, sentence).toBe(true);
      expect(e.reasons, sentence).toContain('says the nomination is provisional');
    }
  });
  it('a settled nomination with words near those stays sure', async () => {
    for (const sentence of ['The Board approved this at its meeting on 4 October.', 'She has agreed and is looking forward to it.']) {
      const e = await nominate(sentence);
      expect(e.needsReview, sentence).toBe(false);
    }
  });
  it('"provisionally ... subject to her agreement" keeps the nomination in review', async () => {
    const e = await extractMail({
      text: `Hello,\n\nFor now our Lead Healthcare Scientist would be Dr Temitope Awolowo-Grant, Consultant Clinical Scientist (temitope.awolowo-grant@leedsth.nhs.uk) - provisionally, as this is subject to her agreement.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(people(e)).toEqual([['Dr Temitope Awolowo-Grant', 'lead', 'temitope.awolowo-grant@leedsth.nhs.uk']]);
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('says the nomination is provisional');
  });
  it('"I have not yet had the chance to speak to Ruth" after naming her keeps it in review', async () => {
    const e = await extractMail({
      text: `Hello,\n\nOur LHS will be Dr Ruth Abernethy-Kaur, Head of Clinical Biochemistry (ruth.abernethy-kaur@leedsth.nhs.uk). I have not yet had the chance to speak to Ruth about it.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('says the nomination is provisional');
  });
});

describe('the writer refuses the words of taking it on (eleventh session)', () => {
  it('"please do not list me as the Trust\'s LHS yet" is no self-nomination', async () => {
    const e = await extractMail({
      from: 'Dr Ifeanyi Okorie-Blake <ifeanyi.okorie-blake@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nI would consider it, but the job plan is not settled, so please do not list me as the Trust's Lead Healthcare Scientist yet. The medical director will write formally.\n\nIfeanyi\n\nDr Ifeanyi Okorie-Blake\nHead of Blood Sciences\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees).toEqual([]);
    expect(e.kind).not.toBe('nomination');
  });
  it('"please list me as the Trust\'s LHS" still is one', async () => {
    const e = await extractMail({
      from: 'Dr Ifeanyi Okorie-Blake <ifeanyi.okorie-blake@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nOur medical director has asked me to reply: please list me as the Trust's Lead Healthcare Scientist.\n\nIfeanyi\n\nDr Ifeanyi Okorie-Blake\nHead of Blood Sciences\nifeanyi.okorie-blake@leedsth.nhs.uk\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Ifeanyi Okorie-Blake']);
  });
});

describe('answering for another trust (eleventh session)', () => {
  it('"at the request of Dr X, Medical Director of <another trust>" from one trust\'s staff is not sure of the sender\'s trust', async () => {
    const e = await extractMail({
      from: 'Kerry Oduya <kerry.oduya@sth.nhs.uk>',
      text: `Dear CSO team,\n\nI write at the request of Dr Hamish Llewellyn, Medical Director of Barnsley Hospital NHS Foundation Trust, whose scientific services we run.\n\nTheir Lead Healthcare Scientist will be Dr Ama Kwarteng-Hollis, Consultant Clinical Scientist (ama.kwarteng-hollis@sth.nhs.uk, 0114 496 0731).\n\nRegards\n\nKerry Oduya\nService Manager\nSheffield Teaching Hospitals NHS Foundation Trust\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Ama Kwarteng-Hollis']);
    expect(e.needsReview).toBe(true);
    expect(e.reasons.some((r) => /another trust named with the nomination/.test(r))).toBe(true);
  });
});

describe('a question over the earlier nomination quoted below (eleventh session)', () => {
  const earlier = `From: Jo Bloggs\nSent: 21 September 2016 09:12\nTo: CSO, England (NHS ENGLAND)\nSubject: RE: Lead Healthcare Scientists (LHS)\n\nDear CSO team,\n\nI am pleased to nominate Dr Yetunde Halloran-Birch, Consultant Clinical Scientist, as our Lead Healthcare Scientist: yetunde.halloran-birch@leedsth.nhs.uk, 0113 496 0518.\n\nJo Bloggs\n\n${QUOTED_LETTER}`;
  it('questions passed on for "our LHS (see my e-mail below)" do not make a sure nomination of the quoted one', async () => {
    const e = await extractMail({
      text: `Hello,\n\nOur LHS (see my e-mail below) wonders whether the network will meet outside London, and whether travel is funded centrally?\n\nThanks\n\n${earlier}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('read from an earlier message quoted below, and the reply itself asks a question');
  });
  it('"could you confirm you have it on file?" over the earlier answer below asks only about receipt', async () => {
    const e = await extractMail({
      text: `Hello,\n\nWe had your reminder, but we did reply on 21 September - my original e-mail is below. Could you confirm you have it on file?\n\nThanks\n\n${earlier}`,
    });
    expect(e.reasons).not.toContain('read from an earlier message quoted below, and the reply itself asks a question');
  });
});

describe('a new letter attached that replaces the earlier nominee (eleventh session)', () => {
  const letter = `Dear Ms Carragher,\n\nLead Healthcare Scientist\n\nFrom 1 January the Trust's Lead Healthcare Scientist will be Dr Wiktoria Abara-Lindgren, Head of Medical Physics, who can be reached at wiktoria.abara-lindgren@leedsth.nhs.uk or on 0113 496 0655.\n\nThis replaces the nomination of Mr Osagie Pemberton sent in September. Mr Pemberton has kindly agreed to serve as Dr Abara-Lindgren's deputy.\n\nYours sincerely,\n\nDr Miriam Stott\nMedical Director\n`;
  it('the attachment\'s "this replaces the nomination of" supersedes, and its deputy unread keeps it in review', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nPlease see the attached letter from our new Medical Director about the Trust's Lead Healthcare Scientist.\n\nKind regards,\nJo\n`,
      parts: [['text/plain; charset=utf-8; name="LHS letter.txt"\r\nContent-Disposition: attachment; filename="LHS letter.txt"', Buffer.from(letter).toString('base64')]],
    });
    // the lead alone: "serve as Dr Abara-Lindgren's deputy" is a deputy spoken of (titled and possessive) but not read
    expect(e.nominees.map((n) => [n.name, n.role])).toEqual([['Dr Wiktoria Abara-Lindgren', 'lead']]);
    expect(e.supersedes).toBe(true);
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('the text speaks of a deputy but none was read');
  });
});

describe('roles put right in the same reply (eleventh session)', () => {
  const reply = (fix: string) =>
    extractMail({
      text: `Dear CSO team,\n\nOur Lead Healthcare Scientist will be Dr Kelechi Ashdown-Yeo, Head of Audiology (kelechi.ashdown-yeo@leedsth.nhs.uk), and Mrs Dagny Holmqvist, Principal Clinical Scientist (dagny.holmqvist@leedsth.nhs.uk), will be her deputy.\n\n${fix}\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
  it('"sorry, I have these the wrong way round" after naming lead and deputy keeps it in review', async () => {
    const e = await reply('Sorry - having checked with them, I have these the wrong way round: Mrs Holmqvist leads and Dr Ashdown-Yeo deputises.');
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('says the roles are the other way round');
  });
  it('"my e-mail below had them the wrong way round" is about the earlier mail, not this one', async () => {
    const e = await reply('Apologies: my e-mail below had them the wrong way round.');
    expect(e.reasons).not.toContain('says the roles are the other way round');
  });
});

describe('one reply, two trusts each with its own answer; a lead still to be settled (eleventh session)', () => {
  it('"For <trust>, please record X. For <other trust>, please record Y." is not sure of one trust', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nOur two trusts share a pathology service, so I am replying for both.\n\nFor Leeds Teaching Hospitals, please record Dr Funmi Adeyemi-Clark, Consultant Clinical Scientist, funmi.adeyemi-clark@leedsth.nhs.uk, 0113 496 0701.\n\nFor Harrogate and District, please record Mr Piers Lanyon-Ebo, Head of Clinical Engineering, piers.lanyon-ebo@hdft.nhs.uk, 0113 496 0702.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.some((r) => /another trust named with the nomination/.test(r))).toBe(true);
  });
  it('"they will confirm who is to take the lead role" keeps a lead and deputy pair in review', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nOur Lead Healthcare Scientist and deputy will be Dr Funmi Adeyemi-Clark (funmi.adeyemi-clark@leedsth.nhs.uk) and Mr Piers Lanyon-Ebo (piers.lanyon-ebo@leedsth.nhs.uk); they will confirm who is to take the lead role next week.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.reasons).toContain('says who takes the lead is still to be settled');
  });
});

describe('one LHS for a group, a partnership or two trusts (eleventh session)', () => {
  const reply = (sentence: string) =>
    extractMail({
      text: `Dear CSO team,\n\n${sentence} I am pleased to nominate Dr Chinwe Oduya-Pratt, Director of Pathology (chinwe.oduya-pratt@leedsth.nhs.uk, 0113 496 0910), as Lead Healthcare Scientist.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
  it('says it speaks for more than one trust where it names one LHS for both, for the group or for the partnership', async () => {
    for (const sentence of [
      'Both medical directors have asked me to reply for our pathology network.',
      'The partners have agreed on a single nominee.',
      'We have agreed there should be one LHS across the group.',
      'She will be the LHS for both of our organisations.',
    ]) {
      const e = await reply(sentence);
      expect(e.needsReview, sentence).toBe(true);
      expect(e.reasons, sentence).toContain('the reply speaks for more than one trust');
    }
  });
  it('"the two medical directors agreed each trust will answer for itself" speaks for one', async () => {
    const e = await reply('We are due to merge next year, but the two medical directors have decided that each trust will answer for itself.');
    expect(e.reasons).not.toContain('the reply speaks for more than one trust');
  });
});

describe('who leads left to the two, a hold, a draft (eleventh session)', () => {
  const pair = (sentence: string) =>
    extractMail({
      text: `Dear CSO team,\n\nOur Lead Healthcare Scientist will be Dr Fenella Ugwu-Marsh (fenella.ugwu-marsh@leedsth.nhs.uk), with Mr Callum Treharne-Obi (callum.treharne-obi@leedsth.nhs.uk) as her deputy. ${sentence}\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
  it('"they will agree between themselves who takes which role" keeps it in review', async () => {
    const e = await pair('They will agree between themselves who takes which role and let you know.');
    expect(e.reasons).toContain('says who takes the lead is still to be settled');
  });
  it('"they will agree between them who attends network meetings" does not', async () => {
    const e = await pair('They will agree between them who attends network meetings.');
    expect(e.reasons).not.toContain('says who takes the lead is still to be settled');
  });
  it('"please hold off adding her until I confirm" and "attached is our draft return" keep it in review', async () => {
    expect((await pair('Please hold off adding them to the network until I confirm next week.')).reasons).toContain('asks for the nomination to be put on hold');
    expect((await pair('Attached is our draft return as well.')).reasons).toContain('says the nomination is provisional');
  });
});

describe('a nomination on a condition (eleventh session)', () => {
  const reply = (sentence: string) =>
    extractMail({
      text: `Dear CSO team,\n\nWe propose Mr Ruairi Adekunle-Shaw, Head of Clinical Engineering (ruairi.adekunle-shaw@leedsth.nhs.uk, 0113 496 0190), as our Lead Healthcare Scientist. ${sentence}\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
  it('"let me know if this would not be acceptable", "but only if", "depends on the answer" keep it in review', async () => {
    for (const sentence of [
      'He is not a registered scientist, so please let us know if that would not be acceptable.',
      'He will do it, but only if the trust funds a session a week.',
      'Whether he accepts depends on the answer to our question about funding.',
    ]) {
      const e = await reply(sentence);
      expect(e.reasons, sentence).toContain('says the nomination is provisional');
    }
  });
  it('"I would rather you didn\'t list me yet" from the one asked keeps it in review', async () => {
    const e = await extractMail({
      from: 'Dr Ifeanyi Okorie-Blake <ifeanyi.okorie-blake@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nOur medical director asked whether I would be the Trust's Lead Healthcare Scientist. I'm very happy to be put forward, but until my job plan is agreed I would rather you didn't list me or circulate my details.\n\nIfeanyi\n\nDr Ifeanyi Okorie-Blake\nHead of Blood Sciences\nifeanyi.okorie-blake@leedsth.nhs.uk\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
  });
});

describe('mail the writer says is not the answer (eleventh session)', () => {
  it('"please don\'t treat this e-mail as our response" beside a question on another subject is no sure query', async () => {
    const e = await extractMail({
      subject: 'Clinical placements for 2017 - who to ask?',
      inReplyTo: null,
      text: `Dear colleagues,\n\nWho at NHS England handles clinical placement funding for trainee physiologists? I know you are also forming a Lead Healthcare Scientist network: our Medical Director will be replying to your letter about it separately, so please do not treat this e-mail as our response.\n\nThanks\n\nPriyanka Oyedele-Hart\nEducation Lead, Healthcare Science\n`,
    });
    // unrelated, or a query in review: not a sure query about the request
    expect(e.kind === 'query' && !e.needsReview).toBe(false);
  });
});

describe('an answer only in an attachment, not threaded to the letter (eleventh session)', () => {
  const form = `Lead Healthcare Scientist: Dr Kasia Brennan-Oyelowo, Consultant Clinical Scientist\nE-mail: kasia.brennan-oyelowo@leedsth.nhs.uk\nTelephone: 0113 496 0377\n`;
  // (a disposition, so that mailparser keeps it apart from the body)
  const part: [string, string] = ['text/plain; charset=utf-8; name="reply.txt"\r\nContent-Disposition: attachment; filename="reply.txt"', Buffer.from(form).toString('base64')];
  it('a subject giving the letter\'s gateway reference ties the mail to the letter', async () => {
    const e = await extractMail({ subject: 'Gateway ref 05659 - our reply', inReplyTo: null, text: `Good afternoon,\n\nPlease find attached our reply.\n\nRegards\nJo\n`, parts: [part] });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Kasia Brennan-Oyelowo']);
  });
  it('"please find attached our response" with an attachment naming an LHS is a nomination for review, not sure unrelated mail', async () => {
    const e = await extractMail({ subject: 'Response', inReplyTo: null, text: `Good afternoon,\n\nPlease find attached our response on behalf of our Medical Director.\n\nRegards\nJo\n`, parts: [part] });
    expect(e.kind).toBe('nomination');
    expect(e.needsReview).toBe(true);
  });
});

describe('someone named who will not be the LHS (eleventh session)', () => {
  it('"Dr X, whom we named before, will stay our workforce lead but will not be the LHS", under a list of joint leads, keeps the reply in review', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nPlease disregard our earlier e-mail. We will have joint Lead Healthcare Scientists:\n\nDr Nkem Foley-Adams, Head of Clinical Engineering - nkem.foley-adams@leedsth.nhs.uk - 0113 496 0470\nMrs Ines Kowal-Brandt, Head of Audiology - ines.kowal-brandt@leedsth.nhs.uk - 0113 496 0471\n\nMr Padraig Osei-Walsh (padraig.osei-walsh@leedsth.nhs.uk), whom we named before, will remain our Workforce Lead but will not be the LHS.\n\n${SIG}\n\n${QUOTED_LETTER}`,
    });
    expect(e.needsReview).toBe(true);
    expect(e.nominees.map((n) => n.name)).toEqual(expect.arrayContaining(['Dr Nkem Foley-Adams', 'Mrs Ines Kowal-Brandt']));
  });
});
