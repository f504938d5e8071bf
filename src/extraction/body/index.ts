import { findQuoteStart, htmlToTextMarkingQuote, tidyLinks } from '../../text/html.js';
import type { ParsedMessage } from '../../message/types.js';
import { removeDisclaimers } from './disclaimer.js';
import { splitQuoted } from './quotes.js';
import { splitSignature, type SignatureFound } from './signature.js';
import { TRAILING_BLANKS } from '../text.js';

export type { SignatureFound } from './signature.js';

/** The parts of a message body, as a careful reader would separate them. */
export interface Body {
  /** What the sender wrote in this message: no quoted mail, no signature, no disclaimer. */
  replyText: string;
  /** The sender's signature block, or null. */
  signature: string | null;
  /**
   * Earlier mail below (or above) the reply: quoted letters, forwarded chains. Kept because
   * answers are sometimes typed into the quoted letter, and forwards carry the nominee.
   * Lines keep their ">" prefixes, so an unprefixed line among them is an inline answer.
   */
  quoted: string;
  /** Text of readable attachments (.docx, .pdf, .txt), each with its file name. */
  attachments: { filename: string | null; text: string }[];
  /**
   * How the signature was told apart: after a sign-off ("Kind regards"), after "-- ", or a
   * trailing name/job/contact block with neither (a guess: it may be a pasted contact block).
   */
  signatureFound: SignatureFound | null;
  /** Which part the text came from: the plain part, the HTML part (none or a poorer plain part), or neither. */
  source: 'text' | 'html' | 'none';
  /**
   * What could not be read, for a person to look at: attachments refused, cut short or in a
   * format lhs does not read (winmail.dat, .doc), and what the MIME layer noticed.
   */
  problems: string[];
}

/** Longest text handed to rules or NLP: caps the cost of pathological input. */
export const MAX_TEXT_CHARS = 100_000;

/** Addresses that only a mailto href holds (the plain part shows "Name<mailto:...>" or just the name). */
function mailtoTargets(html: string): string[] {
  const out: string[] = [];
  const re = /href\s*=\s*["']?mailto:([^"'<>?\s]{3,254})/gi;
  for (let m = re.exec(html); m && out.length < 200; m = re.exec(html)) out.push(safeDecode(m[1]!).toLowerCase());
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A plain part that only says to look at the HTML one. */
const HTML_STUB = /^\s*(?:This (?:is an? )?(?:message|e-?mail) is in HTML format|To view this (?:message|e-?mail),? (?:please )?use an? HTML|Your (?:e-?mail|mail) (?:client|program) does not support HTML)/i;

/** Plain part where it is good enough; the HTML part when there is no plain part or it lost an address. */
function chooseText(msg: ParsedMessage): { text: string; source: Body['source'] } {
  const plain = msg.textFromHtml ? '' : (msg.text?.slice(0, MAX_TEXT_CHARS) ?? '');
  const html = msg.html ?? '';
  if (!html.trim()) return { text: plain, source: plain.trim() ? 'text' : 'none' };
  if (plain.trim() && !HTML_STUB.test(plain.slice(0, 500))) {
    const capped = html.slice(0, 1_000_000);
    const lower = plain.toLowerCase();
    const quoteAt = findQuoteStart(capped);
    // a table in the sender's part: the plain part puts every cell on a line of its own, the HTML keeps rows
    const table = /<table\b/i.test(quoteAt < 0 ? capped : capped.slice(0, quoteAt));
    if (!table && mailtoTargets(capped).every((a) => lower.includes(a))) return { text: plain, source: 'text' };
  }
  return { text: htmlToTextMarkingQuote(html), source: 'html' };
}

/** Line ends, non-breaking and zero-width spaces, trailing blanks, runs of blank lines. */
function normalise(text: string): string {
  return text
    .slice(0, MAX_TEXT_CHARS)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(TRAILING_BLANKS, '')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * Splits a message body into the sender's text, signature and quoted mail: quoted mail by
 * the HTML's structure where the client marks it, else by the quoting conventions in the
 * text; then disclaimers out; then the signature apart.
 */
export function readBody(msg: ParsedMessage): Body {
  let { text, source } = chooseText(msg);
  let { reply, quoted } = splitQuoted(tidyLinks(normalise(text)));
  if (source === 'text' && !quoted && msg.html && findQuoteStart(msg.html.slice(0, 1_000_000)) >= 0) {
    // the HTML marks a quoted letter that the plain part's wording did not show (a header in
    // another language or layout): its structure decides
    source = 'html';
    ({ reply, quoted } = splitQuoted(tidyLinks(normalise(htmlToTextMarkingQuote(msg.html)))));
  }
  const { text: replyText, signature, signatureFound } = splitSignature(removeDisclaimers(reply));
  return {
    replyText: replyText.replace(/\n{3,}/g, '\n\n'),
    signature,
    quoted,
    attachments: msg.attachments.filter((a) => a.text).map((a) => ({ filename: a.filename, text: a.text!.slice(0, MAX_TEXT_CHARS) })),
    signatureFound,
    source,
    problems: [...msg.problems, ...msg.attachments.flatMap((a) => (a.problem ? [a.problem] : []))],
  };
}
