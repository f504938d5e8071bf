import { describe, expect, it } from 'vitest';
import { buildTrustIndex, findTrustMentions, orgTokens } from '../../src/extraction/trust.js';
import { loadBundledTrusts } from '../../src/reference/ods.js';

// orgTokens finds words by char code; the reference is the regex it replaced
function reference(s: string) {
  const t = s.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/'s\b/g, '  ').replace(/'/g, ' ').replace(/&/g, 'a');
  return [...t.matchAll(/[a-z0-9\u00e0-\u024f]+/g)].map((m) => {
    const map: Record<string, string> = { saint: 'st', hospitals: 'hospital', centre: 'center' };
    const word = m[0] === 'a' && s[m.index] === '&' ? 'and' : (map[m[0]] ?? m[0]);
    return { word, index: m.index, end: m.index + m[0].length };
  });
}

describe('orgTokens', () => {
  it('gives the words, offsets and foldings the regex gave', () => {
    for (const s of [
      "Guy's and St Thomas’ NHS Foundation Trust",
      'Saint Helens & Knowsley Teaching Hospitals NHS Trust, Centre for X',
      'Çà et là: Ÿ ß ǅ İstanbul 2ND FLOOR; a & b',
      '',
      '&&& x',
    ]) {
      expect(orgTokens(s)).toEqual(reference(s));
    }
  });

  it('reads a possessive written without its apostrophe as the name ("Guys")', () => {
    const index = buildTrustIndex(loadBundledTrusts());
    const withApostrophe = findTrustMentions("Guy's and St Thomas' NHS Foundation Trust", index).map((m) => m.ods);
    expect(withApostrophe.length).toBeGreaterThan(0);
    expect(findTrustMentions('Guys and St Thomas NHS Foundation Trust', index).map((m) => m.ods)).toEqual(withApostrophe);
  });
});
