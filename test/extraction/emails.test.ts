import { describe, expect, it } from 'vitest';
import { emailMatches, findEmails } from '../../src/extraction/contacts.js';

// the pattern emailMatches windows around each "@"; matchAll over the whole text is the reference
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/g;
const all = (t: string) => [...t.matchAll(EMAIL)].map((m) => [m.index, m[0]]);
const windowed = (t: string) => [...emailMatches(t)].map((m) => [m.index, m[0]]);

describe('emailMatches', () => {
  it('finds what a search of the whole text finds, at the same places', () => {
    const long = 'x'.repeat(70);
    const cases = [
      'Dr Jane Smith <jane.smith@gstt.nhs.uk>, deputy ali.khan@nhs.net.',
      'a@b.co.uk.x@c.com',
      `${long}@nhs.net and a.${long}@nhs.net`,
      `u@${'d'.repeat(70)}.com a@b.${'e'.repeat(80)}`,
      'foo@bar foo@bar.baz@qux.org @@ x@y.z@w.v',
      'no address here at all',
    ];
    for (const t of cases) expect(windowed(t)).toEqual(all(t));
    // random text dense in "@", dots and the characters of a local part
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      let t = '';
      for (let n = Math.floor(rand() * 300); n > 0; n--) t += "aaaaZ9._-@ \n%+'"[Math.floor(rand() * 16)];
      expect(windowed(t)).toEqual(all(t));
    }
  });

  it('leaves the letter\'s own address out and reads the rest', () => {
    expect(findEmails('to england.cso@nhs.net from Jane.Smith@GSTT.nhs.uk').map((e) => e.address)).toEqual(['jane.smith@gstt.nhs.uk']);
  });
});
