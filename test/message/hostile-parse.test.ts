import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64Lines } from '../../scripts/lib/office.js';
import { jsonLines, lhs, tempDir } from '../helpers/cli.js';
import { docxWithBody, manyPagePdf } from './builders.js';

/** A reply with one attachment, as Outlook sends it. */
function replyWith(filename: string, type: string, content: Buffer): string {
  return [
    'From: PA to the Medical Director <pa@example.nhs.uk>', 'To: england.cso@nhs.net', 'Subject: RE: Lead Healthcare Scientists (LHS)',
    'Date: Tue, 20 Sep 2016 10:00:00 +0100', 'Message-ID: <hostile@example.nhs.uk>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'Please find our reply form attached.', '', 'Kind regards', 'Jo Bloggs', '',
    '--b1', `Content-Type: ${type}; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`, 'Content-Transfer-Encoding: base64', '',
    base64Lines(content), '--b1--', '',
  ].join('\r\n');
}

describe('lhs parse with hostile attachments: every message comes back, quickly, read', () => {
  it('a zip bomb, a .docx of millions of elements and a 2,000-page PDF each return within seconds, not as errors', () => {
    const dir = tempDir();
    const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    writeFileSync(join(dir, 'bomb.eml'), replyWith('bomb.docx', DOCX, docxWithBody(Buffer.alloc(200 * 1024 * 1024, 0x20), 1000)));
    writeFileSync(join(dir, 'elements.eml'), replyWith('form.docx', DOCX, docxWithBody(Buffer.from('<w:p/>'.repeat(3_000_000)))));
    writeFileSync(join(dir, 'pages.eml'), replyWith('letter.pdf', 'application/pdf', manyPagePdf(2000)));
    const started = Date.now();
    const r = lhs(['parse', '--json', dir]);
    expect(r.code).toBe(0);
    const lines = jsonLines<{ source: string; kind: string; replyText: string }>(r.stdout);
    expect(lines).toHaveLength(3);
    for (const l of lines) {
      expect(l.kind, `${l.source}: ${JSON.stringify(l)}`).not.toBe('error');
      expect(l.replyText).toContain('Please find our reply form attached.');
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
