// The shapes real NHS replies come in, as raw RFC 5322 bytes: Outlook 2010 (plain + HTML, the
// letter quoted under a From/Sent/To/Subject block), Outlook on the web, plain text with
// "-----Original Message-----", Gmail ("On ... wrote:" and ">" lines), HTML only. Used by
// the fixture mailbox (hand-written content) and the synthetic generator (random content).
import { base64Lines } from './office.js';

export interface Person {
  name: string;
  email: string;
}

export interface FileAttachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface ReplySpec {
  from: Person;
  to?: Person[];
  cc?: Person[];
  /** RFC 5322 date, e.g. "Wed, 14 Sep 2016 10:23:11 +0100" */
  date: string;
  subject: string;
  messageId: string;
  /** the Message-ID this answers; default: the letter's */
  inReplyTo?: string | null;
  /** what the sender wrote, plain text; blank lines separate paragraphs */
  text: string;
  /** signature block, plain text lines */
  signature?: string;
  /** disclaimer printed after the signature */
  disclaimer?: string;
  /** what is quoted below the reply: the letter (default), other text, or nothing */
  quote?: QuotedMail | null;
  attachments?: FileAttachment[];
  headers?: [string, string][];
}

export interface QuotedMail {
  from: string;
  fromEmail: string;
  sent: Date;
  to: string;
  subject: string;
  text: string;
}

export const CSO: Person = { name: 'CSO, England (NHS ENGLAND)', email: 'england.cso@nhs.net' };
export const LETTER_ID = '<9F3C2A7B41D8E6F0@VMNHSPD1EXMBX04.nhs.net>';
export const LETTER_SUBJECT = 'Lead Healthcare Scientists (LHS)';

/** The letter of 13 September 2016 as its recipients' mail clients show it (docs/the-letter.md). */
export const LETTER_TEXT = `Publications Gateway Ref. No. 05659

To: Provider Medical Directors

Chief Scientific Officer's team
Medical Directorate
NHS England
Skipton House
80 London Road
London
SE1 6LH

england.cso@nhs.net

13 September 2016

Dear Colleagues,

Lead Healthcare Scientists (LHS)

Leadership is a key theme in the Five Year Forward View and has been identified across the system as a critical enabler of high quality care. To deliver the transformational changes the NHS seeks we need to focus, with our partners, on making better use of technology, further developing leadership and supporting scientific research and innovation.

The Healthcare Science workforce provides the scientific backbone of NHS and Public Health services, working across laboratory sciences, physiological sciences, bioinformatics, medical physics and clinical engineering. This 50,000 strong workforce underpins 80% of all diagnoses and makes a direct contribution to patient care.

A critical priority for the Chief Scientific Officer team is to develop the professional capacity and capability of our workforce to deliver whole system change. One element of this will be the provision of local healthcare science leadership and advice by;

- Identifying Lead Healthcare Scientists in all provider organisations
- Developing a network of Lead Healthcare Scientists to share, develop and support learning
- Supporting scientific leadership and advice to the employing organisations and healthcare scientists within it
- Linking strong leadership, strategic direction and influence for healthcare science services across the local health and care system and to local, regional and national networks.

To allow us to do this we would like to identify a Lead Healthcare Scientist for each provider Trust across England, many of whom will already be in place. A role descriptor is attached which will help you identify the appropriate individual.

Choose an item.

Could you please confirm their name and contact details so that they can join our network and take advantage of the opportunities we are developing for them.

Please send your response to, england.cso@nhs.net by cop Friday 11th October.

We look forward to receiving your response.

Yours sincerely,

Fiona Carragher MSc FRCPATH EuSpLM CSci
Deputy Chief Scientific Officer
NHS England`;

