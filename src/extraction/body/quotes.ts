import { QUOTED_BELOW } from '../../text/html.js';

/** The text split into what the sender wrote and the earlier mail it quotes. */
export interface QuoteSplit {
  /** lines the sender wrote (quoted lines and blocks removed) */
  reply: string;
  /** the quoted lines and blocks, as they stand (">" prefixes kept), in message order */
  quoted: string;
}

/**
 * Lines after which everything is earlier mail (top-posting clients quote the whole letter
 * below one of these, without ">" prefixes).
 */
const REST_IS_QUOTED: RegExp[] = [
  /^-{2,}\s*Original Message\s*-{2,}$/i, // Outlook 2003, AOL, Android ("-------- Original message --------")
  /^-{2,}\s*(?:Forwarded|Weitergeleitete|Message transféré)[^-]{0,40}-{2,}$/i, // Gmail, Yahoo, Thunderbird forwards
  /^-{3,}\s*Forwarded by .{1,120}-{3,}$/i, // Lotus Notes forward
  /^-{3,}.{0,120}\bwrote:\s*-{3,}$/i, // Lotus Notes reply separator: -----"Name" <a@b> wrote: -----
  /^Begin forwarded message:$/i, // Apple Mail forward
  /^>>> .{1,200} >>>$/, // GroupWise: >>> "Name" <a@b> 17/10/2016 11:05 >>>
];

const HEADER_FROM = /^\*?(?:From|De|Von|Van|Da|Från|Fra)\s?\*?:\*?\s*\S/i;
const HEADER_OTHER = /^\*?(?:Sent|Date|To|Cc|Subject|Envoyé|Gesendet|Datum|À|An|Objet|Betreff|Verzonden|Aan|Onderwerp|Inviato|Oggetto|Enviado|Asunto|Para)\s?\*?:\*?/i;

/** Outlook and most clients: "From: ..." followed within a few lines by Sent/Date/To/Subject. */
function isHeaderBlock(lines: string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i]!)) return false;
  let others = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) if (HEADER_OTHER.test(lines[j]!)) others++;
  return others >= 2;
}

/**
 * Lotus Notes' reply header: sender and date lines, then "To" / "cc" / "Subject" each on a
 * line of its own with the value under it. Returns where the block starts, or -1.
 */
function lotusHeaderStart(lines: string[], i: number): number {
  if (lines[i] !== 'To') return -1;
  let subject = false;
  for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) if (lines[j] === 'Subject') subject = true;
  if (!subject) return -1;
  let start = i;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (lines[j] === '' || /@|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(lines[j]!)) start = j;
    else break;
  }
  return start;
}

const ATTRIBUTION_START = /^(?:On|Le|Am|El|Op|Il|Em)\s/;
// "... wrote:", and German/Dutch "Am <date> schrieb <name> <address>:"
const ATTRIBUTION_END = /(?:wrote|writes|a écrit|schrieb|escribió|schreef|ha scritto|escreveu)\s?:$|\b(?:schrieb|schreef)\b.{1,200}:$/i;
/** What an attribution names besides the writer: an address, a date or a time. */
const ADDRESS_OR_DATE = /@|\d{1,2}[:/.]\d{2}|\b\d{4}\b/;

/** "On <date>, <name> wrote:" over at most three lines (clients wrap long attributions). Returns its last line, or -1. */
function attributionEnd(lines: string[], i: number): number {
  if (!ATTRIBUTION_START.test(lines[i]!)) {
    // "Jane Smith <j@x.nhs.uk> wrote:" on its own; "as my colleague wrote:" is prose
    return ATTRIBUTION_END.test(lines[i]!) && ADDRESS_OR_DATE.test(lines[i]!) && lines[i]!.length <= 300 ? i : -1;
  }
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    if (lines[j]!.length > 300) return -1;
    if (ATTRIBUTION_END.test(lines[j]!)) return j;
    if (j > i && lines[j] === '') return -1;
  }
  return -1;
}

const QUOTE_PREFIX = /^ {0,3}>/;

/**
 * Separates the sender's text from quoted mail, line by line: ">" lines and their
 * attribution go to `quoted` wherever they are (bottom-posting and inline answers keep the
 * text around them); a quoted-letter header (Outlook's From/Sent/To/Subject block,
 * "-----Original Message-----", GroupWise, Lotus Notes, forwards) sends everything below it
 * to `quoted`.
 */
export function splitQuoted(text: string): QuoteSplit {
  const raw = text.split('\n');
  const lines = raw.map((l) => l.trim());
  const reply: string[] = [];
  const quoted: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const mark = line.indexOf(QUOTED_BELOW);
    if (mark >= 0) {
      // the HTML's quote marker; inside a layout table it shares a line with the cells before it
      const head = line.slice(0, mark).replace(/[\s|]+$/, '');
      if (head) reply.push(head);
      const tail = line.slice(mark + QUOTED_BELOW.length).replace(/^[\s|]+/, '');
      quoted.push(...(tail ? [tail] : []), ...raw.slice(i + 1));
      break;
    }
    if (line.length > 1000) {
      // no header or attribution is this long; skipping keeps the patterns off pathological lines
      (QUOTE_PREFIX.test(raw[i]!) ? quoted : reply).push(raw[i]!);
      i++;
      continue;
    }
    const lotus = lotusHeaderStart(lines, i);
    if (REST_IS_QUOTED.some((re) => re.test(line)) || isHeaderBlock(lines, i) || lotus >= 0) {
      let from = i;
      if (lotus >= 0) {
        // the sender and date lines above "To" were taken for reply: give them back
        from = lotus;
        reply.splice(reply.length - (i - lotus));
      }
      // a rule drawn above the header (Outlook on the web, Hotmail: a line of underscores) belongs to it
      while (reply.length && /^\s*(?:[_-]{8,}|)\s*$/.test(reply[reply.length - 1]!)) reply.pop();
      quoted.push(...raw.slice(from));
      break;
    }
    const end = attributionEnd(lines, i);
    if (end >= 0) {
      let next = end + 1;
      while (next < lines.length && lines[next] === '') next++;
      if (next >= lines.length || !QUOTE_PREFIX.test(raw[next]!)) {
        // no ">" under the attribution: the quoted letter runs to the end (Yahoo, Outlook for Mac)
        quoted.push(...raw.slice(i));
        break;
      }
      quoted.push(...raw.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    if (QUOTE_PREFIX.test(raw[i]!)) quoted.push(raw[i]!);
    else reply.push(raw[i]!);
    i++;
  }
  return { reply: reply.join('\n'), quoted: quoted.join('\n').trim() };
}
