import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDisclaimers } from '../../src/extraction/body/disclaimer.js';
import { MAX_TEXT_CHARS, readBody } from '../../src/extraction/body/index.js';
import { splitQuoted } from '../../src/extraction/body/quotes.js';
import { splitSignature } from '../../src/extraction/body/signature.js';
import type { ParsedMessage } from '../../src/message/types.js';
import { readMessage } from '../../src/message/readMessage.js';

// the dev corpus sits beside the project (../shared), not in it: an extra check where it is there
const DEV_CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');

const message = (text: string | null, html: string | null = null): ParsedMessage => ({
  messageId: '<t@example>', inReplyTo: null, references: [], subject: 'RE: Lead Healthcare Scientists (LHS)', from: null, to: [], cc: [],
  date: null, headers: {}, contentType: 'text/plain', reportType: null, text, html, attachments: [], problems: [],
});

const LETTER = 'Dear Colleagues,\n\nLeadership is a key theme in the Five Year Forward View.\n\nYours sincerely,\n\nFiona Carragher\nDeputy Chief Scientific Officer';

describe('splitQuoted', () => {
  it.each([
    ['Outlook header block', `Our LHS is Dr A.\n\nFrom: CSO (NHS ENGLAND) [mailto:england.cso@nhs.net]\nSent: 13 September 2016 16:40\nTo: Smith John\nSubject: Lead Healthcare Scientists (LHS)\n\n${LETTER}`],
    ['Original Message', `Our LHS is Dr A.\n\n-----Original Message-----\nFrom: CSO\nSent: 13 September 2016\n\n${LETTER}`],
    ['Outlook for Mac header with Date', `Our LHS is Dr A.\n\nFrom: CSO <england.cso@nhs.net>\nDate: Tuesday, 13 September 2016 at 16:40\nTo: John Smith <j@x.nhs.uk>\nSubject: Lead Healthcare Scientists (LHS)\n\n${LETTER}`],
    ['GroupWise', `Our LHS is Dr A.\n\n>>> "CSO (NHS ENGLAND)" <england.cso@nhs.net> 13/09/2016 16:40 >>>\n${LETTER}`],
    ['Lotus Notes forward', `Our LHS is Dr A.\n\n----- Forwarded by Kevin Whitlock/Trust on 14/09/2016 10:02 -----\n\n${LETTER}`],
    ['Gmail forward', `Our LHS is Dr A.\n\n---------- Forwarded message ---------\nFrom: CSO <england.cso@nhs.net>\n\n${LETTER}`],
    ['Apple forward', `Our LHS is Dr A.\n\nBegin forwarded message:\n\nFrom: CSO <england.cso@nhs.net>\n\n${LETTER}`],
    ['attribution and > lines', `Our LHS is Dr A.\n\nOn 13 Sep 2016, at 16:40, CSO <england.cso@nhs.net> wrote:\n\n${LETTER.replace(/^/gm, '> ')}`],
    ['German attribution', `Our LHS is Dr A.\n\nAm 13.09.2016 um 16:40 schrieb CSO <england.cso@nhs.net>:\n\n${LETTER.replace(/^/gm, '> ')}`],
    ['attribution without "On"', `Our LHS is Dr A.\n\nCSO (NHS ENGLAND) <england.cso@nhs.net> wrote:\n\n${LETTER.replace(/^/gm, '> ')}`],
    ['attribution with unprefixed letter (Yahoo)', `Our LHS is Dr A.\n\nOn Tuesday, 13 September 2016, 16:40, CSO <england.cso@nhs.net> wrote:\n\n${LETTER}`],
  ])('%s', (_name, text) => {
    const { reply, quoted } = splitQuoted(text);
    expect(reply.trim()).toBe('Our LHS is Dr A.');
    expect(quoted).toContain('Five Year Forward View');
  });

  it('keeps a bottom-posted answer below the quoted letter (the letter quoted above the answer)', () => {
    const { reply, quoted } = splitQuoted(`On 13/09/2016 16:40, CSO wrote:\n${LETTER.replace(/^/gm, '> ')}\n\nOur LHS is Dr Ciara O'Neill.\n\nBest wishes,\nCiara`);
    expect(reply.trim()).toBe("Our LHS is Dr Ciara O'Neill.\n\nBest wishes,\nCiara");
    expect(quoted).toMatch(/^On 13\/09\/2016 16:40, CSO wrote:\n> Dear Colleagues,/);
  });

  it('leaves an answer typed into the quoted letter in `quoted`, unprefixed, for the field reader', () => {
    const text = `Please see our answer inline below.\n\n-----Original Message-----\nFrom: CSO\nSent: 13 September 2016 16:40\nTo: X\nSubject: LHS\n\n> Could you please confirm their name.\n[ALDER HEY] Yes - Dr Farah Siddiqui\n> We look forward to receiving your response.`;
    const { reply, quoted } = splitQuoted(text);
    expect(reply.trim()).toBe('Please see our answer inline below.');
    expect(quoted.split('\n')).toContain('[ALDER HEY] Yes - Dr Farah Siddiqui');
  });

  it('does not take prose ending in "wrote:" for an attribution', () => {
    expect(splitQuoted('As our Medical Director wrote:\n\nDr Jane Smith will lead.').reply).toBe('As our Medical Director wrote:\n\nDr Jane Smith will lead.');
  });

  it('does not take a "From:" line in the reply for a header block', () => {
    expect(splitQuoted('From: April, Dr Kinsella takes over.\nTo: be confirmed.').quoted).toBe('');
  });
});