/** The letter as quoted mail, sent to `to`. */
export function letterQuote(to: string): QuotedMail {
  return {
    from: CSO.name,
    fromEmail: CSO.email,
    sent: new Date('2016-09-13T15:42:00Z'),
    to,
    subject: LETTER_SUBJECT,
    text: LETTER_TEXT,
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');
/** "13 September 2016 16:42" in UK summer time, as Outlook writes "Sent:". */
function outlookSent(d: Date): string {
  const t = new Date(d.getTime() + 3600_000);
  return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
function gmailWhen(d: Date): string {
  const t = new Date(d.getTime() + 3600_000);
  return `${DAYS[t.getUTCDay()]!.slice(0, 3)}, ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()} at ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Encodes a display name for a header: quoted ASCII, or an RFC 2047 word when it is not ASCII. */
function addr(p: Person): string {
  if (!p.name) return `<${p.email}>`;
  const name = /^[\x20-\x7e]*$/.test(p.name)
    ? /[,.;:()<>@"[\]]/.test(p.name)
      ? `"${p.name.replace(/"/g, '\\"')}"`
      : p.name
    : `=?utf-8?B?${Buffer.from(p.name).toString('base64')}?=`;
  return `${name} <${p.email}>`;
}

function encodeSubject(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?utf-8?Q?${Buffer.from(s).toString('latin1').replace(/[^A-Za-z0-9!*+\-/]/g, (c) => '=' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))}?=`;
}

/** Folds a long line of text at spaces to at most 76 characters (format=flowed would keep the space). */
function wrap(line: string, width = 76): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) cut = width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  out.push(rest);
  return out;
}

/** UTF-8 text as a base64 or 8bit part body; 8bit only where every line is short. */
function textPart(type: 'plain' | 'html', body: string, encoding: 'base64' | 'quoted-printable' | '8bit' = 'quoted-printable'): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  let encoded: string;
  if (encoding === 'base64') encoded = base64Lines(Buffer.from(crlf, 'utf8'));
  else if (encoding === '8bit') encoded = crlf;
  else encoded = qpUtf8(crlf);
  return `Content-Type: text/${type}; charset="utf-8"\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${encoded}`;
}

function qpUtf8(s: string): string {
  const bytes = Buffer.from(s.replace(/\r\n/g, '\n'), 'utf8');
  const out: string[] = [];
  for (const line of bytes.toString('latin1').split('\n')) {
    let enc = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      enc += (c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && !last) ? line[i] : '=' + c.toString(16).toUpperCase().padStart(2, '0');
    }
    while (enc.length > 76) {
      let cut = 75;
      if (enc[cut - 1] === '=') cut -= 1;
      else if (enc[cut - 2] === '=') cut -= 2;
      out.push(enc.slice(0, cut) + '=');
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join('\r\n');
}

let boundaryCounter = 0;
/** Boundaries are derived from the message id so output is deterministic. */
function boundary(seed: string, kind: string): string {
  let h = 2166136261;
  for (const ch of seed + kind + boundaryCounter++) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `_${kind}_${h.toString(16).padStart(8, '0')}_`;
}

function multipart(type: string, b: string, parts: string[]): string {
  return `Content-Type: multipart/${type};\r\n\tboundary="${b}"\r\n\r\n` + parts.map((p) => `--${b}\r\n${p}\r\n`).join('') + `--${b}--\r\n`;
}

function attachmentPart(a: FileAttachment): string {
  return (
    `Content-Type: ${a.contentType};\r\n\tname="${a.filename}"\r\nContent-Description: ${a.filename}\r\n` +
    `Content-Disposition: attachment;\r\n\tfilename="${a.filename}"; size=${a.data.length}\r\n` +
    `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(a.data)}`
  );
}

function headerBlock(spec: ReplySpec, extra: [string, string][]): string {
  const h: [string, string][] = [
    ['From', addr(spec.from)],
    ['To', (spec.to ?? [CSO]).map(addr).join(', ')],
  ];
  if (spec.cc?.length) h.push(['CC', spec.cc.map(addr).join(', ')]);
  h.push(['Subject', encodeSubject(spec.subject)], ['Date', spec.date], ['Message-ID', spec.messageId]);
  const irt = spec.inReplyTo === undefined ? (spec.quote === null ? null : LETTER_ID) : spec.inReplyTo;
  if (irt) h.push(['In-Reply-To', irt], ['References', irt]);
  h.push(...extra, ...(spec.headers ?? []), ['MIME-Version', '1.0']);
  return h.map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n';
}

function withAttachments(spec: ReplySpec, body: string): string {
  if (!spec.attachments?.length) return body;
  return multipart('mixed', boundary(spec.messageId, 'mixed'), [body.replace(/\r\n$/, ''), ...spec.attachments.map(attachmentPart)]);
}

const paragraphsHtml = (text: string, cls = 'MsoNormal') =>
  text
    .split(/\n/)
    .map((l) => (l.trim() ? `<p class="${cls}">${escapeHtml(l)}<o:p></o:p></p>` : `<p class="${cls}"><o:p>&nbsp;</o:p></p>`))
    .join('\r\n');

function replyBlocks(spec: ReplySpec): { text: string; sig: string; disc: string } {
  return { text: spec.text.trim(), sig: spec.signature?.trim() ?? '', disc: spec.disclaimer?.trim() ?? '' };
}

/** Outlook 2010/2013 on Exchange: multipart/alternative, the quote under a From/Sent/To/Subject block. */
export function outlook2010(spec: ReplySpec): Buffer {
  const { text, sig, disc } = replyBlocks(spec);
  const q = spec.quote === undefined ? letterQuote(spec.from.name) : spec.quote;
  const plainParts = [text, sig, disc].filter(Boolean).join('\n\n');
  let plain = plainParts.split('\n').flatMap((l) => wrap(l)).join('\n');
  let html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 14 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri","sans-serif";}
span.EmailStyle17 {mso-style-type:personal-reply; font-family:"Calibri","sans-serif"; color:#1F497D;}
--></style>
</head>
<body lang="EN-GB" link="blue" vlink="purple">
<div class="WordSection1">
${paragraphsHtml(text)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${sig ? paragraphsHtml(sig) : ''}
${disc ? `<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">${escapeHtml(disc).replace(/\n/g, '<br>\r\n')}</span><o:p></o:p></p>` : ''}
`;
  if (q) {
    plain += `\n\nFrom: ${q.from} [mailto:${q.fromEmail}]\nSent: ${outlookSent(q.sent)}\nTo: ${q.to}\nSubject: ${q.subject}\n\n` +
      q.text.split('\n').flatMap((l) => wrap(l)).join('\n');
    html += `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US" style="font-size:10.0pt;font-family:&quot;Tahoma&quot;,&quot;sans-serif&quot;">From:</span></b><span lang="EN-US" style="font-size:10.0pt;font-family:&quot;Tahoma&quot;,&quot;sans-serif&quot;"> ${escapeHtml(q.from)} [mailto:${q.fromEmail}]
