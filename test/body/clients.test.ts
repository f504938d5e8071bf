import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/extraction/body/index.js';
import { readMessage } from '../../src/message/readMessage.js';
import { jsonLines, lhs } from '../helpers/cli.js';

// Replies in the exact quoting formats of the mail clients NHS staff use, with the text and
// signature a careful reader takes from each (fixtures/clients/NAME.expected.json).
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'clients');
const squash = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ''));

interface Expected {
  client: string;
  replyText: string;
  signature: string | null;
}

describe('readBody on real mail-client formats (compared with whitespace removed)', () => {
  const names = readdirSync(DIR).filter((f) => f.endsWith('.eml')).map((f) => f.slice(0, -4));
  it('has a fixture for each client the contract names', () => {
    for (const c of ['outlook-2003', 'outlook-2010', 'outlook-web', 'gmail', 'apple-mail', 'iphone', 'thunderbird', 'yahoo', 'aol', 'hotmail']) {
      expect(names).toContain(c);
    }
  });
  it.each(names)('%s', async (name) => {
    const want = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const body = readBody(await readMessage(readFileSync(join(DIR, `${name}.eml`))));
    expect(squash(body.replyText), `replyText of ${want.client}:\n${body.replyText}`).toBe(squash(want.replyText));
    expect(squash(body.signature), `signature of ${want.client}:\n${body.signature}`).toBe(squash(want.signature));
    // the quoted letter is kept for the other half of extraction, and kept out of the reply
    expect(body.quoted).toMatch(/Five Year Forward View/);
    expect(body.replyText).not.toMatch(/Five Year Forward View|Original Message|wrote:/);
  });
});

describe('lhs parse --json prints the same replyText and signature for every client', () => {
  it('matches each fixture\'s expected text through the whole pipeline', () => {
    const r = lhs(['parse', '--json', DIR]);
    expect(r.code).toBe(0);
    const lines = jsonLines<{ source: string; replyText: string; signature: string | null }>(r.stdout);
    expect(lines.length).toBe(readdirSync(DIR).filter((f) => f.endsWith('.eml')).length);
    for (const l of lines) {
      const want = JSON.parse(readFileSync(l.source.replace(/\.eml$/, '.expected.json'), 'utf8')) as Expected;
      expect(squash(l.replyText), l.source).toBe(squash(want.replyText));
      expect(squash(l.signature), l.source).toBe(squash(want.signature));
    }
  });
});
