import { compile } from 'html-to-text';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { readAttachment } from './attachments.js';
import type { Address, Attachment, ParsedMessage } from './types.js';

/** The message cannot be read as an e-mail at all. */
export class UnreadableMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableMessageError';
  }
}

const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:[^\r\n]*$/;
const KEY_HEADERS = /^(from|to|subject|date|message-id|received|return-path|mime-version|content-type|sender):/i;

/**
 * mailparser accepts an empty file or random bytes without complaint, so lhs decides itself:
 * a message must start with a header block that has at least one of the usual headers,
 * and its header block must be text.
 */
export function checkLooksLikeEmail(raw: Buffer): void {
  if (raw.length === 0) throw new UnreadableMessageError('empty message');
  const lfEnd = raw.indexOf('\n\n');
  const headEnd = lfEnd >= 0 ? lfEnd : raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, headEnd >= 0 ? Math.min(headEnd, 256 * 1024) : Math.min(raw.length, 256 * 1024));
  if (head.includes(0)) throw new UnreadableMessageError('binary data where the headers should be (NUL bytes)');
  const lines = head.toString('latin1').split(/\r?\n/);
  // a leading mbox "From " line is tolerated
  const first = lines.findIndex((l, i) => l.trim() !== '' && !(i === 0 && l.startsWith('From ')));
  if (first < 0 || !HEADER_LINE.test(lines[first]!)) {
    throw new UnreadableMessageError('no header block: the message does not start with "Name: value" header lines');
  }
  if (!lines.some((l) => KEY_HEADERS.test(l))) {
    throw new UnreadableMessageError('no From, To, Subject, Date or Message-ID header: not an e-mail message');
  }
}

/**
 * A multipart message must use the boundary it declares and close it: otherwise its MIME is
 * broken or it was cut short, and mailparser would quietly return whatever it got. Returns a
 * problem to note (cut short after a whole first part), or null; throws when unreadable.
 */
export function checkMultipartStructure(raw: Buffer): string | null {
  let headEnd = raw.indexOf('\n\n');
  const crlfEnd = raw.indexOf('\r\n\r\n');
  if (crlfEnd >= 0 && (headEnd < 0 || crlfEnd < headEnd)) headEnd = crlfEnd;
  if (headEnd < 0) return null; // headers only: nothing to check
  const head = raw.subarray(0, Math.min(headEnd, 256 * 1024)).toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  const ct = /^content-type:[ \t]*multipart\/[^\r\n]*$/im.exec(head)?.[0];
  if (!ct) return null;
  const m = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(ct);
  const boundary = m ? (m[1] ?? m[2]!) : null;
  if (!boundary) throw new UnreadableMessageError('broken MIME: a multipart message without a boundary');
  const body = raw.subarray(headEnd);
  const delimiter = Buffer.from(`\n--${boundary}`, 'latin1');
  if (body.indexOf(delimiter) < 0) {
    throw new UnreadableMessageError(`broken MIME: the multipart boundary "${boundary}" never appears in the body`);
  }
  if (body.lastIndexOf(Buffer.from(`\n--${boundary}--`, 'latin1')) < 0) {
    // cut short: readable only if its first part (the text, in every mail client) is whole
    if (body.indexOf(delimiter, body.indexOf(delimiter) + delimiter.length) < 0) {
      throw new UnreadableMessageError('truncated: the message ends inside its first MIME part');
    }
    return 'truncated: the multipart message ends before its closing boundary; the parts before the cut are read';
  }
  return null;
}

function addresses(a: AddressObject | AddressObject[] | undefined): Address[] {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  const out: Address[] = [];
  const walk = (vals: { name?: string; address?: string; group?: unknown[] }[]) => {
    for (const v of vals) {
      if (v.group) walk(v.group as typeof vals);
      else if (v.address || v.name) out.push({ name: v.name ?? '', address: (v.address ?? '').toLowerCase() });
    }
  };
  for (const o of list) walk(o.value);
  return out;
}

function headerMap(parsed: ParsedMail): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { key, line } of parsed.headerLines) {
    const raw = line.slice(line.indexOf(':') + 1);
    // most header lines are not folded: no need to look for a fold in them
    const value = (raw.includes('\n') ? raw.replace(/\r?\n[ \t]+/g, ' ') : raw).trim();
    (out[key.toLowerCase()] ??= []).push(value);
  }
  return out;
}

