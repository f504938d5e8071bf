import { simpleParser } from 'mailparser';
import { DEFAULT_DOCX_LIMITS, DocxRefused, docxText, type DocxLimits } from './attachments/docx.js';
import { DEFAULT_PDF_LIMITS, pdfText, type PdfLimits } from './attachments/pdf.js';
import { vcardText } from './attachments/vcard.js';
import { htmlToText } from '../text/html.js';
import type { Attachment } from './types.js';

export interface AttachmentInput {
  filename: string | null;
  contentType: string;
  content: Buffer;
  /** an inline part of multipart/related (a logo), not something the sender attached */
  related: boolean;
  /** part of a delivery or read report: an attached message there is the returned original, not news */
  inReport?: boolean;
}

export interface AttachmentLimits {
  /** largest attachment whose text is read */
  maxBytes: number;
  /** most characters of text kept from one attachment */
  maxChars: number;
  docx?: DocxLimits;
  pdf?: Partial<PdfLimits>;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { maxBytes: 10 * 1024 * 1024, maxChars: 200_000 };

export type AttachmentKind = 'docx' | 'pdf' | 'text' | 'html' | 'vcard' | 'message' | 'tnef' | 'unread-document' | 'other';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * What an attachment is, by its bytes first (a PDF sent with no name and a generic type is
 * still a PDF), then its content type, then its file name.
 */
export function attachmentKind(a: Pick<AttachmentInput, 'filename' | 'contentType' | 'content'>): AttachmentKind {
  const type = a.contentType.toLowerCase();
  const name = (a.filename ?? '').toLowerCase();
  const head = a.content.subarray(0, 1024);
  if (head.includes('%PDF-')) return 'pdf';
  if (head.length >= 4 && head.readUInt32LE(0) === 0x223e9f78) return 'tnef';
  const zip = head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
  if (zip && (type === DOCX_TYPE || name.endsWith('.docx') || a.content.includes('word/document.xml'))) return 'docx';
  if (type === 'application/ms-tnef' || type === 'application/vnd.ms-tnef' || name === 'winmail.dat') return 'tnef';
  if (type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
  if (type === DOCX_TYPE || name.endsWith('.docx')) return 'docx';
  // a contact card (Outlook's "Forward as Business Card")
  if (/^text\/(?:x-)?vcard$|^text\/directory$/.test(type) || name.endsWith('.vcf')) return 'vcard';
  if (type === 'text/plain' || name.endsWith('.txt')) return 'text';
  if (type === 'text/html' || /\.html?$/.test(name)) return 'html';
  // a message forwarded as an attachment ("FW:" with the original attached) carries its own text
  if (type === 'message/rfc822' || name.endsWith('.eml')) return 'message';
  // formats a form might come in that lhs cannot read: a person should open them
  if (/\.(?:doc|docm|dotx|odt|rtf|xls|xlsx|pages|msg)$/.test(name) || /^application\/(?:msword|rtf|vnd\.oasis\.opendocument\.text|vnd\.ms-excel|vnd\.ms-outlook)/.test(type)) {
    return 'unread-document';
  }
  return 'other';
}

/** Windows-1252's characters at 0x80-0x9f (Latin-1 has control codes there). */
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** UTF-8 where the bytes are valid UTF-8, else Windows-1252 (what Outlook writes). */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
  }
}

/** An attached message as text: its From, Date and Subject, then its body (plain, or the HTML as text). Its own attachments are not read. */
async function attachedMessageText(raw: Buffer): Promise<string> {
  const m = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const sender = m.from?.value[0];
  const from = sender ? (sender.name ? `${sender.name} <${sender.address ?? ''}>` : (sender.address ?? '')) : '';
  const body = m.text ?? (typeof m.html === 'string' ? htmlToText(m.html) : '');
  return `From: ${from}\nDate: ${m.date?.toISOString() ?? ''}\nSubject: ${m.subject ?? ''}\n\n${body}`;
}

/**
 * Reads the text of one attachment where lhs knows how (.docx, .pdf, .txt, .vcf), within limits
 * of size, inflation, XML size, pages, time and length. What cannot be read, or is cut
 * short, says why in `problem`, so the message goes to a person.
 */
export async function readAttachment(a: AttachmentInput, limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS): Promise<Attachment> {
  const base = { filename: a.filename, contentType: a.contentType.toLowerCase(), size: a.content.length };
  const kind = attachmentKind(a);
  // an inline image of multipart/related is a logo or a signature picture, not an attachment
  if (kind === 'other' || (kind === 'message' && a.inReport) || (a.related && base.contentType.startsWith('image/'))) {
    return { ...base, text: null, problem: null };
  }
  if (kind === 'tnef') {
    return {
      ...base,
      text: null,
      problem: 'winmail.dat (TNEF) not decoded: lhs has no TNEF decoder; open the message in Outlook to see what it holds',
    };
  }
  if (kind === 'unread-document') {
    return { ...base, text: null, problem: `attachment ${a.filename ?? base.contentType} is in a format lhs does not read: open it` };
  }
  if (a.content.length > limits.maxBytes) {
    return { ...base, text: null, problem: `attachment is ${a.content.length} bytes, over the ${limits.maxBytes}-byte limit: not read` };
  }
  const label = a.filename ?? `unnamed ${kind}`;
  try {
    if (kind === 'text') return { ...base, text: decodeText(a.content).slice(0, limits.maxChars), problem: null };
    if (kind === 'vcard') return { ...base, text: vcardText(decodeText(a.content)).slice(0, limits.maxChars), problem: null };
    if (kind === 'html') return { ...base, text: htmlToText(decodeText(a.content)).slice(0, limits.maxChars), problem: null };
    if (kind === 'message') return { ...base, text: (await attachedMessageText(a.content)).slice(0, limits.maxChars), problem: null };
    if (kind === 'docx') {
      const text = await docxText(a.content, limits.docx ?? DEFAULT_DOCX_LIMITS);
      return { ...base, text: text.slice(0, limits.maxChars), problem: text.length > limits.maxChars ? `${label}: text cut at ${limits.maxChars} characters` : null };
    }
    const pdf = await pdfText(a.content, { ...DEFAULT_PDF_LIMITS, maxChars: limits.maxChars, ...limits.pdf });
    // a scanned or photographed letter: pages of pictures, no text to read
    if (!pdf.problem && !pdf.text.trim()) return { ...base, text: pdf.text, problem: `${label} has no text in it (a scan or a photograph?): open it to read it` };
    return { ...base, text: pdf.text, problem: pdf.problem && `${label}: ${pdf.problem}` };
  } catch (err) {
    const why = err instanceof DocxRefused ? `refused: ${err.message}` : `could not be read: ${(err as Error).message}`;
    return { ...base, text: null, problem: `${label} ${why}` };
  }
}
