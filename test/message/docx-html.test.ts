import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../scripts/lib/office.js';
import { docxToHtml } from '../../src/message/attachments/docx.js';
import { docxWithBody } from './builders.js';

// docxToHtml calls mammoth's parts directly so its style map is parsed once; it must give what
// mammoth.convertToHtml gives, which a mammoth upgrade could change
describe('docxToHtml', () => {
  it('gives the HTML mammoth.convertToHtml gives for a reply form (heading, table, paragraphs)', async () => {
    const form = buildDocx({
      heading: ['Reply form: Lead Healthcare Scientist', 'Trust: Example NHS Trust'],
      rows: [
        ['Name', 'Dr Jane Smith'],
        ['Email', 'jane.smith@gstt.nhs.uk'],
      ],
      footer: ['Thank you'],
    });
    const html = await docxToHtml(form);
    expect(html).toContain('<td><p>Dr Jane Smith</p></td>');
    expect(html).toBe((await mammoth.convertToHtml({ buffer: form })).value);
    // the second document reuses the parsed style map
    expect(await docxToHtml(form)).toBe(html);
  });

  it('gives the same for a heading style and a list paragraph, which the default style map maps', async () => {
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Nomination</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Dr Jane Smith</w:t></w:r></w:p>';
    const docx = docxWithBody(body);
    expect(await docxToHtml(docx)).toBe((await mammoth.convertToHtml({ buffer: docx })).value);
  });

  it('fails as mammoth fails on a zip without a document', async () => {
    const broken = Buffer.from('PK\x03\x04 not really a zip', 'latin1');
    const theirs = await mammoth.convertToHtml({ buffer: broken }).then(() => '', (e: Error) => e.message);
    expect(theirs).not.toBe('');
    await expect(docxToHtml(broken)).rejects.toThrow(theirs);
  });
});