function contentTypeOf(parsed: ParsedMail): { type: string; reportType: string | null } {
  const ct = parsed.headers.get('content-type') as { value?: string; params?: Record<string, string> } | string | undefined;
  if (!ct) return { type: 'text/plain', reportType: null };
  if (typeof ct === 'string') return { type: ct.split(';')[0]!.trim().toLowerCase(), reportType: null };
  return { type: (ct.value ?? 'text/plain').toLowerCase(), reportType: ct.params?.['report-type']?.toLowerCase() ?? null };
}

export interface ReadMessageOptions {
  /** Bounds for each attachment's text extraction. */
  attachmentLimits?: Parameters<typeof readAttachment>[1];
}

// checksumAlgo false: mailparser would md5 every attachment, and lhs never reads the checksum
const PARSER_OPTIONS = { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, keepCidLinks: true, checksumAlgo: false } as const;

/** The nesting depth mailparser (3.14) checks an HTML body against before converting it, and its converter options. */
const MAILPARSER_HTML_DEPTH = 1000;
let mailparserHtmlToText: ((html: string) => string) | null = null;

/** A header block whose Content-Type is text/html: a guess, which the parse result confirms. */
const HTML_ROOT = /^content-type:[ \t]*text\/html\b/im;

/**
 * simpleParser's result, with the text of an HTML-only message converted by a compiled
 * html-to-text. mailparser converts it with html-to-text's convert(), which builds its
 * converter anew for every message (about half a millisecond); the compiled one with the same
 * options gives the same text. Anything but a single-part HTML message, and HTML that
 * mailparser's own depth check might refuse, is left to mailparser as before.
 */
async function parseMime(raw: Buffer): Promise<ParsedMail> {
  let headEnd = raw.indexOf('\n\n');
  const crlfEnd = raw.indexOf('\r\n\r\n');
  if (crlfEnd >= 0 && (headEnd < 0 || crlfEnd < headEnd)) headEnd = crlfEnd;
  const head = raw.subarray(0, Math.min(headEnd >= 0 ? headEnd : raw.length, 256 * 1024)).toString('latin1');
  if (!HTML_ROOT.test(head)) return simpleParser(raw, PARSER_OPTIONS);
  const parsed = await simpleParser(raw, { ...PARSER_OPTIONS, skipHtmlToText: true });
  const html = parsed.html;
  if (typeof html !== 'string' && parsed.text === undefined && contentTypeOf(parsed).type === 'text/html') return parsed; // no body: nothing converted either way
  // one HTML part, the message itself: mailparser's text would be that HTML converted, alone;
  // fewer tags than its depth limit cannot nest deeper than it
  if (typeof html !== 'string' || parsed.text !== '' || contentTypeOf(parsed).type !== 'text/html' || countOf(html, '<') >= MAILPARSER_HTML_DEPTH) {
    return simpleParser(raw, PARSER_OPTIONS);
  }
  mailparserHtmlToText ??= compile({ limits: { maxDepth: MAILPARSER_HTML_DEPTH } });
  try {
    parsed.text = mailparserHtmlToText(html);
  } catch {
    parsed.text = ''; // what mailparser keeps when its conversion fails
  }
  return parsed;
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** MIME-parses one raw message into plain data for the extraction stage. */
export async function readMessage(raw: Buffer, options: ReadMessageOptions = {}): Promise<ParsedMessage> {
  checkLooksLikeEmail(raw);
  const structureProblem = checkMultipartStructure(raw);
  const parsed = await parseMime(raw);
  const problems: string[] = structureProblem ? [structureProblem] : [];
  const { type, reportType } = contentTypeOf(parsed);
  const attachments: Attachment[] = [];
  for (const a of parsed.attachments) {
    attachments.push(
      await readAttachment(
        { filename: a.filename ?? null, contentType: a.contentType, content: a.content, related: a.related ?? false, inReport: type === 'multipart/report' },
        options.attachmentLimits,
      ),
    );
  }
  const from = addresses(parsed.from)[0] ?? null;
  return {
    messageId: parsed.messageId ?? null,
    inReplyTo: parsed.inReplyTo ?? null,
    references: Array.isArray(parsed.references) ? parsed.references : parsed.references ? [parsed.references] : [],
    subject: parsed.subject ?? '',
    from,
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null,
    headers: headerMap(parsed),
    contentType: type,
    reportType,
    text: parsed.text ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    // mailparser fills `text` from the HTML when there is no plain part; the body reader prefers its own rendering then
    textFromHtml: typeof parsed.html === 'string' && type !== 'text/plain' && !/^content-type:[ \t]*text\/plain/im.test(raw.toString('latin1')),
    attachments,
    problems,
  };
}
