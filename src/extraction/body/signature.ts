/** How the signature was found: the other half of extraction trusts a sign-off more than a guess. */
export type SignatureFound = 'sign-off' | 'dashes' | 'trailing-block';

export interface SignatureSplit {
  text: string;
  signature: string | null;
  signatureFound: SignatureFound | null;
}

/** Closing words that end the message body; the signature is what follows them. */
const SIGN_OFF =
  /^(?:(?:with\s+)?(?:(?:very\s+)?(?:kind|kindest|best|warm|warmest|warmly)\s+)?(?:regards|wishes)|(?:with\s+)?(?:many\s+)?thanks(?:\s+(?:again|in advance|(?:very|so)\s+much|and\s+best\s+wishes))?|thank\s+you(?:\s+(?:again|in advance|(?:very|so)\s+much))?|with\s+thanks|many\s+thanks|yours\s+(?:sincerely|faithfully|truly|ever)|yours|sincerely|best|all\s+the\s+best|cheers|thanks\s+and\s+(?:kind\s+)?regards|respectfully|take\s+care|speak\s+soon|merci[^\n]{0,30})[,.!]?$/i;

/** "Regards, Jane" / "Thanks - Rob": a sign-off with the name on the same line. */
const SIGN_OFF_WITH_NAME =
  /^((?:(?:kind|best|warm)\s+)?regards|(?:best|kind)\s+wishes|(?:many\s+)?thanks|cheers)\s*[,-]\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/iu;

const TITLE = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev|Revd)\.?$/;
const POST_NOMINAL = /^(?:[A-Z][A-Za-z]{0,3}[A-Z]+[a-z]?|PhD|MSc|BSc|MA|MBA|MD|FRCPath|MIPEM|FIPEM|CSci|FHCS|OBE|MBE|CBE)[,.]?$/;
/** Lower-case parts of surnames: "Jan van der Berg", "Maria de Souza", "Ahmed bin Salleh". */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|du|la|le|bin|binti|al|el|ter|ten|op|dos|das)$/;
/** Words that look like a name but are a reply: "Thanks", "Yes". */
const NOT_A_NAME = /^(?:thanks|thank|yes|no|ok|okay|regards|cheers|best|sorry|hi|hello|dear|please|fyi|noted|agreed|attached|see|done)$/i;

/** A person's name on its own line: "Dr Ciara O'Neill PhD MIPEM", "Neville", "HUSSAIN, Imran". */
export function isNameLine(line: string): boolean {
  const t = line.trim().replace(/[,.]$/, '');
  if (t.length === 0 || t.length > 60 || /[\d@:|/()]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  let nameWords = 0;
  for (const w of words) {
    if (TITLE.test(w) || POST_NOMINAL.test(w) || (nameWords > 0 && PARTICLE.test(w))) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*,?$/u.test(w) || NOT_A_NAME.test(w)) return false;
    nameWords++;
  }
  return nameWords >= 1 && nameWords <= 4;
}

const ROLE_OR_ORG =
  /\b(?:Director|Manager|Head|Consultant|Officer|Scientist|Assistant|PA|Secretary|Lead|Chair|Chief|Executive|Clinical|Physicist|Physiologist|Engineer|Administrator|Coordinator|Co-ordinator|Deputy|Associate|Interim|Acting|Principal|Specialist|Nurse|Doctor|Professor|Trust|NHS|Hospitals?|Foundation|University|College|Ltd|Limited|plc|Department|Directorate|Division|Service|Services|Centre|Center|Laboratory|Laboratories|Group|Office|Team|Infirmary|Campus|Building|House|Floor|Road|Street|Lane|Way|Avenue|Place|Park|Square)\b/i;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
const CONTACT = /@|www\.|https?:|\b(?:Tel|Telephone|Phone|Mob|Mobile|Fax|Ext|Extn|Bleep|Switchboard|Direct|DDI|Email|E-mail|Web|M|T|E|P|F)\b\.?\s*[:.]?\s*[+\d(]|\d{3,}/i;

/** A line that a signature block is made of: a name, a job, an organisation, an address, contact details. */
function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 120 || /^(?:Name|Title|Job title|Role|Lead|Deputy)\s*:/i.test(t) || isProse(t)) return false;
  if (isNameLine(t) || t.includes(' | ') || CONTACT.test(t) || POSTCODE.test(t)) return true;
  // a job title or an organisation: short, no sentence
  return ROLE_OR_ORG.test(t) && t.split(/\s+/).length <= 14 && !/[.?!:;]$/.test(t) && !/\b(?:I|we|is|are|will|would|has|have|please)\b/i.test(t);
}

const MAX_SIGNATURE_LINES = 20;