describe('removeDisclaimers', () => {
  it('removes legal footers and NHSmail boilerplate, keeps the signature written right above them', () => {
    const text = 'Regards\n\nDr A Jones\nMedical Director\nThis e-mail and any attachment are confidential. If you are not the intended recipient, delete it.\n\nNHSmail is the secure email and directory service available for all NHS staff\n\nSent from my iPhone';
    expect(removeDisclaimers(text)).toBe('Regards\n\nDr A Jones\nMedical Director');
    expect(removeDisclaimers('Dr A Jones\n[cid:image001.png@01D20F3A.2B8C5D40]\n[Trust logo]\n[Description: Description: cid:image002.jpg]')).toBe('Dr A Jones');
  });

  it('keeps a sentence that only mentions confidentiality once', () => {
    const text = 'I will keep the shortlist confidential until the Board has met.';
    expect(removeDisclaimers(text)).toBe(text);
  });
});

describe('splitSignature', () => {
  it('puts the block after the sign-off in the signature, keeps the sign-off in the text', () => {
    expect(splitSignature('Our LHS is Dr B.\n\nKind regards,\n\nDr A Jones\nMedical Director\nTel: 0113 496 0102')).toEqual({
      text: 'Our LHS is Dr B.\n\nKind regards,', signature: 'Dr A Jones\nMedical Director\nTel: 0113 496 0102', signatureFound: 'sign-off',
    });
  });

  it('keeps the medical director\'s signature below a one-line nomination out of the text', () => {
    const s = splitSignature('Dr Jane Smith, Head of Pathology, will be our LHS.\n\nDr Peter Long\nMedical Director\nExample NHS Trust\nTel: 0113 496 0999');
    expect(s.text).toBe('Dr Jane Smith, Head of Pathology, will be our LHS.');
    expect(s.signature).toBe('Dr Peter Long\nMedical Director\nExample NHS Trust\nTel: 0113 496 0999');
    expect(s.signatureFound).toBe('trailing-block');
  });

  it('knows a name with lower-case particles as the start of a signature block', () => {
    const s = splitSignature('Our LHS is Dr B.\n\nDr Jan van der Berg\nMedical Director\nExample NHS Trust');
    expect(s.signature).toBe('Dr Jan van der Berg\nMedical Director\nExample NHS Trust');
  });

  it('keeps a pasted contact block above the sign-off in the text (it is the nominee\'s)', () => {
    const s = splitSignature('Her details are below.\n\nDr Priya Raman PhD\nConsultant Clinical Biochemist\nTel: 0121 496 0733\n\nMany thanks,\n\nMarcia Okwuosa\nExecutive Assistant');
    expect(s.text).toContain('Dr Priya Raman PhD');
    expect(s.signature).toBe('Marcia Okwuosa\nExecutive Assistant');
  });

  it.each([
    'Our nominee is:',
    'Our Lead Healthcare Scientist will be',
    'We would like to nominate the following.',
    'Her details are below.',
  ])('does not take a contact block announced by "%s" for a signature', (lead) => {
    const s = splitSignature(`${lead}\n\nDr Jane Smith\nConsultant Clinical Scientist\njane.smith@example.nhs.uk`);
    expect(s.signature).toBeNull();
    expect(s.text).toContain('Dr Jane Smith');
  });

  it('reads "-- " as the start of a signature, and a sign-off with the name on its line', () => {
    expect(splitSignature('Our LHS is Dr B.\n\n-- \nDr A Jones\nMedical Director')).toMatchObject({ text: 'Our LHS is Dr B.', signature: 'Dr A Jones\nMedical Director', signatureFound: 'dashes' });
    expect(splitSignature('Our LHS is Dr B.\n\nThanks, Rob')).toMatchObject({ text: 'Our LHS is Dr B.\n\nThanks', signature: 'Rob' });
  });

  it('does not hide a P.S. or an afterthought below the sign-off in the signature', () => {
    const s = splitSignature('Our LHS is Dr B.\n\nMany thanks,\nDr A Jones\n\nP.S. Our deputy will be Dr Y (y@example.nhs.uk).');
    expect(s.signature).toBeNull();
    expect(s.text).toContain('P.S. Our deputy will be Dr Y');
  });

  it('keeps an organisation\'s tagline in the signature', () => {
    const s = splitSignature('Our LHS is Dr B.\n\nKind regards\n\nDr A Jones\nMedical Director\n\nWe are a smoke-free trust and proud of it.\nOur vision is outstanding care for every patient, every time.');
    expect(s.signature).toBe('Dr A Jones\nMedical Director\n\nWe are a smoke-free trust and proud of it.\nOur vision is outstanding care for every patient, every time.');
  });

  it('leaves a text with no signature alone', () => {
    expect(splitSignature('Can you send the role descriptor? It was not attached.')).toEqual({
      text: 'Can you send the role descriptor? It was not attached.', signature: null, signatureFound: null,
    });
  });
});

