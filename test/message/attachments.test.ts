import { describe, expect, it } from 'vitest';
import { buildDocx, buildPdf } from '../../scripts/lib/office.js';
import { attachmentKind, readAttachment } from '../../src/message/attachments.js';
import { htmlToText } from '../../src/text/html.js';
import { readMessage } from '../../src/message/readMessage.js';
import { docxWithBody, formPdf, manyPagePdf } from './builders.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const input = (content: Buffer, contentType: string, filename: string | null = null, related = false) => ({ content, contentType, filename, related });

/** Runs `fn` and returns its result with the milliseconds it took. */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = Date.now();
  const out = await fn();
  return [out, Date.now() - t];
}

describe('readAttachment: documents', () => {
  it('reads a .docx reply form with its table rows kept as "label | value"', async () => {
    const docx = buildDocx({
      heading: ['Reply form: Lead Healthcare Scientist'],
      rows: [
        ['Name', 'Dr Jane Smith'],
        ['Job title', 'Consultant Clinical Scientist'],
        ['Email', 'jane.smith@gstt.nhs.uk'],
        ['Telephone', '020 7188 7188'],
      ],
      footer: ['Thank you'],
    });
    const a = await readAttachment(input(docx, DOCX, 'form.docx'));
    expect(a.problem).toBeNull();
    expect(a.text).toContain('Reply form: Lead Healthcare Scientist');
    expect(a.text).toContain('Name | Dr Jane Smith');
    expect(a.text).toContain('Email | jane.smith@gstt.nhs.uk');
    expect(a.text).toContain('Telephone | 020 7188 7188');
  });

  it('reads a .docx with no styles part whose table names a style (mammoth alone throws "reading \'TableGrid\'")', async () => {
    const row = (k: string, v: string) => `<w:tr><w:tc><w:p><w:r><w:t>${k}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${v}</w:t></w:r></w:p></w:tc></w:tr>`;
    const docx = docxWithBody(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${row('Name', 'Dr Ola Nordmann')}${row('Email', 'ola.nordmann@nhs.net')}</w:tbl>`);
    const a = await readAttachment(input(docx, DOCX, 'form.docx'));
    expect(a.problem).toBeNull();
    expect(a.text).toContain('Name | Dr Ola Nordmann');
    expect(a.text).toContain('Email | ola.nordmann@nhs.net');
  });

  it('reads a .pdf, and knows a PDF by its bytes when it has no name and a generic type', async () => {
    const pdf = buildPdf(['Dear Fiona,', 'Our Lead Healthcare Scientist is Mrs Joanne Tetley.']);
    const named = await readAttachment(input(pdf, 'application/pdf', 'letter.pdf'));
    expect(named.problem).toBeNull();
    expect(named.text).toContain('Our Lead Healthcare Scientist is Mrs Joanne Tetley.');
    expect(attachmentKind({ filename: null, contentType: 'application/octet-stream', content: pdf })).toBe('pdf');
    const unnamed = await readAttachment(input(pdf, 'application/octet-stream', null));
    expect(unnamed.text).toContain('Mrs Joanne Tetley');
    // the caller's buffer is still usable: pdf.js was handed a copy
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps a PDF form\'s label and value apart, as a .docx table row', async () => {
    const a = await readAttachment(input(formPdf([['Nominated LHS', 'Dr Gwen Tattersall'], ['Email', 'gwen.tattersall@example.nhs.uk']]), 'application/pdf', 'form.pdf'));
    expect(a.text).toContain('Nominated LHS | Dr Gwen Tattersall');
    expect(a.text).toContain('Email | gwen.tattersall@example.nhs.uk');
  });

  it('reads .txt as UTF-8, or Windows-1252 when it is not valid UTF-8', async () => {
    expect((await readAttachment(input(Buffer.from('Zoë Hartnell'), 'text/plain', 'n.txt'))).text).toBe('Zoë Hartnell');
    expect((await readAttachment(input(Buffer.from([0x5a, 0x6f, 0xeb, 0x20, 0x96, 0x20, 0x78]), 'application/octet-stream', 'n.txt'))).text).toBe('Zoë – x');
  });

  it('reads an HTML attachment as text', async () => {
    const a = await readAttachment(input(Buffer.from('<table><tr><td>Name</td><td>Dr Jane Smith</td></tr></table>'), 'text/html', 'form.htm'));
    expect(a).toMatchObject({ text: 'Name | Dr Jane Smith', problem: null });
  });

  it('skips inline images of multipart/related and files it has no use for, without a problem', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(await readAttachment(input(png, 'image/png', 'image001.png', true))).toMatchObject({ text: null, problem: null });
    expect(await readAttachment(input(Buffer.from('BEGIN:VCALENDAR'), 'text/calendar', 'x.ics'))).toMatchObject({ text: null, problem: null });
  });

  it('flags winmail.dat (TNEF) and old Word files for a person, with the reason', async () => {
    const tnef = Buffer.from([0x78, 0x9f, 0x3e, 0x22, 0x01, 0x00]);
    const a = await readAttachment(input(tnef, 'application/ms-tnef', 'winmail.dat'));
    expect(a.problem).toMatch(/^winmail\.dat \(TNEF\) not decoded: /);
    const doc = await readAttachment(input(Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'application/msword', 'form.doc'));
    expect(doc.problem).toMatch(/form\.doc is in a format lhs does not read/);
  });

  it('reads a message forwarded as an attachment, but not the original returned inside a delivery report', async () => {
    const inner = 'From: Helen Rowntree <helen.rowntree@example.nhs.uk>\r\nSubject: LHS\r\nDate: Fri, 30 Sep 2016 10:00:00 +0100\r\nContent-Type: text/plain\r\n\r\nI am happy to be the Lead Healthcare Scientist.\r\n';
    const outer = (type: string) =>
      Buffer.from(
        `From: MD <md@example.nhs.uk>\r\nTo: england.cso@nhs.net\r\nSubject: FW: LHS\r\nDate: Fri, 30 Sep 2016 11:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: ${type}; boundary="b"\r\n\r\n` +
          `--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n${inner}\r\n--b--\r\n`,
      );
    const fw = await readMessage(outer('multipart/mixed'));
    expect(fw.attachments[0]).toMatchObject({ contentType: 'message/rfc822', problem: null });
    expect(fw.attachments[0]!.text).toMatch(/^From: Helen Rowntree <helen\.rowntree@example\.nhs\.uk>\nDate: 2016-09-30T09:00:00\.000Z\nSubject: LHS\n\nI am happy to be the Lead Healthcare Scientist\./);
    const dsn = await readMessage(outer('multipart/report; report-type=delivery-status'));
    expect(dsn.attachments[0]).toMatchObject({ text: null, problem: null });
  });

  it('says a .docx that is an OLE file is password-protected or old-format', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
    expect((await readAttachment(input(ole, DOCX, 'secret.docx'))).problem).toBe('secret.docx refused: is password-protected or an old-format Word file: open it');
  });

  it('says so when a file is broken instead of throwing', async () => {
    const a = await readAttachment(input(Buffer.from('%PDF-1.4 not really'), 'application/pdf', 'broken.pdf'));
    expect(a.text).toBeNull();
    expect(a.problem).toMatch(/broken\.pdf could not be read/);
  });
});

describe('readAttachment: limits cut hostile files off quickly, with a reason', () => {
  it('refuses a zip bomb by its declared size (mammoth alone inflates a 100 KB bomb to 569 MB)', async () => {
    const bomb = docxWithBody(Buffer.alloc(200 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(400 * 1024);
    const [a, ms] = await timed(() => readAttachment(input(bomb, DOCX, 'bomb.docx')));
    expect(a.text).toBeNull();
    expect(a.problem).toMatch(/bomb\.docx refused: declares \d+ bytes uncompressed/);
    expect(ms).toBeLessThan(2000);
  });

  it('refuses a zip bomb that lies about its size, by inflating with a cap', async () => {
    const liar = docxWithBody(Buffer.alloc(200 * 1024 * 1024, 0x20), 1000);
    const [a, ms] = await timed(() => readAttachment(input(liar, DOCX, 'liar.docx')));
    expect(a.problem).toMatch(/liar\.docx refused: word\/document\.xml inflates past \d+ bytes/);
    expect(ms).toBeLessThan(2000);
  });

  it('refuses a small .docx of millions of XML elements before mammoth builds them', async () => {
    const huge = docxWithBody(Buffer.from('<w:p/>'.repeat(3_000_000)));
    expect(huge.length).toBeLessThan(200 * 1024);
    const [a, ms] = await timed(() => readAttachment(input(huge, DOCX, 'huge.docx')));
    expect(a.problem).toMatch(/huge\.docx refused: word\/document\.xml has 3000\d+ XML tags/);
    expect(ms).toBeLessThan(3000);
  });

  it('reads only the first pages of a 500-page PDF and says so', async () => {
    const [a, ms] = await timed(() => readAttachment(input(manyPagePdf(500), 'application/pdf', 'long.pdf')));
    expect(a.text).toContain('Page text');
    expect(a.problem).toBe('long.pdf: PDF has 500 pages: only the first 30 read');
    expect(ms).toBeLessThan(5000);
  });

  it('refuses an attachment over the byte limit without reading it', async () => {
    const a = await readAttachment(input(buildPdf(['x']), 'application/pdf', 'x.pdf'), { maxBytes: 100, maxChars: 1000 });
    expect(a.problem).toMatch(/over the 100-byte limit/);
  });

  it('converts deeply nested HTML tables without overflowing the stack', () => {
    const deep = '<table><tr><td>'.repeat(5000) + 'deep inside' + '</td></tr></table>'.repeat(5000);
    const t = Date.now();
    expect(() => htmlToText(`<p>Reply above</p>${deep}`)).not.toThrow();
    expect(htmlToText(`<p>Reply above</p>${deep}`)).toContain('Reply above');
    expect(Date.now() - t).toBeLessThan(3000);
  });
});
