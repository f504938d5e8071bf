// Builds small real RFC 5322 messages for the extraction tests and runs them through the real
// message stage (mailparser) and extraction stage. The wording is our own, not the corpus's.
import { buildTrustIndex, extract } from '../../src/extraction/extract.js';
import type { Extraction } from '../../src/extraction/types.js';
import { readMessage } from '../../src/message/readMessage.js';
import { loadBundledTrusts } from '../../src/reference/ods.js';

export const index = buildTrustIndex(loadBundledTrusts());

/** The letter as trusts quote it, under an Outlook header block. */
/** A medical director's sign-off and signature: the sender, never a nominee. */
export const MD_SIGNATURE = `Kind regards

Dr Alasdair Fenwick
Medical Director
Leeds Teaching Hospitals NHS Trust`;

export const QUOTED_LETTER = `From: CSO (NHS ENGLAND) [mailto:england.cso@nhs.net]
Sent: 13 September 2016 16:40
To: Medical Director
Subject: Lead Healthcare Scientists (LHS)

Dear Colleagues,

Lead Healthcare Scientists (LHS)

To allow us to do this we would like to identify a Lead Healthcare Scientist for each provider Trust across England, many of whom will already be in place. A role descriptor is attached which will help you identify the appropriate individual.

Choose an item.

Could you please confirm their name and contact details so that they can join our network and take advantage of the opportunities we are developing for them.

Please send your response to, england.cso@nhs.net by cop Friday 11th October.

Yours sincerely,

Fiona Carragher MSc FRCPATH EuSpLM CSci
Deputy Chief Scientific Officer
NHS England
`;

export interface MailSpec {
  from?: string;
  subject?: string;
  inReplyTo?: string | null;
  headers?: Record<string, string>;
  text: string;
  /** an HTML alternative beside the plain part */
  html?: string;
  /** extra MIME parts after the body: [content type with parameters, base64 body] */
  parts?: [string, string][];
}

/** A plain-text message as a mail client would send it. */
export function mail(spec: MailSpec): Buffer {
  const head = [
    `From: ${spec.from ?? 'Jo Bloggs <jo.bloggs@leedsth.nhs.uk>'}`,
    'To: "CSO (NHS ENGLAND)" <england.cso@nhs.net>',
    `Subject: ${spec.subject ?? 'RE: Lead Healthcare Scientists (LHS)'}`,
    'Date: Tue, 20 Sep 2016 10:00:00 +0100',
    `Message-ID: <${Math.random().toString(36).slice(2)}@test.example>`,
    ...(spec.inReplyTo === null ? [] : [`In-Reply-To: ${spec.inReplyTo ?? '<letter-0001@nhs.net>'}`]),
    ...Object.entries(spec.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
  ];
  const crlf = (t: string) => t.replace(/\r?\n/g, '\r\n');
  const plain = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', crlf(spec.text)].join('\r\n');
  if (!spec.html && !spec.parts?.length) return Buffer.from(`${head.join('\r\n')}\r\n${plain}`, 'utf8');
  let bodyPart = plain;
  if (spec.html) {
    const html = ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', crlf(spec.html)].join('\r\n');
    bodyPart = ['Content-Type: multipart/alternative; boundary="alt-b"', '', '--alt-b', plain, '--alt-b', html, '--alt-b--', ''].join('\r\n');
  }
  if (!spec.parts?.length) return Buffer.from(`${head.join('\r\n')}\r\n${bodyPart}`, 'utf8');
  const extra = spec.parts.map(([type, b64]) => `--mix-b\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}`);
  const mixed = ['Content-Type: multipart/mixed; boundary="mix-b"', '', '--mix-b', bodyPart, ...extra, '--mix-b--', ''].join('\r\n');
  return Buffer.from(`${head.join('\r\n')}\r\n${mixed}`, 'utf8');
}

export async function extractMail(spec: MailSpec): Promise<Extraction> {
  return extract(await readMessage(mail(spec)), index);
}