describe('readBody', () => {
  it('prefers the HTML part when only a link target holds an address', () => {
    const text = 'Our LHS is Dr Sophie Achterberg (Sophie Achterberg).\n\nRegards\nTristan';
    const html = '<p>Our LHS is Dr Sophie Achterberg (<a href="mailto:sophie.achterberg@chelwest.nhs.uk">Sophie Achterberg</a>).</p><p>Regards<br>Tristan</p>';
    const body = readBody(message(text, html));
    expect(body.source).toBe('html');
    expect(body.replyText).toContain('Sophie Achterberg <sophie.achterberg@chelwest.nhs.uk>');
    expect(readBody(message(text.replace('(Sophie Achterberg)', '(sophie.achterberg@chelwest.nhs.uk)'), html)).source).toBe('text');
  });

  it('prefers the HTML part when the sender\'s part has a table, so a row stays one line', () => {
    const text = 'Our nomination:\n\nName\nEmail\n\nDr Jane Smith\njane.smith@example.nhs.uk\n\nRegards\nTom';
    const html = '<p>Our nomination:</p><table><tr><td>Name</td><td>Email</td></tr><tr><td>Dr Jane Smith</td><td>jane.smith@example.nhs.uk</td></tr></table><p>Regards<br>Tom</p>';
    const body = readBody(message(text, html));
    expect(body.source).toBe('html');
    expect(body.replyText).toContain('Name | Email\nDr Jane Smith | jane.smith@example.nhs.uk');
    expect(readBody(message('This message is in HTML format.', html)).source).toBe('html');
  });

  it('writes Outlook\'s "text<mailto:...>" as "text <address>", once where the text is the address', () => {
    const body = readBody(message('Email mark.bishop@nhs.net<mailto:mark.bishop@nhs.net> or Sophie<mailto:s.a@nhs.net>.'));
    expect(body.replyText).toBe('Email mark.bishop@nhs.net or Sophie <s.a@nhs.net>.');
  });

  it('takes the signature block a client marks in its HTML (Outlook on the web div#Signature) even with no sign-off', () => {
    const html = '<div>Our LHS is Dr Jane Smith, Head of Pathology.</div><div id="Signature"><div>Dr Peter Long<br>Medical Director</div></div>';
    expect(readBody(message(null, html))).toMatchObject({ replyText: 'Our LHS is Dr Jane Smith, Head of Pathology.', signature: 'Dr Peter Long\nMedical Director', signatureFound: 'dashes' });
  });

  it('gathers what could not be read into `problems`', () => {
    const msg = message('See attached.');
    msg.problems.push('the multipart message does not close its last boundary (truncated?)');
    msg.attachments.push({ filename: 'winmail.dat', contentType: 'application/ms-tnef', size: 10, text: null, problem: 'winmail.dat (TNEF) not decoded: x' });
    expect(readBody(msg).problems).toEqual(['the multipart message does not close its last boundary (truncated?)', 'winmail.dat (TNEF) not decoded: x']);
  });

  it('lets the HTML\'s quote marker decide when the plain part shows no quote it knows', () => {
    const text = 'Our LHS is Dr Jane Smith.\n\nRegards\nTom\n\nVan: CSO\nVerzonden: 13 september 2016\n\nDear Colleagues,';
    const html = '<p>Our LHS is Dr Jane Smith.</p><p>Regards<br>Tom</p><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg"><b>Van:</b> CSO<br><b>Verzonden:</b> 13 september 2016</div><p>Dear Colleagues,</p>';
    const body = readBody(message(text.replace('Van:', 'Afzender:').replace('Verzonden:', 'Gestuurd:'), html));
    expect(body.source).toBe('html');
    expect(body.replyText).toBe('Our LHS is Dr Jane Smith.\n\nRegards');
    expect(body.quoted).toContain('Dear Colleagues,');
  });

  it('finds the Outlook quote block inside a layout table', () => {
    const html = '<table><tr><td><p>Our LHS is Dr Jane Smith.</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> CSO<br><b>Sent:</b> 13 September 2016</p></div><p>Dear Colleagues,</p></td></tr></table>';
    const body = readBody(message(null, html));
    expect(body.replyText).toBe('Our LHS is Dr Jane Smith.');
    expect(body.quoted).toMatch(/^From: CSO Sent: 13 September 2016 Dear Colleagues,$/);
  });

  it('renders HTML tables a row to a line with cells apart', () => {
    const html = '<p>Our nomination:</p><table><tr><td>Name</td><td>Dr Jane Smith</td></tr><tr><td>Email</td><td>jane.smith@example.nhs.uk</td></tr></table>';
    expect(readBody(message(null, html)).replyText).toBe('Our nomination:\n\nName | Dr Jane Smith\nEmail | jane.smith@example.nhs.uk');
  });

  it.skipIf(!existsSync(DEV_CORPUS))('handles the dev corpus\'s HTML-only Outlook on the web reply (046) by its structure', async () => {
    const corpus = DEV_CORPUS;
    const body = readBody(await readMessage(readFileSync(join(corpus, '046.eml'))));
    expect(body.source).toBe('html');
    expect(body.replyText).toMatch(/^Dear CSO team,\n\nNorthumbria Healthcare's Lead Healthcare Scientist is Dr R\. K\. Mistry/);
    expect(body.replyText).toMatch(/Regards$/);
    expect(body.signature).toBe('Keir Gillespie\nMedical Director');
    expect(body.quoted).toMatch(/^From: CSO \(NHS ENGLAND\)/);
  });

  it('caps text before any rule: hostile one-line bodies take milliseconds, not seconds', () => {
    for (const text of ['a'.repeat(256 * 1024), '-'.repeat(256 * 1024), 'word '.repeat(52 * 1024), 'x<mailto:'.repeat(30_000), 'On a\nFrom: b\n'.repeat(20_000)]) {
      const t = performance.now();
      const body = readBody(message(text));
      expect(performance.now() - t).toBeLessThan(500);
      expect(body.replyText.length + body.quoted.length + (body.signature?.length ?? 0)).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    }
  });
});

describe.skipIf(!existsSync(DEV_CORPUS))('readBody on the dev corpus (../shared)', () => {
  const corpus = DEV_CORPUS;
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.eml')) : [];
  it.each(files)('%s: no quoted letter, quoted header or disclaimer left in replyText', async (file) => {
    const body = readBody(await readMessage(readFileSync(join(corpus, file))));
    expect(body.replyText).not.toMatch(/Five Year Forward View|Publications Gateway|Could you please confirm their name|^>|-----Original Message-----|wrote:\s*$|^From: .*\n(?:Sent|Date):/m);
    expect(body.replyText).not.toMatch(/intended (?:solely |only )?for the (?:named )?(?:addressee|recipient)|intended recipient|confidential|NHSmail is the secure/i);
    expect(body.signature ?? '').not.toMatch(/intended recipient|NHSmail is the secure/i);
  });
});