<br><b>Sent:</b> ${outlookSent(q.sent)}<br><b>To:</b> ${escapeHtml(q.to)}<br><b>Subject:</b> ${escapeHtml(q.subject)}<o:p></o:p></span></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${paragraphsHtml(q.text)}
`;
  }
  html += `</div>\r\n</body>\r\n</html>\r\n`;
  const alt = multipart('alternative', boundary(spec.messageId, 'alt'), [textPart('plain', plain + '\n'), textPart('html', html)]);
  const head = headerBlock(spec, [
    ['Thread-Topic', LETTER_SUBJECT],
    ['Thread-Index', 'AdIN' + Buffer.from(spec.messageId).toString('base64').slice(0, 24)],
    ['Accept-Language', 'en-GB, en-US'],
    ['Content-Language', 'en-US'],
    ['X-MS-Has-Attach', spec.attachments?.length ? 'yes' : ''],
    ['X-MS-TNEF-Correlator', ''],
  ]);
  return Buffer.from(head + withAttachments(spec, alt));
}

/** Outlook on the web (Office 365): HTML with divRplyFwdMsg and appendonsend, and its plain twin. */
export function outlookWeb(spec: ReplySpec): Buffer {
  const { text, sig, disc } = replyBlocks(spec);
  const q = spec.quote === undefined ? letterQuote(spec.from.name) : spec.quote;
  const block = (t: string) => t.split('\n').map((l) => `<div>${l.trim() ? escapeHtml(l) : '<br>'}</div>`).join('\r\n');
  let html = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
${block(text)}
<div><br></div>
${sig ? `<div id="Signature">${block(sig)}</div>` : ''}
${disc ? `<div style="font-size:9pt;color:#666666">${block(disc)}</div>` : ''}
</div>
<div id="appendonsend"></div>
`;
  let plain = [text, sig, disc].filter(Boolean).join('\n\n');
  if (q) {
    html += `<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> ${escapeHtml(q.from)} &lt;${q.fromEmail}&gt;<br>
<b>Sent:</b> ${outlookSent(q.sent).replace(/^(\d+) (\w+) (\d+)/, (_m, d, mo, y) => `${DAYS[new Date(`${mo} ${d}, ${y}`).getDay()]}, ${d} ${mo} ${y}`)}<br>
<b>To:</b> ${escapeHtml(q.to)}<br>
<b>Subject:</b> ${escapeHtml(q.subject)}</font>
<div>&nbsp;</div>
</div>
<div>
${q.text.split('\n').map((l) => `<p class="x_MsoNormal">${l.trim() ? escapeHtml(l) : '&nbsp;'}</p>`).join('\r\n')}
</div>
`;
    plain += `\n\n________________________________\nFrom: ${q.from} <${q.fromEmail}>\nSent: ${outlookSent(q.sent)}\nTo: ${q.to}\nSubject: ${q.subject}\n\n${q.text}`;
  }
  html += `</body>\r\n</html>\r\n`;
  const alt = multipart('alternative', boundary(spec.messageId, 'owa'), [textPart('plain', plain + '\n'), textPart('html', html)]);
  const head = headerBlock(spec, [
    ['Thread-Topic', LETTER_SUBJECT],
    ['Accept-Language', 'en-GB, en-US'],
    ['Content-Language', 'en-GB'],
    ['X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'AM4PR0701MB2130'],
    ['x-ms-exchange-messagesentrepresentingtype', '1'],
  ]);
  return Buffer.from(head + withAttachments(spec, alt));
}

