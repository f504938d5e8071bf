// HTML to text, shared by two stages: the message stage (HTML-only bodies, HTML and .docx
// attachments) and the extraction stage's body reader, which reads the quote structure that
// Outlook and webmail mark in their HTML. Plain functions over strings, no I/O.
import { compile, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';

/** Longest HTML handed to the converter; the rest is dropped (a reply is never this long). */
export const MAX_HTML_CHARS = 1_000_000;

/**
 * Deepest DOM level converted. html-to-text recurses per level and overflows its stack past
 * about 1,000 nested tables; real mail nests a few dozen at most.
 */
const MAX_HTML_DEPTH = 150;

/** A line that html-to-text cannot produce from ordinary mail: where a mail client's quoted letter begins. */
export const QUOTED_BELOW = '\u2063[lhs: quoted mail below]\u2063';

/**
 * Opening tags with which mail clients start the quoted letter under a top-posted reply.
 * Everything from such a tag to the end is earlier mail. Blockquote-based clients (Gmail,
 * Apple Mail, Thunderbird) are left to the text rules: html-to-text prefixes blockquotes
 * with "> ", which keeps bottom-posted replies (text after the quote) apart.
 */
const QUOTE_START_TAG: RegExp[] = [
  /\bid\s*=\s*["']?(?:x_)*(?:divRplyFwdMsg|appendonsend|divRpF\d*)\b/i, // Outlook on the web (2010: divRpF), x_ when quoted again
  /^<hr\b[^>]*width\s*[:=]\s*["']?98%/i, // Outlook on the web: the rule above the header block
  /^<div\b[^>]*border-top\s*:\s*solid\s+#(?:E1E1E1|B5C4DF)\b/i, // Outlook 2007-2016 desktop header block
  /^<div\b[^>]*class\s*=\s*["']?[^"'>]*\byahoo_quoted\b/i, // Yahoo
  /^<div\b[^>]*class\s*=\s*["']?OutlookMessageHeader\b/i, // Outlook 2003
];

/** Where clients put the sender's signature: Outlook on the web, Gmail, Thunderbird. */
const SIGNATURE_TAG = /\bid\s*=\s*["']?Signature\b|\bclass\s*=\s*["']?[^"'>]*\b(?:gmail_signature|moz-signature)\b/;

/** Offset of the first signature block before `end`, or -1. */
function findSignatureStart(html: string, end: number): number {
  const tags = /<(?:div|pre|span)\b[^<>]{0,4000}>/gi;
  for (let m = tags.exec(html); m && m.index < end; m = tags.exec(html)) {
    if (SIGNATURE_TAG.test(m[0])) return m.index;
  }
  return -1;
}

/** Offset of the first tag that starts a client's quoted letter, or -1. Linear: one pass over the tags. */
export function findQuoteStart(html: string): number {
  // the body reader asks this of the same HTML two or three times
  if (html === lastQuoteSearch.html) return lastQuoteSearch.at;
  const at = searchQuoteStart(html);
  lastQuoteSearch = { html, at };
  return at;
}
let lastQuoteSearch: { html: string | null; at: number } = { html: null, at: -1 };

function searchQuoteStart(html: string): number {
  // [^<>] bounds each attempt by the next angle bracket, so broken markup cannot make this quadratic
  const tags = /<(?:div|hr|table|span)\b[^<>]{0,4000}>/gi;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (QUOTE_START_TAG.some((re) => re.test(m![0]))) return m.index;
  }
  return -1;
}

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

/** Text of a cell's subtree on one line; a mailto target that differs from its text is kept. */
function cellText(node: DomNode, depth: number, out: string[]): void {
  if (depth > MAX_HTML_DEPTH) return;
  if (node.type === 'text') {
    out.push((node.data ?? '').replace(/&nbsp;/g, ' '));
    return;
  }
  if (node.type !== 'tag' || node.name === 'style' || node.name === 'script' || node.name === 'img') return;
  if (node.name === 'br' || node.name === 'p' || node.name === 'div') out.push(' ');
  for (const c of node.children ?? []) cellText(c, depth + 1, out);
  const href = node.name === 'a' ? (node.attribs?.href ?? '') : '';
  if (/^mailto:/i.test(href)) out.push(` <${href}>`);
}

/** A cell's content on the row's line, then the cell separator (trimmed off at the row's end later). */
function cellInline(): FormatCallback {
  return (elem, _walk, builder) => {
    const parts: string[] = [];
    cellText(elem as unknown as DomNode, 0, parts);
    const text = decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
    builder.addInline(`${text} ${CELL_SEPARATOR} `);
  };
}

/** htmlparser2 leaves entities in text nodes when html-to-text parses with decodeEntities off; decode the usual ones. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (all, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff));
    if (hex) return String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name!.toLowerCase()] ?? all;
  });
}

const CELL_SEPARATOR = '|';

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  limits: { maxDepth: MAX_HTML_DEPTH, maxChildNodes: 20_000, maxInputLength: MAX_HTML_CHARS },
  selectors: [
    // keep a link's target where it differs from its text: the nominee's address is sometimes only in a mailto href
    { selector: 'a', options: { linkBrackets: ['<', '>'], hideLinkIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'hr', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    // a table row is one line with its cells apart: "Name | Dr Jane Smith" (reply forms are two-column tables)
    { selector: 'table', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'td', format: 'tableCellInline' },
    { selector: 'th', format: 'tableCellInline' },
  ],
  formatters: { tableCellInline: cellInline() },
};

/**
 * Outlook (desktop and web) writes every line as its own <p> with no margins, and a blank
 * line as <p>&nbsp;</p>: there a <p> is a line, not a paragraph.
 */
const OPTIONS_P_AS_LINE: HtmlToTextOptions = {
  ...OPTIONS,
  selectors: [...OPTIONS.selectors!, { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } }],
};

/** Compiled once, on first use: html-to-text's convert() builds its selector tree anew on every call. */
const compiled = (options: HtmlToTextOptions) => {
  let fn: ((html: string) => string) | null = null;
  return () => (fn ??= compile(options));
};
const convertDefault = compiled(OPTIONS);
const convertPAsLine = compiled(OPTIONS_P_AS_LINE);

function render(html: string): string {
  const pIsLine = /class\s*=\s*["']?MsoNormal|<p\s+style\s*=\s*["']margin-top:\s*0(?:px)?;\s*margin-bottom:\s*0/i.test(html);
  const text = (pIsLine ? convertPAsLine() : convertDefault())(html);
  // the separator after a row's last cell, and rows whose cells are all empty
  return tidyLinks(text.replace(/(?:[ \t]*\|)+[ \t]*$/gm, ''));
}

/** Plain text of an HTML body. Links keep their target as "text <target>", images go. */
export function htmlToText(html: string): string {
  const capped = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  return render(capped);
}

/**
 * Plain text of an HTML body with the line QUOTED_BELOW where the client's quoted letter
 * begins (if the HTML marks one).
 */
export function htmlToTextMarkingQuote(html: string): string {
  const capped = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const at = findQuoteStart(capped);
  let marked = at < 0 ? capped : `${capped.slice(0, at)}<p>${QUOTED_BELOW}</p>${capped.slice(at)}`;
  // a signature block the client marks gets the "-- " line a plain-text signature starts with
  const sig = findSignatureStart(marked, at < 0 ? marked.length : at);
  if (sig >= 0) marked = `${marked.slice(0, sig)}<p>-- </p>${marked.slice(sig)}`;
  return render(marked);
}

/**
 * "a@b <mailto:a@b>" → "a@b"; "Name <mailto:a@b>" → "Name <a@b>". Outlook writes the same
 * "text<mailto:...>" form into its plain parts, so both kinds of body come out alike.
 */
export function tidyLinks(text: string): string {
  if (!text.includes('@')) return text;
  // anchored on "<mailto:", looking back for the shown text: linear, whatever the line
  const out = text.replace(/ ?<mailto:([^\s<>]{1,254})>/gi, (all: string, target: string, at: number) => {
    const address = target.split('?')[0]!;
    let from = at;
    while (from > 0 && at - from < 254 && !/[\s<>]/.test(text[from - 1]!)) from--;
    const shown = text.slice(from, at);
    if (shown && shown.toLowerCase() === address.toLowerCase()) return '';
    return shown ? ` <${address}>` : `<${address}>`;
  });
  // "a@b <a@b>" → "a@b": anchored on " <address>", comparing the text just before it (a
  // back-reference regex here tried 64 characters ahead from every position of the body)
  return out.replace(/ <([^\s<>@]{1,64}@[^\s<>@]{1,254})>/g, (all: string, address: string, at: number) => {
    const start = at - address.length;
    return start >= 0 && out.slice(start, at).toLowerCase() === address.toLowerCase() ? '' : all;
  });
}
