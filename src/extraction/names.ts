/** Reading a person's name as written in a reply: titles and post-nominals kept. */
import { isAscii } from './ascii.js';

export const TITLES = /^(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev|Revd)\.?$/;
export const POST_NOMINALS =
  /^(?:PhD|DPhil|MSc|MPhil|BSc|BA|MA|MBA|MD|MBBS|MBChB|FRCPath|MRCPath|FIPEM|MIPEM|CSci|CEng|FHCS|FRCP|MRCP|FRCS|FRCR|FRSB|FIBMS|MIBMS|FHEA|FIET|FBIR|FCSS|PGCert|PGDip|FRACP|BMBS|DClinSci|EuSpLM|OBE|MBE|CBE|FRSC|FInstP|CPhys|FACB|FRCPCH|FMedSci|CBiol|HCPC|Hons|\(Hons\))[,.]?$/i;

/**
 * Engineering and registration letters that the parse contract's list of post-nominals does not
 * name: read past (never a name of their own, "IEng Miet") but left out of the name, so that
 * "Mr D O'Sullivan MSc IEng MIET" (or "Mr H Galbraith BEng MIPEM") compares equal to "D O'Sullivan" as the register expects.
 */
const UNLISTED_POST_NOMINALS = /^(?:BEng|MEng|BMedSci|MSci|MClinSci|BPharm|MPharm|LLB|IEng|MIET|MInstP|AMIPEM|RCCP|MIPSM|FIPSM|MCSci|RCPSci|AHCS|MAHCS|MRSB|MBCS|MIMechE|CSciTeach)[,.]?$/i;

// Capitalised words that start sentences or name things, not people.
const NOT_NAME = new Set(
  (
    'head consultant clinical scientist scientists lead leads healthcare medical director directors chief principal manager ' +
    'trust nhs hospital hospitals university the our her his he she they we i you it this that these those deputy associate ' +
    'email e-mail tel telephone mobile mob phone name title job role department laboratory laboratories physics pathology ' +
    'science sciences services service group team office board executive january february march april may june july august ' +
    'september october november december monday tuesday wednesday thursday friday saturday sunday yes no please thank thanks ' +
    'dear kind regards best on from to subject sent lhs cso st saint royal north south east west central great city county ' +
    'general community partnership ambulance foundation teaching children women specialist senior interim acting joint ' +
    'programme network networks many with and or for of in at by as if when once while following further having given ' +
    'unit centre center practice care health college school institute nominee nomination contact details dept ext direct ' +
    'fax bleep switchboard pa ea further regarding re fw fwd attached attachment apologies sorry hi hello good morning afternoon ' +
    'engineering physiology biochemistry immunology haematology audiology genetics genomics microbiology radiotherapy cardiac ' +
    'respiratory neurophysiology blood imaging radiology governance quality research development strategy officer ' +
    'physiologist physicist biochemist engineer technologist audiologist geneticist practitioner scientific ' +
    'reply form response return template nominations details summary update correction confirmation request letter ' +
    'forwarding forwarded enclosed attaching sending ' +
    'physiological measurement measurements nuclear medicine histopathology cytology virology diagnostics diagnostic ' +
    'bioinformatics informatics vascular neurology oncology ophthalmic ophthalmology renal urodynamics'
  ).split(/\s+/),
);

/** A capitalised word that is a job, an organisation or a sentence opener rather than a name. */
export const isNotName = (w: string): boolean => NOT_NAME.has(w.toLowerCase()) || UNLISTED_POST_NOMINALS.test(w);

// days and months that are also given names ("Dr Sunday Adebayo", "Mrs June Okafor")
const DAY_OR_MONTH_NAMES = new Set(['sunday', 'monday', 'friday', 'april', 'may', 'june', 'july', 'august']);

/** A day or month read as a given name: straight after a title, with a surname after it. */
function givenNameAfterTitle(word: string, afterTitle: boolean, rest: string): boolean {
  if (!afterTitle || !DAY_OR_MONTH_NAMES.has(word.toLowerCase())) return false;
  const next = /^[ \t]+([^\s,;:()]+)/.exec(rest)?.[1]?.replace(/[.,]$/, '');
  return !!next && WORD.test(next) && !isNotName(next);
}

export interface NameRead {
  name: string;
  /** the name without title and post-nominals */
  bare: string[];
  start: number;
  end: number;
  hasTitle: boolean;
}

