import { describe, expect, it } from 'vitest';
import { asciiTwin, isAscii } from '../../src/extraction/ascii.js';
import { NOMINATION_CUE } from '../../src/extraction/people/cues.js';
import { TRAILING_BLANKS } from '../../src/extraction/text.js';

const matches = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, m[0]]);

describe('asciiTwin', () => {
  const samples = [
    'We would like to nominate Dr Jane Smith as our Lead Healthcare Scientist.',
    'WE CAN PUT FORWARD our candidate; our nominee is below',
    'Our LHS will be Jane. The LHS is appointed by the board. LHS is 4',
    'Please find attached our nomination form. please find below the details of the response',
    'He has agreed to act as lead; they have agreed to take it',
    'I have now left the Trust. i left the building',
    'nothing here at all\n\nor here',
  ];

  it('matches as the Unicode pattern does on ASCII text', () => {
    const twin = asciiTwin(NOMINATION_CUE);
    for (const s of samples) {
      expect(isAscii(s)).toBe(true);
      expect(matches(twin, s)).toEqual(matches(NOMINATION_CUE, s));
    }
    const leftTrust = /\bI (?:have )?(?:now )?left (?:the )?\p{Lu}/iu;
    for (const s of samples) expect(matches(asciiTwin(leftTrust), s)).toEqual(matches(leftTrust, s));
    // under `iu`, \p{Lu} matches a lower-case letter too, and so does the twin
    expect(asciiTwin(leftTrust).exec('I left the building')?.[0]).toBe(leftTrust.exec('I left the building')?.[0]);
  });

  it('is not used on text with non-ASCII characters, and refuses patterns it cannot spell in ASCII', () => {
    expect(isAscii('Siân Llewelyn')).toBe(false);
    expect(isAscii('plain text\n')).toBe(true);
    // ſ (long s) matches "s" under iu: a pattern holding it has no ASCII twin
    expect(() => asciiTwin(/ſ/iu)).toThrow(/not twinned|does not spell/);
    expect(() => asciiTwin(/\p{Ll}/iu)).toThrow();
    expect(() => asciiTwin(/abc/i)).toThrow(/not a case-insensitive Unicode pattern/);
  });
});

describe('TRAILING_BLANKS', () => {
  it('removes what /[ \\t]+$/gm removes', () => {
    for (const s of ['a  \nb\t\n c \r\nd \u2028e\t \u2029f  ', '   ', 'no blanks\nat all', ' x \n\n \t', '', 'end\t', 'a \u2029b', 'a\t\rb', 'mid dle\n']) {
      expect(s.replace(TRAILING_BLANKS, '')).toBe(s.replace(/[ \t]+$/gm, ''));
    }
  });
});
