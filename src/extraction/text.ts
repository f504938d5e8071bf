import type { Body } from './body/index.js';
import { isDisclaimer } from './body/disclaimer.js';
import { CSO_ADDRESS, isLetterText, squash, unquoteLines } from './letter.js';

/** Longest text any rule here looks at: caps the cost of pathological input before any regex. */
export const MAX_RULE_CHARS = 60_000;

export const cap = (s: string, n = MAX_RULE_CHARS): string => (s.length > n ? s.slice(0, n) : s);

/**
 * Spaces and tabs at the end of a line: /[ \t]+$/gm spelt with a lookahead (where a multiline $
 * matches), which V8 runs faster.
 */
export const TRAILING_BLANKS = /[ \t]+(?=[\n\r\u2028\u2029]|$)/g;

/** Tidies text for the rules: one kind of newline, apostrophe and dash; mailto duplicates kept apart. */
export function tidy(s: string): string {
  return cap(s)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u00a0/g, ' ')
    .replace(TRAILING_BLANKS, '');
}

// A line that closes the message and opens the sender's signature.
const SIGN_OFF =
  /^\s*(?:(?:with\s+)?(?:kind(?:est)?|best|warm(?:est)?|many)\s+(?:regards|wishes|thanks)|regards|best|thanks(?:\s+(?:again|in advance|very much))?|many thanks|thank you(?:\s+(?:again|very much))?|with thanks|yours(?:\s+(?:sincerely|faithfully|truly))?|sincerely|cheers|all the best|--)[\s,.!]*$/i;

/** Splits written text at the first sign-off line: what was said, and the signature below it. */
export function splitSignOff(text: string): { content: string; signature: string } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (SIGN_OFF.test(lines[i]!) && lines.slice(0, i).some((l) => l.trim())) {
      return { content: lines.slice(0, i).join('\n'), signature: lines.slice(i + 1).join('\n') };
    }
  }
  return { content: text, signature: '' };
}

/** Letters and digits a paragraph needs before it counts for or against a segment being the letter. */
const MIN_TELLING = 12;

/** squash(p).length >= n (ASCII letters and digits), counting only as far as it needs to. */
function hasAlnumAtLeast(p: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i) | 0x20; // upper case folded onto lower; digits keep their codes
    if (((c >= 0x61 && c <= 0x7a) || (p.charCodeAt(i) >= 0x30 && p.charCodeAt(i) <= 0x39)) && ++count >= n) return true;
  }
  return false;
}

// Where an earlier message starts inside quoted text.
const QUOTE_HEADER = /^(?:>\s?)*(?:-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}|From:\s.*|On\s.{4,200}wrote:|>{3}\s.*|Begin forwarded message:)\s*$/i;
const HEADER_FIELD = /^(?:>\s?)*(?:From|Sent|To|Cc|Subject|Date|Importance):/i;

/**
 * Text typed into the quoted letter: answers written under "Could you please confirm their
 * name...", and bottom-posted replies under an "On ... wrote:" line. Only parts of quoted mail
 * that is mostly the letter itself count, so a forwarded earlier nomination or an internal
 * note stays out.
 */