// "McAllister", "MacLeod", "DeSouza", "O'Neill", "Marsh-Croft"
const WORD = /^\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}?\p{Ll}+)*$|^\p{Lu}$/u;
// lower-case particles inside a name: "Anna van der Berg", "Luis da Silva"
const PARTICLE = /^(?:van|von|de|da|das|dos|do|del|della|der|den|di|du|la|le|ten|ter|bin|binti|al|el|ap|ní|nic|ó|ua|mac)$/;
const INITIAL = /^\p{Lu}\.?$/u;
/** "A.K.", "J.R.R.": initials run together, each with its stop */
const JOINED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const CAPS_WORD = /^\p{Lu}{2,20}(?:['’-]\p{Lu}+)*$/u;

/** Text to match literally inside a RegExp built at run time (a person's name). */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs of capitals made a capital and small letters: "DR BRENDA O'NEILL" → "Dr Brenda O'Neill" (same length, so offsets hold). */
export const capitalised = (s: string): string => s.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

const titleCase = (w: string) =>
  w.replace(/\p{L}+/gu, (p) => (p === p.toUpperCase() && p.length > 1 ? p[0] + p.slice(1).toLowerCase() : p));

/**
 * The full name a text gives for someone another text calls by first name only ("Sunita" in a
 * reply, "Mrs Sunita Chaudhry" in the earlier message quoted below it), title kept.
 */
export function fullNameFrom(first: string, text: string): NameRead | null {
  return fullNamesWithFirst(first, text)[0] ?? null;
}

/** Every different full name a text gives with this first name ("Nisha" → "Dr Nisha Patel"), title kept. */
export function fullNamesWithFirst(first: string, text: string): NameRead[] {
  const names = new Map<string, NameRead>();
  for (const m of text.matchAll(new RegExp(`\\b(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?${escapeRe(first)}\\s+\\p{Lu}`, 'gu'))) {
    const read = readNameAt(text, m.index!);
    if (read && read.bare.length >= 2 && read.bare[0] === first && !names.has(read.bare.join(' '))) names.set(read.bare.join(' '), read);
  }
  return [...names.values()];
}

/** The full name a text gives for someone another text calls by title and surname ("Dr Singer"). */
export function fullNameEndingIn(surname: string, text: string): NameRead | null {
  for (const m of text.matchAll(new RegExp(`\\b(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+)?${escapeRe(surname)}\\b`, 'gu'))) {
    const read = readNameAt(text, m.index!);
    if (read && read.bare.length >= 2 && read.bare[read.bare.length - 1] === surname) return read;
  }
  return null;
}

/**
 * "given surname" pairs that addresses in a text spell (will.head@ gives "will head"): a surname
 * that is also a word ("Will Head", "Joy Trust") is read as a name where its own address confirms it.
 */
export function namesSpeltByAddresses(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b([a-z]{2,20})[._]([a-z]{2,20})@/gi)) out.add(`${m[1]} ${m[2]}`.toLowerCase());
  return out;
}

/**
 * Reads a person's name starting at `pos` (leading spaces skipped): an optional title, then
 * two to four capitalised words or initials ("R. K. Mistry"), then post-nominals. One word
 * is enough only after a title ("Dr Eames") and then `bare` has one word. A second word that
 * is an ordinary word ("Head") counts where `confirmed` holds the pair. Null when the text
 * there is not a name.
 */
