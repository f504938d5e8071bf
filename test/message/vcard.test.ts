// Contact cards (.vcf) read as labelled lines: Outlook's vCard 2.1 with quoted-printable text,
// Apple's 3.0 with grouped properties and escapes; fax numbers left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentKind, readAttachment } from '../../src/message/attachments.js';
import { vcardText } from '../../src/message/attachments/vcard.js';
import { readMessage } from '../../src/message/readMessage.js';
import { ROOT } from '../helpers/cli.js';

describe('vcardText', () => {
  it('reads an Outlook 2.1 card: quoted-printable UTF-8 name, job, organisation, e-mail, phone; no fax', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=C3=93 Dubhghaill;Aoife;;Dr',
      'FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Dr Aoife =C3=93 Dubhghaill',
      'ORG:Example NHS Trust;Medical Physics',
      'TITLE:Consultant Clinical Scientist',
      'TEL;WORK;VOICE:0113 496 0555',
      'TEL;WORK;FAX:0113 496 0556',
      'EMAIL;PREF;INTERNET:aoife.odubhghaill@nhs.net',
      'END:VCARD',
    ].join('\r\n');
    expect(vcardText(card)).toBe(
      'Name: Dr Aoife Ó Dubhghaill\nJob title: Consultant Clinical Scientist\nOrganisation: Example NHS Trust, Medical Physics\nEmail: aoife.odubhghaill@nhs.net\nTelephone: 0113 496 0555',
    );
  });

  it('reads a 3.0 card: folded lines, grouped properties, escaped commas; the name from N where there is no FN', () => {
    const card = 'BEGIN:VCARD\nVERSION:3.0\nN:Mensah;Kwame;;Mr;MSc\nTITLE:Head of Audiology\\, Paediatrics\nitem1.EMAIL;type=INTERNET;type=pref:kwame.mensah@\n example.nhs.uk\nTEL;type=CELL:07700 900123\nTEL;type=PAGER:1234\nEND:VCARD\n';
    expect(vcardText(card)).toBe('Name: Mr Kwame Mensah MSc\nJob title: Head of Audiology, Paediatrics\nEmail: kwame.mensah@example.nhs.uk\nTelephone: 07700 900123');
  });

  it('gives nothing for a file with no card in it', () => {
    expect(vcardText('not a card at all')).toBe('');
  });
});

describe('a contact card attached to a reply', () => {
  it('is known by its type or its name, and read by readAttachment', async () => {
    const data = Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr Ola Nordmann\r\nEMAIL:ola.nordmann@nhs.net\r\nEND:VCARD\r\n');
    expect(attachmentKind({ filename: null, contentType: 'text/x-vcard', content: data })).toBe('vcard');
    expect(attachmentKind({ filename: 'Ola Nordmann.vcf', contentType: 'application/octet-stream', content: data })).toBe('vcard');
    const a = await readAttachment({ filename: 'Ola Nordmann.vcf', contentType: 'text/vcard', content: data, related: false });
    expect(a).toMatchObject({ text: 'Name: Dr Ola Nordmann\nEmail: ola.nordmann@nhs.net', problem: null });
  });

  it('the sample mailbox\'s card reply: the message stage gives the card as text', async () => {
    const m = await readMessage(readFileSync(join(ROOT, 'fixtures', 'mailbox', '37-vcard-cornwall.eml')));
    expect(m.attachments.map((a) => [a.filename, a.text])).toEqual([
      ['Renee Trevithick.vcf', 'Name: Dr Renée Trevithick\nJob title: Head of Clinical Engineering\nOrganisation: Royal Cornwall Hospitals NHS Trust, Clinical Engineering\nEmail: renee.trevithick@nhs.net\nTelephone: 01632 960615'],
    ]);
  });
});
