import { describe, expect, it } from 'vitest';
import { extractMail, MD_SIGNATURE as SIG, QUOTED_LETTER } from './mail.js';

// the start of a real TNEF stream (signature 0x223E9F78, little-endian) and a few bytes more
const WINMAIL = Buffer.concat([Buffer.from([0x78, 0x9f, 0x3e, 0x22, 0x01, 0x00]), Buffer.from('\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00', 'latin1')]).toString('base64');
const TNEF_PART: [string, string] = ['application/ms-tnef; name="winmail.dat"\r\nContent-Disposition: attachment; filename="winmail.dat"', WINMAIL];

describe('attachments that could not be read', () => {
  it('a winmail.dat beside a complete nomination in the text: the reason is kept, no review forced', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nI am pleased to nominate Dr Priya Raman, Consultant Clinical Scientist, as our LHS (priya.raman@leedsth.nhs.uk, 0113 496 0123).\n\n${SIG}\n\n${QUOTED_LETTER}`,
      parts: [TNEF_PART],
    });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Priya Raman']);
    expect(e.reasons.join(' ')).toMatch(/winmail\.dat/);
    expect(e.needsReview).toBe(false);
  });

  it('a winmail.dat where the text says the answer is attached: a nomination for review, with the reason', async () => {
    const e = await extractMail({ text: `Dear CSO team,\n\nPlease find our response attached.\n\n${SIG}\n\n${QUOTED_LETTER}`, parts: [TNEF_PART] });
    expect(e.kind).toBe('nomination');
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/winmail\.dat/);
  });

  it('a winmail.dat beside a nomination without an e-mail: review, with the winmail reason', async () => {
    const e = await extractMail({ text: `Dear CSO team,\n\nI am pleased to nominate Dr Priya Raman as our LHS.\n\n${SIG}\n\n${QUOTED_LETTER}`, parts: [TNEF_PART] });
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/winmail\.dat/);
  });

  it('a .doc the text points to, beside a name in the text: review, with the attachment named', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nWe nominate Dr Priya Raman (priya.raman@leedsth.nhs.uk); the completed form is attached.\n\n${SIG}\n\n${QUOTED_LETTER}`,
      parts: [['application/msword; name="form.doc"\r\nContent-Disposition: attachment; filename="form.doc"', Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 not a real doc', 'latin1').toString('base64')]],
    });
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Priya Raman']);
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/form\.doc/);
  });

  it('a .docx form that cannot be opened (corrupt or password-protected), beside a name in the text: review', async () => {
    const e = await extractMail({
      text: `Dear CSO team,\n\nPlease find attached our completed form; our LHS is Dr Priya Raman (priya.raman@leedsth.nhs.uk).\n\n${SIG}\n\n${QUOTED_LETTER}`,
      parts: [['application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="LHS form.docx"\r\nContent-Disposition: attachment; filename="LHS form.docx"', Buffer.from('PK\x03\x04 broken zip, as an encrypted Office file reads to a zip reader', 'latin1').toString('base64')]],
    });
    expect(e.nominees.map((n) => n.name)).toEqual(['Dr Priya Raman']);
    expect(e.needsReview).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/LHS form\.docx/);
  });
});
