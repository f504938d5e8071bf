import { describe, expect, it } from 'vitest';
import { findEmails, findPhones } from '../../src/extraction/contacts.js';

const phones = (t: string) => findPhones(t).map((p) => p.text);

describe('phones', () => {
  it('finds UK numbers in their usual spellings, extensions kept', () => {
    expect(phones('Tel: 020 7946 0123 ext 4521')).toEqual(['020 7946 0123 ext 4521']);
    expect(phones('call 0161 496 0777 x219 or')).toEqual(['0161 496 0777 x219']);
    expect(phones('+44 (0)113 496 0100 (direct)')).toEqual(['+44 (0)113 496 0100']);
    expect(phones('direct line 01154960999.')).toEqual(['01154960999']);
  });
  it('keeps a number a mail client wrapped onto the next line', () => {
    expect(phones('his direct line is 0121\n496 0915.')).toEqual(['0121 496 0915']);
  });
  it('leaves out bleeps, fax numbers and internal extensions', () => {
    expect(phones('via switchboard, bleep 4471')).toEqual([]);
    expect(phones('Fax: 0113 496 0101 | Tel: 0113 496 0102')).toEqual(['0113 496 0102']);
    expect(phones('internal ext 4567')).toEqual([]);
  });
  it('marks mobiles', () => {
    expect(findPhones('Mob 07700 900123').map((p) => p.mobile)).toEqual([true]);
  });
  it('is quick on a long line of digits', () => {
    const t0 = performance.now();
    findPhones('0'.repeat(50_000) + ' 1'.repeat(20_000));
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('e-mails', () => {
  it('finds addresses, mailto targets included, and never the letter’s own address', () => {
    const t = 'Reach her at Ann Other<mailto:ann.other@example.nhs.uk> or reply to england.cso@nhs.net.';
    expect(findEmails(t).map((e) => e.address)).toEqual(['ann.other@example.nhs.uk']);
  });
  it('lower-cases and drops trailing punctuation', () => {
    expect(findEmails('Email: A.Person@Trust.NHS.UK.').map((e) => e.address)).toEqual(['a.person@trust.nhs.uk']);
  });
});
