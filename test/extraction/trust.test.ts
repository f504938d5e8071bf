import { describe, expect, it } from 'vitest';
import { buildTrustIndex, findTrustMentions, trustFromAddress } from '../../src/extraction/trust.js';
import { chooseTrust } from '../../src/extraction/trustChoice.js';
import { index } from './mail.js';

const odsIn = (text: string) => findTrustMentions(text, index).map((m) => m.ods);
const inputs = (over: Partial<Parameters<typeof chooseTrust>[0]>) => ({
  displayName: '', sender: '', subject: '', content: '', signature: '', attachments: [], nomineeEmails: [], ...over,
});

describe('trust names in text', () => {
  it('folds "&", "St.", apostrophes, "NHS FT" and case', () => {
    expect(odsIn('Guy’s & St. Thomas’ NHS FT')).toEqual(['RJ1']);
    expect(odsIn('GUYS AND SAINT THOMAS NHS FOUNDATION TRUST')).toEqual(['RJ1']);
    expect(findTrustMentions('Guys and St Thomas NHS Foundation Trust', index)[0]?.how).toBe('name');
  });
  it('does not need "of" or "and" where the list has them', () => {
    expect(odsIn('University Hospitals Leicester')).toEqual(['RWE']);
  });
  it('reads "Hospital" and "Hospitals" as one', () => {
    expect(odsIn('Leeds Teaching Hospital NHS Trust')).toEqual(['RR8']);
  });
  it('knows trusts by a name they had before a merger or rename', () => {
    const m = findTrustMentions('on behalf of Barts and The London NHS Trust', index);
    expect(m.map((x) => [x.ods, x.how])).toEqual([['R1H', 'former name']]);
  });
  it('a trust that closed before the letter, written in full, is the trust that carries its name on', () => {
    // the list still holds West Middlesex (RFW, closed 2015) and Torbay and Southern Devon (R1G, closed 2015)
    const wm = chooseTrust(inputs({ displayName: 'PATEL, Ravi (WEST MIDDLESEX UNIVERSITY HOSPITAL NHS TRUST)', signature: 'Ravi Patel\nSite Medical Director\nWest Middlesex University Hospital NHS Trust' }), index);
    expect([wm.ods, wm.sure]).toEqual(['RQM', true]);
    expect(findTrustMentions('Torbay and Southern Devon Health and Care NHS Trust', index).map((m) => [m.ods, m.how])).toEqual([['RA9', 'former name']]);
  });
  it('a trust that closed before the letter, with no successor known, is for a person to place', () => {
    const closed = buildTrustIndex([
      ...index.trusts,
      { ods: 'ZZ9', name: 'Upper Wensleydale Hospitals NHS Trust', postcode: null, opened: '1994-04-01', closed: '2014-03-31' },
    ]);
    const t = chooseTrust(inputs({ signature: 'Site Director\nUpper Wensleydale Hospitals NHS Trust' }), closed);
    expect([t.ods, t.sure]).toEqual(['ZZ9', false]);
    expect(t.reason).toMatch(/closed on 2014-03-31/);
  });
  it('a hospital at several trusts\' headquarters, written without "NHS Trust", may mean any of them', () => {
    const m = findTrustMentions("Head of Pathology, St Mary's Hospital", index);
    expect(m.map((x) => [x.ods, ...x.alsoMeans].sort())).toEqual([['R1F', 'RP1', 'RYJ']]);
    expect(findTrustMentions("St Mary's NHS Trust", index).map((x) => [x.ods, x.alsoMeans])).toEqual([['RYJ', []]]);
  });
  it('finds a misspelt "... NHS Trust" name within a small edit distance', () => {
    const m = findTrustMentions('the response from Nottingam Univeristy Hospitals NHS Trust', index);
    expect(m.map((x) => [x.ods, x.how])).toEqual([['RX1', 'misspelt name']]);
  });
  it('does not read a town in an address as the one-word trust named after it', () => {
    const town = findTrustMentions('Ladybridge Hall, Chorley New Road, Bolton', index);
    expect(town.filter((m) => m.how !== 'first word')).toEqual([]);
    expect(chooseTrust(inputs({ signature: 'Ladybridge Hall, Chorley New Road, Bolton' }), index).sure).toBe(false);
    expect(odsIn('Bolton NHS Foundation Trust')).toEqual(['RMC']);
  });
  it('takes a distinctive first word alone as a hint that cannot decide by itself', () => {
    const t = chooseTrust(inputs({ content: "Papworth's LHS is Dr A Person." }), index);
    expect([t.ods, t.sure]).toEqual(['RGM', false]);
  });
  it('keeps an acronym two trusts share open', () => {
    const small = buildTrustIndex([
      { ods: 'AAA', name: 'UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST', postcode: null, opened: null, closed: null },
      { ods: 'BBB', name: 'UNIVERSITY HOSPITALS BRISTOL NHS FOUNDATION TRUST', postcode: null, opened: null, closed: null },
    ]);
    const [m] = findTrustMentions("UHB's nomination", small);
    expect(m!.how).toBe('acronym');
    expect([m!.ods, ...m!.alsoMeans].sort()).toEqual(['AAA', 'BBB']);
  });
});

describe('trust from a mail address', () => {
  it('maps a trust domain and leaves shared and personal mail alone', () => {
    expect(trustFromAddress('a.person@leedsth.nhs.uk', index)?.ods).toBe('RR8');
    expect(trustFromAddress('a.person@nhs.net', index)).toBeNull();
    expect(trustFromAddress('someone@gmail.com', index)).toBeNull();
  });
  it('derives an unlisted domain from the trust name where it is spelt out', () => {
    expect(trustFromAddress('x@kettering.nhs.uk', index)).toEqual({ ods: 'RNQ', listed: false });
    expect(trustFromAddress('x@royalberkshire.nhs.uk', index)?.ods).toBe('RHW');
  });
});

describe('choosing the trust', () => {
  it('agreement between signature and domain is sure', () => {
    const t = chooseTrust(inputs({ sender: 'a@nbt.nhs.uk', signature: 'Medical Director\nNorth Bristol NHS Trust' }), index);
    expect([t.ods, t.sure]).toEqual(['RVJ', true]);
  });
  it('a neighbour mentioned in the text does not compete with the sender’s own trust', () => {
    const t = chooseTrust(
      inputs({
        sender: 'a@nbt.nhs.uk',
        signature: 'North Bristol NHS Trust',
        content: 'Our colleagues at University Hospitals Bristol NHS Foundation Trust will reply separately.',
      }),
      index,
    );
    expect([t.ods, t.sure]).toEqual(['RVJ', true]);
  });
  it('two trusts in the signature need a person, with both listed', () => {
    const t = chooseTrust(inputs({ signature: 'Medical Director, The Dudley Group NHS Foundation Trust\nInterim Medical Director, Walsall Healthcare NHS Trust' }), index);
    expect(t.sure).toBe(false);
    expect(t.candidates.sort()).toEqual(['RBK', 'RNA']);
    expect(t.reason).toMatch(/^two trusts named: /);
  });
  it('nothing to go on is not sure', () => {
    const t = chooseTrust(inputs({ sender: 'someone@gmail.com', content: 'Our lead is Dr A Person.' }), index);
    expect(t.ods).toBeNull();
    expect(t.sure).toBe(false);
  });
});