/**
 * A sentence the sender wrote (a P.S., a late afterthought): after a sign-off it means the
 * sign-off was not the end. A tagline ("Delivering the right care, at the right time", "Our
 * vision is outstanding care for every patient.") is no such sentence.
 */
function isProse(line: string): boolean {
  const t = line.trim();
  // first person singular or a request: taglines ("We are a smoke-free trust.") speak as the organisation
  return /^P\.?\s?S\b/i.test(t) || (t.split(/\s+/).length >= 6 && /[.?!]$/.test(t) && /\b(?:I|I'm|I’m|I'll|I’ll|I've|me|my|please|you)\b/.test(t));
}

/** The sign-off nearest the end whose tail is short enough to be a signature and holds no prose; or null. */
function lastSignOff(lines: string[]): { at: number; name: string | null } | null {
  let nonEmptyAfter = 0;
  for (let i = lines.length - 1; i >= 0 && nonEmptyAfter <= MAX_SIGNATURE_LINES; i--) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    if (isProse(t)) return null;
    if (t.length <= 60) {
      if (SIGN_OFF.test(t)) return { at: i, name: null };
      const m = SIGN_OFF_WITH_NAME.exec(t);
      if (m && isNameLine(m[2]!)) return { at: i, name: m[2]! };
    }
    nonEmptyAfter++;
  }
  return null;
}

/** A line that the next one continues ("Our LHS will be", "Name:"): what follows is content. */
const RUNS_ON = /(?:[,:;–-]|\b(?:be|is|are|as|to|of|and|our|the|by|from))$/i;
/** A line announcing the block under it: "Her details are below.", "We nominate the following." */
const ANNOUNCES = /(?:\bas follows|\bthe following|\b(?:details|nomination|nominee|nominees|information)\s+(?:is\s+|are\s+)?below)\W*$/i;

/** Start of a trailing block of signature lines that begins with a name, or -1. */
function trailingBlockStart(lines: string[]): number {
  let i = lines.length - 1;
  while (i >= 0 && lines[i]!.trim() === '') i--;
  const end = i;
  let start = -1;
  let blanks = 0;
  for (; i >= 0 && end - i < MAX_SIGNATURE_LINES; i--) {
    const t = lines[i]!.trim();
    if (t === '') {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    if (!isSignatureLine(t)) break;
    if (isNameLine(t)) start = i;
  }
  if (start <= 0) return -1;
  // text that announces what follows ("details below:", "Name:") makes the block content, not a signature
  let before = start - 1;
  while (before >= 0 && lines[before]!.trim() === '') before--;
  const prev = before < 0 ? '' : lines[before]!.trim();
  if (before < 0 || RUNS_ON.test(prev) || ANNOUNCES.test(prev)) return -1;
  const block = lines.slice(start, end + 1).filter((l) => l.trim() !== '');
  // one lone line is a signature only as a short name ("Neville"), not as a capitalised phrase of more words
  if (block.length === 1 && block[0]!.trim().split(/\s+/).length > 3) return -1;
  return start;
}

const DASHES = /^--\s?$/;

/**
 * Keeps the sender's signature apart from the text: after the last sign-off ("Kind regards"),
 * else after a "-- " line, else a trailing block of name / job / organisation / contact lines
 * that starts with a name. The sign-off itself stays with the text.
 */
export function splitSignature(text: string): SignatureSplit {
  const lines = text.split('\n');
  const finish = (textLines: string[], sigLines: string[], how: SignatureFound): SignatureSplit => {
    const signature = sigLines.filter((l) => !DASHES.test(l.trim())).join('\n').trim();
    return { text: textLines.join('\n').trim(), signature: signature || null, signatureFound: signature ? how : null };
  };
  const signOff = lastSignOff(lines);
  if (signOff) {
    const head = lines.slice(0, signOff.at + 1);
    const tail = lines.slice(signOff.at + 1);
    if (signOff.name) {
      head[head.length - 1] = head[head.length - 1]!.trim().slice(0, -signOff.name.length).replace(/[\s,-]+$/, '');
      tail.unshift(signOff.name);
    }
    return finish(head, tail, 'sign-off');
  }
  let dashes = -1;
  for (let i = lines.length - 1; i >= 0 && lines.length - i <= MAX_SIGNATURE_LINES + 1; i--) {
    if (DASHES.test(lines[i]!.trim()) && lines[i]!.startsWith('--')) dashes = i;
  }
  if (dashes >= 0) return finish(lines.slice(0, dashes), lines.slice(dashes + 1), 'dashes');
  const start = trailingBlockStart(lines);
  if (start > 0) return finish(lines.slice(0, start), lines.slice(start), 'trailing-block');
  return { text: text.trim(), signature: null, signatureFound: null };
}
