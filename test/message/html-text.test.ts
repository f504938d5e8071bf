import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/message/readMessage.js';

// readMessage converts an HTML-only message's text with a compiled html-to-text instead of
// letting mailparser build a converter per message: the text must be what mailparser gives
const OPTIONS = { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, keepCidLinks: true };
const htmlMail = (html: string, crlf = false) =>
  Buffer.from(
    ['From: Jane Smith <jane.smith@gstt.nhs.uk>', 'To: england.cso@nhs.net', 'Subject: RE: Lead Healthcare Scientists (LHS)', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html].join(crlf ? '\r\n' : '\n'),
  );

describe('readMessage: the text of an HTML-only message', () => {
  it('is the text mailparser gives, with tables, links and entities', async () => {
    const raw = htmlMail(
      '<html><body><p>Dear Fiona,</p><p>Our LHS is <b>Dr Jane Smith</b> &amp; her deputy is Mr Ali Khan.</p>' +
        '<table><tr><td>Email</td><td><a href="mailto:jane.smith@gstt.nhs.uk">Jane</a></td></tr></table><p>Kind regards</p></body></html>',
    );
    const text = (await readMessage(raw)).text;
    expect(text).toContain('Dr Jane Smith');
    expect(text).toBe((await simpleParser(raw, OPTIONS)).text);
    const crlf = htmlMail('<p>Line one</p><p>Line&nbsp;two</p>', true);
    expect((await readMessage(crlf)).text).toBe((await simpleParser(crlf, OPTIONS)).text);
  });

  it('is what mailparser gives for HTML nested past its depth limit', async () => {
    const raw = htmlMail(`${'<div>'.repeat(1200)}deep${'</div>'.repeat(1200)}`);
    expect((await readMessage(raw)).text).toBe((await simpleParser(raw, OPTIONS)).text ?? null);
  });

  it('leaves a multipart message with its HTML part to mailparser', async () => {
    const raw = Buffer.from(
      [
        'From: a@b.nhs.uk',
        'Subject: x',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain',
        '',
        'Plain part',
        '--b1',
        'Content-Type: text/html',
        '',
        '<p>HTML <i>part</i></p>',
        '--b1--',
        '',
      ].join('\n'),
    );
    expect((await readMessage(raw)).text).toBe((await simpleParser(raw, OPTIONS)).text);
  });
});
