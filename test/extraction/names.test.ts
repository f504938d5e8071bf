import { describe, expect, it } from 'vitest';
import { displayNameAsPerson, emailMatchesName, readNameAt } from '../../src/extraction/names.js';

const name = (t: string) => readNameAt(t, 0)?.name ?? null;

describe('names', () => {
  it('keeps titles and post-nominals as written', () => {
    expect(name('Professor Ngozi Okonkwo-Eze PhD FRCPath, Head of Genomics')).toBe('Professor Ngozi Okonkwo-Eze PhD FRCPath');
  });
  it('reads names a first-name list would miss', () => {
    expect(name('Venkatesh Subramanian will')).toBe('Venkatesh Subramanian');
    expect(name('Dr Adaeze Nwachukwu, Consultant')).toBe('Dr Adaeze Nwachukwu');
    expect(name('Mr Tadhg Ó Súilleabháin')).toBe('Mr Tadhg Ó Súilleabháin');
  });
  it('reads Mc/Mac surnames and lower-case particles', () => {
    expect(name('Professor Ian McAllister, Director')).toBe('Professor Ian McAllister');
    expect(name('Dr Anna van der Berg, Head')).toBe('Dr Anna van der Berg');
    expect(name('Luis da Silva will')).toBe('Luis da Silva');
  });
  it('reads initials before a surname', () => {
    expect(name('Dr S. J. Pemberton-Hale, Lead')).toBe('Dr S. J. Pemberton-Hale');
  });
  it('reads a name that is also a common word', () => {
    expect(name('Dr Hope Bishop, Head of Radiotherapy Physics')).toBe('Dr Hope Bishop');
    expect(name('Grace Fairweather, Chief Physiologist')).toBe('Grace Fairweather');
  });
  it('carries post-nominals wrapped to the next line, and a name after a title at a line end', () => {
    expect(name('Mrs Jo Anne Birch\nFHCS, Chief Physiologist')).toBe('Mrs Jo Anne Birch FHCS');
    expect(name('Dr\nKeziah Amoako, Head')).toBe('Dr Keziah Amoako');
  });
  it('does not read job titles, trusts or sentence openers as names', () => {
    expect(name('Head of Healthcare Science')).toBeNull();
    expect(name("St George's would like")).toBeNull();
    expect(name('Consultant Clinical Scientist')).toBeNull();
    expect(name('Dr Eames, who')).toBeNull(); // a surname alone is not enough
  });
  it('turns NHSmail display names round', () => {
    expect(displayNameAsPerson('OKAFOR, Chidi (SOME HOSPITALS NHS TRUST)')).toBe('Chidi Okafor');
  });
  it('leaves out the organisation after a bracketed code in a display name', () => {
    expect(displayNameAsPerson('Mensah Abena (RR8) Leeds Teaching Hospitals')).toBe('Mensah Abena');
  });
  it('compares an address with a name, accents folded', () => {
    expect(emailMatchesName('zoe.marchetti@x.nhs.uk', 'Dr Zoë Marchetti')).toBe(2);
    expect(emailMatchesName('z.marchetti2@nhs.net', 'Zoë Marchetti')).toBe(1);
    expect(emailMatchesName('pa.office@x.nhs.uk', 'Zoë Marchetti')).toBe(0);
    expect(emailMatchesName('r.k.mistry@nhs.net', 'Dr R. K. Mistry')).toBe(1);
    // same surname, another first name: a relative or colleague, not a match
    expect(emailMatchesName('jane.marchetti@x.nhs.uk', 'Zoë Marchetti')).toBe(0.5);
    // a given name written as its initial matches an address that spells it out with that letter
    expect(emailMatchesName('zoe.marchetti@x.nhs.uk', 'Dr Z Marchetti')).toBe(1);
    expect(emailMatchesName('jane.marchetti@x.nhs.uk', 'Dr Z Marchetti')).toBe(0.5);
    // a two-word given name read as a whole name: the address has the surname the name lacks
    expect(emailMatchesName('meiling.chow@nhs.net', 'Mei Ling')).toBe(0.5);
    expect(emailMatchesName('meiling.chow@nhs.net', 'Dr Mei Ling Chow')).toBe(2);
    // a double-barrelled surname still matches
    expect(emailMatchesName('ngozi.okafor-adeyemi@x.nhs.uk', 'Ngozi Okafor-Adeyemi')).toBe(2);
    // a short given name under an address that spells it in full: which to record is for a person
    // (the labelled sets record it both ways), so no sure match
    expect(emailMatchesName('benedict.osei@x.nhs.uk', 'Ben Osei')).toBe(0.5);
    // the first part of a hyphenated surname, as the address has it
    expect(emailMatchesName('ewa.nowak@x.nhs.uk', 'Dr Ewa Nowak-Lindqvist')).toBe(2);
    // (the second part alone is not taken as hers: a person decides)
    expect(emailMatchesName('ewa.lindqvist@x.nhs.uk', 'Dr Ewa Nowak-Lindqvist')).toBe(0.5);
    expect(emailMatchesName('ewa.novak@x.nhs.uk', 'Dr Ewa Nowak-Lindqvist')).toBe(0.5);
  });
});

describe('names against addresses, eighth session', () => {
  it('the Turkish dotless i spells an address\'s i', () => {
    expect(emailMatchesName('emre.yilmaz@leedsth.nhs.uk', 'Dr Emre Yılmaz')).toBe(2);
  });
});

describe('a shortened given name against the address (eighth session)', () => {
  it('an address that spells a longer given name than the one written is no sure match', () => {
    expect(emailMatchesName('tobiloba.bello@leedsth.nhs.uk', 'Tobi Bello')).toBe(0.5);
    expect(emailMatchesName('william.hartley@leedsth.nhs.uk', 'Will Hartley')).toBe(0.5);
  });
  it('two words run together, or a name split at its hyphen, still spell it', () => {
    expect(emailMatchesName('xiuying.lim@leedsth.nhs.uk', 'Xiu Ying Lim')).toBe(2);
    expect(emailMatchesName('aoife.nidhomhnaill-roche@leedsth.nhs.uk', 'Dr Aoife Ní Dhomhnaill-Roche')).toBe(2);
  });
});

describe('a specialty is not a person (eleventh session)', () => {
  it('two capitalised words naming a specialty, followed by ", who", are not read as a name', () => {
    expect(name('Physiological Measurement, who')).toBe(null);
    expect(name('Nuclear Medicine, who')).toBe(null);
    expect(name('Ophthalmic Imaging has')).toBe(null);
  });
  it('a nomination naming the nominee\'s specialty in capitals is not held back for it', async () => {
    const { extractMail, MD_SIGNATURE, QUOTED_LETTER } = await import('./mail.js');
    const e = await extractMail({
      text: `Dear colleagues,\n\nWe nominate Mrs Ifeoma Chukwu-Baines, Consultant Clinical Scientist in Nuclear Medicine, who has led the service since 2011. Her e-mail is ifeoma.chukwu-baines@leedsth.nhs.uk and her phone 0113 496 0311.\n\n${MD_SIGNATURE}\n\n${QUOTED_LETTER}`,
    });
    expect(e.nominees.map((n) => n.name)).toEqual(['Mrs Ifeoma Chukwu-Baines']);
    expect(e.reasons.filter((r) => /not read as a nominee/.test(r))).toEqual([]);
  });
});