export function answersInQuotedLetter(quoted: string, opts: { prefixed?: boolean } = {}): string {
  const lines = tidy(quoted).split('\n');
  const segments: string[][] = [[]];
  for (const line of lines) {
    if (QUOTE_HEADER.test(line) && segments[segments.length - 1]!.some((l) => l.trim() && !HEADER_FIELD.test(l))) {
      segments.push([]);
    }
    segments[segments.length - 1]!.push(line);
  }
  const out: string[] = [];
  for (const seg of segments) {
    // a rule of underscores or dashes between messages is no paragraph of the letter
    const all = paragraphs(seg.filter((l) => !HEADER_FIELD.test(l) && !QUOTE_HEADER.test(l))).filter((p) => /\p{L}/u.test(p));
    const allLetter = all.map((p) => isLetterText(unquoteLines(p)));
    // a footer under the quoted letter is no answer typed into it (the letter's own paragraphs need no check)
    const keep = all.map((p, i) => allLetter[i] || !isDisclaimer(unquoteLines(p)));
    const paras = all.filter((_, i) => keep[i]);
    const letter = allLetter.filter((_, i) => keep[i]);
    // a sign-off initial or "Thanks" is a piece of the letter's text too: only paragraphs long
    // enough to say something tell a quoted letter from a colleague's note above it
    const telling = paras.map((p) => hasAlnumAtLeast(p, MIN_TELLING));
    const letterCount = letter.filter((l, i) => l && telling[i]).length;
    if (!paras.length || letterCount === 0 || letterCount < telling.filter(Boolean).length / 2) continue;
    // a message from the CSO mailbox (a reminder) opens with its own covering note above the
    // letter it copies: that note is the CSO team's words, whatever they are, not an answer
    const fromCso = seg.some((l) => /^(?:>\s?)*From:\s/i.test(l) && (CSO_ADDRESS.test(l) || /\bCSO\b/.test(l)));
    // (where the letter's own paragraphs start: a salutation like "Dear Colleague" opens any note)
    const letterStarts = fromCso ? paras.findIndex((p, i) => letter[i] && hasAlnumAtLeast(p, 40)) : 0;
    for (const [i, p] of paras.entries()) {
      if (i < letterStarts) continue;
      if (letter[i] || (p.startsWith('>') && !opts.prefixed)) continue;
      // an answer typed on the line under a letter sentence shares its paragraph: the letter's lines out
      const own = p
        .split('\n')
        .map((l) => l.replace(/^(?:>\s?)+/, ''))
        .filter((l) => !(squash(l).length >= 12 && isLetterText(l)));
      if (own.some((l) => /\p{L}{2}/u.test(l))) out.push(own.join('\n'));
    }
  }
  return out.join('\n\n');
}

/** Earlier messages in quoted mail that are not the letter (a forwarded chain), newest first, with their sender line. */
export function forwardedMessages(quoted: string): { from: string; text: string }[] {
  const lines = tidy(quoted).split('\n');
  const segments: string[][] = [[]];
  for (const line of lines) {
    if (QUOTE_HEADER.test(line) && segments[segments.length - 1]!.some((l) => l.trim() && !HEADER_FIELD.test(l))) segments.push([]);
    segments[segments.length - 1]!.push(line);
  }
  const out: { from: string; text: string }[] = [];
  for (const seg of segments) {
    const from = seg.find((l) => /^(?:>\s?)*From:\s/i.test(l))?.replace(/^(?:>\s?)*From:\s*/i, '') ?? '';
    const body = seg.filter((l) => !HEADER_FIELD.test(l) && !QUOTE_HEADER.test(l)).map((l) => l.replace(/^(?:>\s?)+/, ''));
    const paras = paragraphs(body).filter((p) => p.trim());
    if (!paras.length || paras.filter((p) => isLetterText(p)).length >= paras.length / 2) continue;
    out.push({ from, text: unwrap(body.join('\n')) });
  }
  return out;
}

function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) out.push(cur.join('\n'));
    cur = [];
  };
  for (const l of lines) {
    const bare = l.replace(/^(?:>\s?)+/, '').trim();
    if (!bare) flush();
    else if (cur.length && l.startsWith('>') !== cur[0]!.startsWith('>')) {
      flush();
      cur.push(l);
    } else cur.push(l);
  }
  flush();
  return out;
}

/** The parts of a message the field rules read. */
export interface Sections {
  /** What the sender wrote, signature removed (reply plus answers typed into the quoted letter). */
  content: string;
  /** The sender's signature (from the body stage, or found below a sign-off line). */
  signature: string;
  /** Answers typed into the quoted letter, also part of content. */
  inline: string;
}

/**
 * Joins lines that a mail client wrapped at a fixed width (plain text at 72-76 columns), so a
 * name, job title or phone number split over two lines reads whole. A line is joined to the
 * next only when it is long, does not end a sentence, and the next line is not a label,
 * bullet or blank.
 */
