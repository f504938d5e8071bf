import { describe, expect, it } from 'vitest';
import { extractMail, QUOTED_LETTER } from './mail.js';

const quote = (t: string) => t.split('\n').map((l) => (l ? '> ' + l : '>')).join('\n');

describe('answers typed into the quoted letter', () => {
  it('HTML reply: "answers below in red" typed inside the quoted letter, the plain part quotes it all', async () => {
    const answer = 'Dr Jane Holloway, Consultant Clinical Scientist, jane.holloway@leedsth.nhs.uk, 0113 496 0321';
    const letterHtml = QUOTED_LETTER.split('\n\n')
      .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
      .join('')
      .replace('for them.</p>', `for them.</p><p><span style="color:red">${answer}</span></p>`);
    const plain = QUOTED_LETTER.replace('for them.\n', `for them.\n\n${answer}\n`);
    const e = await extractMail({
      text: `Please see my answers below in red.\n\nThanks\nMark\n\n${quote(plain)}`,
      html: `<html><body><div>Please see my answers below in red.</div><div>Thanks</div><div>Mark</div><div style="border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> CSO</p></div>${letterHtml}</body></html>`,
    });
    expect(e.kind).toBe('nomination');
    expect(e.nominees).toEqual([{ name: 'Dr Jane Holloway', email: 'jane.holloway@leedsth.nhs.uk', phone: '0113 496 0321', jobTitle: 'Consultant Clinical Scientist', role: 'lead' }]);
  });

  it('"see inline": labelled answer typed without quote marks on the lines under the request, in the same paragraph', async () => {
    const letter = QUOTED_LETTER.replace(
      'for them.\n',
      'for them.\nName: Dr Samir Haddad\nJob title: Head of Clinical Engineering\nEmail: samir.haddad@leedsth.nhs.uk\nTel: 0113 496 0888\n',
    );
    const e = await extractMail({ from: 'Office of the Medical Director <md.office@leedsth.nhs.uk>', text: `See inline.\n\nRegards\nMD Office\n\n${letter}` });
    expect(e.kind).toBe('nomination');
    expect(e.nominees).toEqual([{ name: 'Dr Samir Haddad', email: 'samir.haddad@leedsth.nhs.uk', phone: '0113 496 0888', jobTitle: 'Head of Clinical Engineering', role: 'lead' }]);
  });

  it('"details below" with the quoted letter ">"-prefixed and the answer unprefixed under another paragraph', async () => {
    const q = quote(QUOTED_LETTER).replace('> Choose an item.\n', '> Choose an item.\nMrs Olena Kovalenko - Principal Clinical Physiologist - olena.kovalenko@leedsth.nhs.uk\n');
    const e = await extractMail({ text: `Details below.\n\nKind regards\nSue\n\n${q}` });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => [n.name, n.email])).toEqual([['Mrs Olena Kovalenko', 'olena.kovalenko@leedsth.nhs.uk']]);
  });

  it('"our response has been added to your letter below": "LTHT RESPONSE: Dr X, job" typed under "Choose an item." without quote marks', async () => {
    const letter = QUOTED_LETTER.replace('Choose an item.\n', 'Choose an item.\n\nLTHT RESPONSE: Dr Folake Ojo, Head of Clinical Physics\nEmail: folake.ojo@leedsth.nhs.uk\nTel: 0113 496 0775\n');
    const e = await extractMail({ text: `Dear CSO team,\n\nOur response has been added to your letter below.\n\nKind regards\nSue\n\n${letter}` });
    expect(e.kind).toBe('nomination');
    expect(e.nominees.map((n) => [n.name, n.email, n.phone])).toEqual([['Dr Folake Ojo', 'folake.ojo@leedsth.nhs.uk', '0113 496 0775']]);
  });

  it('"answers below" with nothing readable below goes to a person', async () => {
    const e = await extractMail({ text: `Please see my answers below.\n\nKind regards\nSue\n\n${quote(QUOTED_LETTER)}` });
    expect(e.nominees).toEqual([]);
    expect(e.needsReview).toBe(true);
  });

  it('"see below" with only the letter below is not a nomination', async () => {
    const e = await extractMail({ text: `See below - we will reply next week.\n\nKind regards\nSue\n\n${quote(QUOTED_LETTER)}` });
    expect(e.kind).not.toBe('nomination');
  });
});

describe('words of taking the role typed into the quoted letter by someone else (eleventh session)', () => {
  it('"Please see Ade\'s answer below, which I support" over "I am happy to be our LHS ... Ade" in the letter: the sender is not surely the nominee', async () => {
    const letter = QUOTED_LETTER.replace('for them.\n', 'for them.\n\nI am happy to be nominated as the Trust\'s LHS - my details are in my signature. Ade\n');
    const e = await extractMail({
      from: 'Dr Miriam Stott <miriam.stott@leedsth.nhs.uk>',
      text: `Dear CSO team,\n\nPlease see Ade's answer below, which I support.\n\nMiriam\n\nDr Miriam Stott\nMedical Director\nLeeds Teaching Hospitals NHS Trust\n\n${letter}`,
    });
    expect(e.needsReview).toBe(true);
  });
});