export function readNameAt(text: string, pos: number, opts: { minWords?: number; confirmed?: ReadonlySet<string> } = {}): NameRead | null {
  const minWords = opts.minWords ?? 2;
  const re = /[^\s,;:()<>\[\]"]+/gy;
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const start = i;
  const parts: string[] = [];
  const bare: string[] = [];
  let hasTitle = false;
  let end = start;
  let stage: 'title' | 'name' | 'post' = 'title';
  while (i < text.length && parts.length < 9) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    const raw = m[0];
    const tok = raw.replace(/[.]$/, '').replace(/['’]s$/, '');
    const trailingDot = raw.endsWith('.');
    if (stage === 'title' && TITLES.test(raw)) {
      hasTitle = true;
      parts.push(raw);
    } else if (stage === 'name' && (PARTICLE.test(raw) || /^St\.?$/.test(raw)) && bare.length >= 1 && bare.length < 4) {
      // "St John-Smythe", "St Clair": "St" inside a surname, with a capitalised word after it
      // a particle counts only with a capitalised word after it
      const next = /^[ \t]+(\S+)/.exec(text.slice(m.index + raw.length, m.index + raw.length + 40));
      const after = next?.[1]!.replace(/[,.;:]+$/, '') ?? '';
      if (!after || !(WORD.test(after) || PARTICLE.test(after))) break;
      parts.push(raw);
    } else if (JOINED_INITIALS.test(raw) && (hasTitle || stage === 'name') && stage !== 'post' && bare.length < 2) {
      // "Dr A.K. Banerjee": initials written together, one initial each (after a title or a given
      // name only: "U.K." alone is no one)
      stage = 'name';
      parts.push(raw);
      for (const c of raw.replace(/\./g, '')) bare.push(c);
      end = m.index + raw.length;
    } else if (stage !== 'post' && (INITIAL.test(raw) || ((WORD.test(tok) || (bare.length >= 1 && CAPS_WORD.test(tok))) && (!isNotName(tok) || givenNameAfterTitle(tok, hasTitle && !bare.length, text.slice(m.index + raw.length, m.index + raw.length + 40)) || (bare.length === 1 && !!opts.confirmed?.has(`${bare[0]} ${tok}`.toLowerCase()))))) && !POST_NOMINALS.test(raw) && bare.length < 4) {
      stage = 'name';
      // an all-capitals word longer than an initial is a surname only if it looks like one
      if (tok.length > 1 && tok === tok.toUpperCase()) {
        // "Jane SMITH", "Jun Wei LIM": a capitalised surname after the given name(s) ends the name;
        // after a longer name it is more likely an organisation's initials ("Jane Smith UHB")
        if (!bare.length || !(bare.length === 1 || bare.every((w) => w.length <= 5)) || !CAPS_WORD.test(tok)) break;
        parts.push(tok);
        bare.push(tok);
        end = m.index + raw.length;
        break;
      }
      parts.push(INITIAL.test(raw) ? raw : tok);
      bare.push(tok);
      end = m.index + (raw.endsWith('.') && !INITIAL.test(raw) ? raw.length - 1 : raw.length);
      if (/['’]s$/.test(raw)) break;
      if (trailingDot && !INITIAL.test(raw)) break;
    } else if (stage !== 'title' && POST_NOMINALS.test(raw)) {
      stage = 'post';
      parts.push(raw.replace(/[,.]$/, ''));
      end = m.index + raw.replace(/[,.]$/, '').length;
    } else if (stage !== 'title' && bare.length && UNLISTED_POST_NOMINALS.test(raw)) {
      stage = 'post';
      end = m.index + raw.replace(/[,.]$/, '').length;
    } else break;
    i = m.index + raw.length;
    // "Dr Robert (Bob) Hughes": a short name in brackets between given name and surname is passed over
    const nickname = stage === 'name' && bare.length >= 1 ? /^[ \t]+\((\p{Lu}\p{Ll}{1,15})\)(?=[ \t]+\p{Lu})/u.exec(text.slice(i, i + 24)) : null;
    if (nickname) i += nickname[0].length;
    // names do not run across line ends or punctuation
    const gap = /^[ \t]*/.exec(text.slice(i, i + 5))![0];
    if (gap.length === 0 && i < text.length && !/\s/.test(text[i]!)) break;
    // post-nominals wrapped onto the next line still belong to the name
    // "Dr" at a line end, the name on the next line
    if (text[i + gap.length] === '\n' && stage === 'title' && hasTitle && /^\n[ \t]*\p{Lu}\p{Ll}/u.test(text.slice(i + gap.length, i + gap.length + 4))) {
      i += gap.length + 1;
      continue;
    }
    if (text[i + gap.length] === '\n' && stage !== 'title') {
      const next = /^\n[ \t]*([^\s,;]+)/.exec(text.slice(i + gap.length, i + gap.length + 30));
      if (next && POST_NOMINALS.test(next[1]!)) {
        i += gap.length + next[0].length - next[1]!.length;
        stage = 'name';
        continue;
      }
    }
    if (text[i + gap.length] === '\n' || text[i + gap.length] === ',' || text[i + gap.length] === undefined) {
      i += gap.length;
      break;
    }
    i += gap.length;
  }
  const real = bare.filter((w) => !INITIAL.test(w));
  if (!real.length) return null;
  if (bare.length < minWords && !(hasTitle && bare.length >= 1 && minWords <= 1)) return null;
  if (INITIAL.test(bare[bare.length - 1]!)) return null;
  const name = parts.map((p) => (TITLES.test(p) || POST_NOMINALS.test(p) ? p : titleCase(p))).join(' ');
  return { name, bare: bare.map(titleCase), start, end, hasTitle };
}

/** "SURNAME, Firstname (ORG)" as the NHSmail directory writes a person. */
export const NHSMAIL_PERSON = /(?<![\p{L}'’-])((?:\p{Lu}[\p{Lu}'’]?[ \t]+)?\p{Lu}{2,}(?:['’-]\p{Lu}+)*),[ \t]+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?:[ \t]*\(([^)\n]{2,120})\))?/gu;

/** A display name made readable: "LLEWELYN, Siân (LEEDS ...)" → "Siân Llewelyn". */
export function displayNameAsPerson(display: string): string | null {
  // "Oyelaran Folasade (RX1) Nottingham University Hospitals": NHSmail's organisation follows the bracket
  const d = display.replace(/\s*\(.*$/, '').replace(/\s+-\s+.*$/, '').trim();
  const comma = /^([^,]+),\s*(.+)$/.exec(d);
  const s = comma ? `${comma[2]} ${comma[1]}` : d;
  if (!/^\p{Lu}/u.test(s) || s.includes('@')) return null;
  return titleCase(s);
}

/** Lower-case words of a name without titles and post-nominals, accents folded. */
export function nameKey(name: string): readonly string[] {
  // every pair of names compared reads both again: the same few names per message, many times
  const known = nameKeys.get(name);
  if (known) return known;
  const key = readNameKey(name);
  if (nameKeys.size >= 2000) nameKeys.clear();
  nameKeys.set(name, key);
  return key;
}
const nameKeys = new Map<string, readonly string[]>();

function readNameKey(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    // Turkish dotless i, which NFD leaves as it is: "Yıldız" and yildiz@
    .replace(/ı/g, 'i')
    .split(/[\s.]+/)
    .filter((w) => w && !TITLES.test(w) && !POST_NOMINALS.test(w))
    .map((w) => w.toLowerCase().replace(/['’]/g, ''));
}

/**
 * True where the address spells the name the other way round ("Chen Wei-Ling" and weiling.chen@):
 * the name may be written surname first, so which part is the surname is for a person to say.
 */
export function addressReversesName(email: string, name: string): boolean {
  const words = nameKey(name).map((w) => w.replace(/[^a-z]/g, '')).filter((w) => w.length > 1);
  const parts = email.split('@')[0]!.toLowerCase().split(/[._]+/).map((t) => t.replace(/[^a-z]/g, '')).filter(Boolean);
  if (words.length !== 2 || parts.length !== 2 || words[0] === words[1]) return false;
  return parts[0] === words[1] && parts[1] === words[0];
}

/**
 * "Hui Min" and huimin.tan@: every word of the name is in the address, but so is a part (her
 * surname) that the name as written lacks, so it is not the whole name.
 */
function addsToName(localParts: string[], words: string[]): boolean {
  const parts = localParts.filter((t) => t.length >= 3);
  if (parts.length < 2) return false;
  if (parts.some((t) => !words.some((w) => w.length > 1 && (t.includes(w) || w.includes(t))))) return true;
  // "Funmi Adebayo" and funmilayo.adebayo@: a part that runs on past the word it starts with
  // (not words run together or split at a hyphen, "huimin" for "Hui Min", "nibhriain" for "Ní Bhriain-Lefèvre")
  const whole = words.join('');
  return parts.some((t) => !whole.includes(t) && words.some((w) => w.length > 1 && t.length >= w.length + 2 && t.startsWith(w)));
}

/** The address spells every word of the name and a part the name lacks: the name as written may be incomplete. */
export function addressAddsToName(email: string, name: string): boolean {
  const local = email.split('@')[0]!.toLowerCase();
  const squashed = local.replace(/[^a-z]/g, '');
  const words = nameKey(name).map((w) => w.replace(/[^a-z]/g, '')).filter(Boolean);
  return words.length > 0 && words.every((w) => w.length > 1 && squashed.includes(w)) && addsToName(local.split(/[^a-z]+/).filter(Boolean), words);
}

/**
 * How well an e-mail's local part spells a name: 2 first name and surname; 1 the surname with
 * the first initial or nothing else; 0.5 the surname with a different first name, or the first
 * name alone; 0 neither.
 */
export function emailMatchesName(email: string, name: string): number {
  const local = email.split('@')[0]!.toLowerCase();
  const squashed = local.replace(/[^a-z]/g, '');
  // the address's parts between dots, hyphens and digits: "huimin", "tan"
  const localParts = local.split(/[^a-z]+/).filter(Boolean);
  const words = nameKey(name).map((w) => w.replace(/[^a-z-]/g, '').replace(/-/g, '')).filter(Boolean);
  if (!words.length) return 0;
  const last = words[words.length - 1]!;
  const first = words[0]!;
  const hasLast = last.length > 1 && squashed.includes(last);
  // "Fatima-Zahra" and fatima.benali@: a part of a double given name is enough
  const firstParts = (nameKey(name)[0] ?? '').split('-').map((w) => w.replace(/[^a-z]/g, ''));
  const hasFirst = (first.length > 1 && squashed.includes(first)) || (firstParts.length > 1 && firstParts.some((w) => w.length > 2 && squashed.includes(w)));
  if (hasLast && hasFirst) return addsToName(localParts, words) ? 0.5 : 2;
  // "Marisol Echeverría Ruiz" and marisol.echeverria@: a double surname, its first part in the address
  if (!hasLast && hasFirst && words.length >= 3) {
    const firstSurname = words[words.length - 2]!;
    if (firstSurname.length > 2 && squashed.includes(firstSurname)) return 2;
  }
  // "Małgorzata Wiśniewska-Kowalczyk" and malgorzata.wisniewska@: the first part of a hyphenated surname
  const lastParts = (nameKey(name).at(-1) ?? '').split('-').map((w) => w.replace(/[^a-z]/g, ''));
  if (!hasLast && hasFirst && words.length >= 2 && lastParts.length === 2 && lastParts[0]!.length > 2 && localParts.includes(lastParts[0]!)) return 2;
  if (hasLast) {
    const others = localParts.filter((t) => !t.includes(last) && !last.includes(t));
    if (!others.length) return 1;
    const initials = new Set(words.slice(0, -1).map((w) => w[0]));
    if (others.every((t) => t.length <= 2 && [...t].every((c) => initials.has(c)))) return 1;
    // "N Raghunathan" and nirmala.raghunathan@: a given name written as its initial; "Benedict
    // Osei" and ben.osei@: the short form that starts the given name
    const given = words.slice(0, -1);
    if (given.length === 1 && others.length === 1 && others[0]!.length >= 3 && given[0]!.startsWith(others[0]!)) return 1;
    return given.length === 1 && given[0]!.length === 1 && others.length === 1 && others[0]!.startsWith(given[0]!) ? 1 : 0.5;
  }
  return hasFirst ? 0.5 : 0;
}

/** Each UTF-16 unit without its accent where that leaves one letter ("é" → "e"): indices stay those of the text. */
function foldAccents(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) {
      out += c;
      continue;
    }
    const bare = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += bare.length === 1 ? bare : c;
  }
  return out;
}

/**
 * A name written without accents that the text also writes with them ("Dr Sinead Gallagher has
 * agreed ..." above "Dr Sinéad Gallagher, Consultant ..." in the contact block): the name with
 * them. Typing leaves accents out; nobody adds one a name does not have. Null where there is none.
 */
export function accentedSpelling(name: string, text: string): string | null {
  if (isAscii(text) || !isAscii(name)) return null;
  const bare = name
    .split(/\s+/)
    .filter((w) => w && !TITLES.test(w) && !POST_NOMINALS.test(w))
    .join(' ');
  if (!bare.includes(' ')) return null;
  const folded = foldAccents(text);
  const isLetter = (c: string | undefined) => !!c && /[\p{L}'’-]/u.test(c);
  for (let i = folded.indexOf(bare); i >= 0; i = folded.indexOf(bare, i + 1)) {
    if (isLetter(text[i - 1]) || isLetter(text[i + bare.length])) continue;
    const written = text.slice(i, i + bare.length);
    if (written !== bare) return name.replace(bare, written);
  }
  return null;
}