export function unwrap(text: string): string {
  const lines = text.split('\n');
  // text wrapped at a fixed width has no line longer than the width, and several close to it
  if (lines.some((l) => l.length > 80) || lines.filter((l) => l.length >= 60).length < 2) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (
      i + 1 < lines.length &&
      lines[i]!.length >= 60 &&
      lines[i]!.length <= 80 &&
      !/[.:;!?]\s*$/.test(lines[i]!) &&
      // table rows ("a | b | c", tab-separated) are not wrapped prose
      !/\s\|\s|\t/.test(lines[i]!) &&
      !/\s\|\s|\t/.test(lines[i + 1]!) &&
      /^\s*\S/.test(lines[i + 1]!) &&
      !/^\s*(?:[*•·\-–]|\d{1,2}[.)]|[A-Z][A-Za-z ]{1,30}:\s*\S|>)/.test(lines[i + 1]!)
    ) {
      i++;
      line += ' ' + lines[i]!.trim();
    }
    out.push(line);
  }
  return out.join('\n');
}

// The header line of quoted mail left at the end of the reply ("On Tue, ... wrote:" wrapped over two lines).
const TRAILING_QUOTE_HEADER = /\n(?:On\s[^\n]{4,200}(?:\n[^\n]{0,120})?\swrote:|-{2,}\s*Original Message\s*-{2,})[\s\S]*$/;

// "P.S.", "PS:", "P.P.S." opening a paragraph: written after signing, but still what the sender says
const POSTSCRIPT = /^[ \t]*(?:P\.[ \t]?(?:P\.[ \t]?)?S\.?|P\.?P?S[ \t]*[:\-–])[ \t]*(?=\S)/m;

/** A postscript below the signature, and the signature without it. */
export function splitPostscript(signature: string): { postscript: string; signature: string } {
  const m = POSTSCRIPT.exec(signature);
  if (!m) return { postscript: '', signature };
  const rest = signature.slice(m.index + m[0].length);
  const end = rest.search(/\n[ \t]*\n/);
  const postscript = end < 0 ? rest : rest.slice(0, end);
  return { postscript: postscript.trim(), signature: (signature.slice(0, m.index) + (end < 0 ? '' : rest.slice(end))).replace(/\s+$/, '') };
}

// a salutation line: a letter starts under it
const SALUTATION = /^[ \t]*Dear\s+\S[^\n]{0,60}$/m;

/**
 * A formal letter pasted under the signature of a covering note ("Please see below Mr F's
 * response", then the secretary's signature, then "Dear Ms Carragher ... Yours sincerely"): the
 * letter is what the trust says; the covering signature and the letter's own stay signature.
 */
export function splitPastedLetter(signature: string): { letter: string; signature: string } {
  const m = SALUTATION.exec(signature);
  if (!m) return { letter: '', signature };
  const from = signature.slice(m.index);
  const rest = splitSignOff(from);
  // a letter closes with a sign-off ("Yours sincerely"), and says something between the two
  // (a disclaimer that opens "Dear recipient" has no sign-off)
  if (rest.content.length === from.length || !/\p{L}{3,}[^\n]*\n?[\s\S]*\p{L}{3,}/u.test(rest.content.slice(m[0].length))) return { letter: '', signature };
  return { letter: rest.content, signature: [signature.slice(0, m.index), rest.signature].filter((s) => s.trim()).join('\n\n') };
}

/** Paragraphs of the letter (or reminder) pasted without quote marks left out: it is still the letter. */
const withoutLetterText = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .filter((p) => p.replace(/\s/g, '').length < 40 || !isLetterText(p))
    .join('\n\n');

export function sectionsOf(body: Body): Sections {
  const reply = unwrap(tidy(body.replyText).replace(TRAILING_QUOTE_HEADER, ''));
  const inline = unwrap(answersInQuotedLetter(body.quoted));
  const a = splitSignOff(reply);
  const b = inline ? splitSignOff(inline) : { content: '', signature: '' };
  const own = splitPostscript(body.signature ? tidy(body.signature) : '');
  const below = splitPostscript(a.signature);
  const pasted = splitPastedLetter(below.signature);
  const signature = [own.signature, pasted.signature, b.signature].filter((s) => s.trim()).join('\n\n');
  const content = [withoutLetterText(a.content), withoutLetterText(pasted.letter), below.postscript, own.postscript, b.content].filter((s) => s.trim()).join('\n\n');
  return { content, signature, inline: b.content };
}
