// The blind sets (fixtures/blind/NN): replies written by people who had not read the code, each
// with its label. Whatever the rules miss must go to review: no record marked certain may be
// wrong (the contract's confidentWrong). Run in one process through the real message and
// extraction stages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/extract.js';
import { readMessage } from '../../src/message/readMessage.js';
import { confidentMistakes, sameName, type Label } from '../helpers/labels.js';
import { index } from './mail.js';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'blind');
const sets = readdirSync(ROOT).filter((d) => /^\d+$/.test(d)).sort();

describe('the label comparison', () => {
  it('drops titles and post-nominals, turns "Surname, First" round, and lets a middle initial be missing', () => {
    expect(sameName('Dr Jane A. Smith PhD', 'Jane Smith')).toBe(true);
    expect(sameName('Okonkwo, Dr Chidi', 'Chidi Okonkwo')).toBe(true);
    expect(sameName('Prof Jane Ann Smith', 'Jane A Smith')).toBe(true);
    expect(sameName('Jane Smith', 'Jane Smyth')).toBe(false);
    expect(sameName('Mr Hamish Galbraith BEng', 'Hamish Galbraith')).toBe(false);
  });
});

describe('blind sets: no record marked certain is wrong', () => {
  it.each(sets)('set %s', async (set) => {
    const dir = join(ROOT, set);
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
    expect(files.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const f of files) {
      const label = JSON.parse(readFileSync(join(dir, f.replace(/\.eml$/, '.json')), 'utf8')) as Label;
      const out = extract(await readMessage(readFileSync(join(dir, f))), index);
      const mistakes = confidentMistakes(out, label);
      if (mistakes.length) wrong.push(`${set}/${f}: ${mistakes.join('; ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