/** Plain text only, the earlier mail under "-----Original Message-----" (older Outlook, Lotus, many gateways). */
export function plainOriginal(spec: ReplySpec, encoding: 'quoted-printable' | 'base64' | '8bit' = 'quoted-printable'): Buffer {
  const { text, sig, disc } = replyBlocks(spec);
  const q = spec.quote === undefined ? letterQuote(spec.from.name) : spec.quote;
  let plain = [text, sig, disc].filter(Boolean).join('\n\n');
  if (q) {
    plain += `\n\n-----Original Message-----\nFrom: ${q.from} [mailto:${q.fromEmail}]\nSent: ${outlookSent(q.sent)}\nTo: ${q.to}\nSubject: ${q.subject}\n\n${q.text}`;
  }
  plain = plain.split('\n').flatMap((l) => (encoding === '8bit' ? wrap(l) : [l])).join('\n');
  const body = textPart('plain', plain + '\n', encoding);
  const head = headerBlock(spec, [['X-Mailer', 'Microsoft Office Outlook 12.0']]);
  if (spec.attachments?.length) return Buffer.from(head + withAttachments(spec, body + '\r\n'));
  return Buffer.from(head + body + '\r\n');
}

/** Gmail: "On ..., NAME <addr> wrote:" then ">" lines; HTML with a gmail_quote blockquote. */
export function gmail(spec: ReplySpec): Buffer {
  const { text, sig } = replyBlocks(spec);
  const q = spec.quote === undefined ? letterQuote(spec.from.name) : spec.quote;
  let plain = text + (sig ? `\n\n-- \n${sig}` : '');
  let html = `<div dir="ltr">${text.split('\n').map((l) => (l.trim() ? `<div>${escapeHtml(l)}</div>` : '<div><br></div>')).join('')}`;
  if (sig) html += `<div><br></div>-- <br><div dir="ltr" class="gmail_signature">${sig.split('\n').map(escapeHtml).join('<br>')}</div>`;
  html += '</div>';
  if (q) {
    const intro = `On ${gmailWhen(q.sent)}, ${q.from} <${q.fromEmail}> wrote:`;
    plain += `\n\n${wrap(intro).join('\n')}\n\n` + q.text.split('\n').flatMap((l) => wrap(l, 74)).map((l) => (l ? `> ${l}` : '>')).join('\n');
    html += `<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(intro)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${q.text
      .split('\n')
      .map((l) => (l.trim() ? escapeHtml(l) : ''))
      .join('<br>')}</blockquote></div>`;
  }
  const alt = multipart('alternative', boundary(spec.messageId, 'gm'), [textPart('plain', plain + '\n'), textPart('html', html + '\n')]);
  return Buffer.from(headerBlock(spec, []) + withAttachments(spec, alt));
}

/** HTML only, no plain part (some web mailers and ticketing systems). */
export function htmlOnly(spec: ReplySpec): Buffer {
  const { text, sig, disc } = replyBlocks(spec);
  const q = spec.quote === undefined ? letterQuote(spec.from.name) : spec.quote;
  let html = `<html><body style="font-family:Arial;font-size:10pt">\r\n${text.split('\n\n').map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\r\n')}`;
  if (sig) html += `\r\n<p>${escapeHtml(sig).replace(/\n/g, '<br>\r\n')}</p>`;
  if (disc) html += `\r\n<p style="font-size:8pt;color:#888">${escapeHtml(disc).replace(/\n/g, '<br>\r\n')}</p>`;
  if (q) {
    html += `\r\n<hr>\r\n<p><b>From:</b> ${escapeHtml(q.from)} [mailto:${q.fromEmail}]<br><b>Sent:</b> ${outlookSent(q.sent)}<br><b>To:</b> ${escapeHtml(q.to)}<br><b>Subject:</b> ${escapeHtml(q.subject)}</p>\r\n<blockquote>${q.text
      .split('\n\n')
      .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
      .join('\r\n')}</blockquote>`;
  }
  html += '\r\n</body></html>\r\n';
  const body = textPart('html', html);
  if (spec.attachments?.length) return Buffer.from(headerBlock(spec, []) + withAttachments(spec, body + '\r\n'));
  return Buffer.from(headerBlock(spec, []) + body + '\r\n');
}
