import type { Trust, TrustRef } from './types.js';
import { FORMER_NAMES } from './trust-names.js';
import { TRUST_DOMAINS } from './trust-domains.js';

/** One way of writing a trust's name, cut to the words that tell trusts apart. */
interface NameForm {
  ods: string;
  /** distinguishing words: no "NHS", "Foundation", "Trust", "The" */
  core: string[];
  /** core without "of" and "and", as names are matched ("University Hospitals Leicester") */
  match: string[];
  former: boolean;
}

/** Trusts prepared once for matching (normalised names, acronyms, mail domains). */
export interface TrustIndex {
  trusts: Trust[];
  byOds: Map<string, Trust>;
  forms: NameForm[];
  byFirstWord: Map<string, NameForm[]>;
  /** byFirstWord, and under "<word>s" the forms of "<word>" where no name starts with "<word>s" ("Guys", "Kings") */
  byFirstWordOrPossessive: Map<string, NameForm[]>;
  acronyms: Map<string, string[]>;
  domainLabels: Map<string, string[]>;
  /** distinctive first words that only one trust's name starts with ("Papworth", "Christie") */
  firstWords: Map<string, string>;
  /** names of 10+ letters by first letter and length, for the misspelling check */
  byShape: Map<string, { ods: string; text: string }[]>;
  /** the first two or three words of one trust's name that start no other trust's name ("royal free") */
  shortNames: Map<string, string>;
  /** the first words of those */
  shortNameStarts: Set<string>;
  /** headquarters postcodes ("NW32QG", no space) that only one trust has */
  byPostcode: Map<string, string>;
  /** hospitals named in the trusts' headquarters addresses ("st mary hospital"), by siteKey, with the trusts there */
  sites: Map<string, string[]>;
}

/** A trust found in text, with how it was written. */
export interface TrustMention {
  ods: string;
  index: number;
  /** followed by NHS / Trust / Foundation Trust: written as an organisation name */
  full: boolean;
  how: 'name' | 'former name' | 'acronym' | 'misspelt name' | 'first word' | 'short name';
  /** other trusts the same words could mean (a shared acronym) */
  alsoMeans: string[];
}

const NOISE = new Set(['nhs', 'foundation', 'trust', 'ft', 'the', 'nhsft', 'tr']);
// words that begin trust names but say little on their own
const GENERIC = new Set(['university', 'central', 'northern', 'southern', 'eastern', 'western', 'northumbria', 'united', 'county', 'community', 'princess', 'queen', 'royal', 'greater', 'national']);
const SKIP_IN_MATCH = new Set(['the', 'of', 'and']);
// first words of a name cut short that read as a region ("South London", "East Sussex"), a
// hospital many trusts have ("Queen Elizabeth", "City Hospital") or a body that is no trust
const NOT_A_SHORT_NAME = new Set([...GENERIC].filter((w) => w !== 'royal').concat(['north', 'south', 'east', 'west', 'mid', 'hull', 'london', 'st', 'city', 'king', 'public']));
const LINK_WORDS = new Set(['and', 'of', 'upon', 'for', 'in', 'on', 'at']);

/** Case, apostrophes, "&", "Saint", "Hospitals" folded; words with their offsets. */
export function orgTokens(s: string): { word: string; index: number; end: number }[] {
  const t = s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '  ')
    .replace(/'/g, ' ')
    .replace(/&/g, 'a'); // '&' becomes one letter so offsets hold; mapped to "and" below
  const out: { word: string; index: number; end: number }[] = [];
  // runs of [a-z0-9\u00e0-\u024f], found by char code: a regex match object per word costs more
  const n = t.length;
  for (let i = 0; i < n; ) {
    if (!isWordCode(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isWordCode(t.charCodeAt(end))) end++;
    let word = t.slice(i, end);
    if (word === 'a' && s[i] === '&') word = 'and';
    if (word === 'saint') word = 'st';
    if (word === 'hospitals') word = 'hospital';
    if (word === 'centre') word = 'center';
    out.push({ word, index: i, end });
    i = end;
  }
  return out;
}

const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xe0 && c <= 0x24f);

const coreOf = (name: string): string[] => orgTokens(name).map((t) => t.word).filter((w) => !NOISE.has(w));

function initials(core: string[]): string {
  return core.filter((w) => !LINK_WORDS.has(w)).map((w) => w[0]).join('');
}

export function buildTrustIndex(trusts: Trust[]): TrustIndex {
  const byOds = new Map(trusts.map((t) => [t.ods, t]));
  const form = (ods: string, name: string, former: boolean): NameForm => {
    const core = coreOf(name);
    return { ods, core, match: core.filter((w) => !SKIP_IN_MATCH.has(w)), former };
  };
  const forms: NameForm[] = trusts.map((t) => form(t.ods, t.name, false));
  for (const [name, ods] of FORMER_NAMES) if (byOds.has(ods)) forms.push(form(ods, name, true));
  const byFirstWord = new Map<string, NameForm[]>();
  for (const f of forms) {
    if (!f.match.length) continue;
    const list = byFirstWord.get(f.match[0]!) ?? [];
    list.push(f);
    byFirstWord.set(f.match[0]!, list);
  }
  // one lookup per word of the text instead of two
  const byFirstWordOrPossessive = new Map(byFirstWord);
  for (const [word, list] of byFirstWord) if (!byFirstWord.has(`${word}s`)) byFirstWordOrPossessive.set(`${word}s`, list);
  const add = (map: Map<string, string[]>, key: string, ods: string) => {
    if (key.length < 3) return;
    const list = map.get(key) ?? [];
    if (!list.includes(ods)) list.push(ods);
    map.set(key, list);
  };
  const acronyms = new Map<string, string[]>();
  const domainLabels = new Map<string, string[]>();
  for (const f of forms) {
    const i = initials(f.core);
    const foundation = trusts.find((t) => t.ods === f.ods)?.name.toLowerCase().includes('foundation');
    for (const a of [i, `${i}t`, foundation ? `${i}ft` : `${i}`]) {
      if (f.core.length >= 2) add(acronyms, a, f.ods);
      if (f.core.length >= 2) add(domainLabels, a, f.ods);
    }
    add(domainLabels, f.core.join(''), f.ods);
    if (f.core.length >= 2) add(domainLabels, f.core.slice(0, 2).join(''), f.ods);
    if (f.core[0] && f.core[0].length >= 6 && !LINK_WORDS.has(f.core[0])) add(domainLabels, f.core[0], f.ods);
  }
  const byShape = new Map<string, { ods: string; text: string }[]>();
  for (const f of forms) {
    const text = f.match.join(' ');
    if (text.length < 10) continue;
    const key = `${text[0]}:${text.length}`;
    const list = byShape.get(key) ?? [];
    list.push({ ods: f.ods, text });
    byShape.set(key, list);
  }
  // a first word that starts one trust's names and appears in no other trust's name at all
  const wordCount = new Map<string, Set<string>>();
  for (const f of forms) for (const w of f.match) wordCount.set(w, (wordCount.get(w) ?? new Set()).add(f.ods));
  const firstWords = new Map<string, string>();
  for (const f of forms) {
    const w = f.match[0];
    if (w && w.length >= 6 && f.match.length >= 2 && wordCount.get(w)!.size === 1 && !GENERIC.has(w)) firstWords.set(w, f.ods);
  }
  // "the Royal Free", "Sheffield Teaching": the start of one trust's name and of no other's
  const starts = new Map<string, Set<string>>();
  for (const f of forms) {
    for (let k = 2; k <= Math.min(3, f.match.length); k++) {
      const key = f.match.slice(0, k).join(' ');
      starts.set(key, (starts.get(key) ?? new Set()).add(f.ods));
    }
  }
  const shortNames = new Map<string, string>();
  for (const f of forms) {
    for (let k = 2; k <= Math.min(3, f.match.length - 1); k++) {
      const words = f.match.slice(0, k);
      if (LINK_WORDS.has(words[k - 1]!) || GENERIC.has(words[k - 1]!) || NOT_A_SHORT_NAME.has(words[0]!)) continue;
      const key = words.join(' ');
      if (starts.get(key)!.size === 1) shortNames.set(key, f.ods);
    }
  }
  const postcodeOwners = new Map<string, Set<string>>();
  for (const t of trusts) if (t.postcode) postcodeOwners.set(postcodeKey(t.postcode), (postcodeOwners.get(postcodeKey(t.postcode)) ?? new Set()).add(t.ods));
  const byPostcode = new Map([...postcodeOwners].filter(([, o]) => o.size === 1).map(([pc, o]) => [pc, [...o][0]!]));
  const shortNameStarts = new Set([...shortNames.keys()].map((k) => k.split(' ')[0]!));
  const sites = siteIndex(trusts);
  return { trusts, byOds, forms, byFirstWord, byFirstWordOrPossessive, acronyms, domainLabels, byShape, firstWords, shortNames, shortNameStarts, byPostcode, sites };
}

/** A capital letter, Latin or not (the first letter of a name as written). */
const isCapital = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c > 0x7f && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());

const postcodeKey = (pc: string): string => pc.toUpperCase().replace(/\s+/g, '');

/** Words of a hospital's name as one key: "St. Marys Hospital" and "St Mary's Hospital" agree. */
const siteKey = (words: string[]): string =>
  words
    .filter((w) => !NOISE.has(w) && !SKIP_IN_MATCH.has(w))
    .map((w) => w.replace(/s$/, ''))
    .join(' ');

const SITE_WORD = /^(?:hospital|infirmary)$/;

/** The hospitals in the trusts' headquarters addresses: "ST MARY'S HOSPITAL" is on three trusts' lines. */
function siteIndex(trusts: Trust[]): Map<string, string[]> {
  const sites = new Map<string, string[]>();
  for (const t of trusts) {
    for (const line of (t.address ?? '').split(',')) {
      const words = orgTokens(line).map((w) => w.word);
      if (words.length < 2 || !words.some((w) => SITE_WORD.test(w))) continue;
      const key = siteKey(words);
      const list = sites.get(key) ?? [];
      if (!list.includes(t.ods)) list.push(t.ods);
      sites.set(key, list);
    }
  }
  return sites;
}

// a full UK postcode: outward code, a space (or none), inward code
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)[ \t]?(\d[A-Z]{2})\b/g;

/** Trusts whose headquarters postcode a text gives (an address block in a signature). */
export function trustsByPostcode(text: string, index: TrustIndex): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(POSTCODE)) {
    const ods = index.byPostcode.get(m[1]! + m[2]!);
    if (ods) out.add(ods);
  }
  return [...out];
}

/** True where text is a trust's name or the start of one ("Alder Hey", "Frimley Health"), two words or more. */
export function startsTrustName(text: string, index: TrustIndex): boolean {
  const words = orgTokens(text).map((t) => t.word).filter((w) => !NOISE.has(w) && !SKIP_IN_MATCH.has(w));
  if (words.length < 2) return false;
  return (index.byFirstWord.get(words[0]!) ?? []).some((f) => words.every((w, i) => f.match[i] === w));
}

export function trustRef(index: TrustIndex, ods: string): TrustRef {
  return { ods, name: index.byOds.get(ods)?.name ?? ods };
}

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * "St Mary's Hospital", written without "NHS Trust": a hospital of that name stands at the
 * headquarters of other trusts too (Imperial, the Isle of Wight, Northamptonshire Healthcare),
 * so the words may mean any of them.
 */
function otherTrustsAtSite(toks: { word: string }[], i: number, span: number, ods: string, index: TrustIndex): string[] {
  const words = toks.slice(i, i + span).map((t) => t.word);
  const next = toks[i + span]?.word ?? '';
  const keys = SITE_WORD.test(next) ? [siteKey([...words, next])] : [siteKey([...words, 'hospital']), siteKey([...words, 'infirmary'])];
  const owners = keys.flatMap((k) => index.sites.get(k) ?? []);
  return [...new Set(owners)].filter((o) => o !== ods);
}

/** Trust names, former names, acronyms and misspelt "... NHS Trust" names in a piece of text. */
export function findTrustMentions(text: string, index: TrustIndex): TrustMention[] {
  // "The" is no part of a name, inside it or before it ("Barts and The London")
  const toks = orgTokens(text).filter((t) => !SKIP_IN_MATCH.has(t.word));
  const out: TrustMention[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const w0 = toks[i]!.word;
    const forms = index.byFirstWordOrPossessive.get(w0);
    if (!forms) continue;
    let best: { form: NameForm; len: number; span: number } | null = null;
    for (const form of forms) {
      const n = form.match.length;
      let ok = true;
      let j = i;
      for (let k = 0; k < n && ok; k++) {
        // "Kent and Medway NHS and Social Care Partnership Trust": an "NHS" inside the name
        if (k > 0) while (toks[j]?.word === 'nhs' && toks[j + 1] && toks[j + 1]!.word !== 'trust' && toks[j + 1]!.word !== 'foundation') j++;
        // "Guys", "Kings": a possessive written without its apostrophe
        ok = toks[j]?.word === form.match[k] || (k < n - 1 && toks[j]?.word === `${form.match[k]}s`);
        j++;
      }
      // the same words as a closed trust's own name and as a former name: the trust that carries it on
      const successor = best && n === best.len && form.former && !best.form.former && !!index.byOds.get(best.form.ods)?.closed;
      if (ok && (!best || n > best.len || successor)) best = { form, len: n, span: j - i };
    }
    if (!best) continue;
    const after = toks.slice(i + best.span, i + best.span + 2).map((t) => t.word);
    const full = after.some((w) => w === 'nhs' || w === 'trust' || w === 'ft' || w === 'nhsft');
    // a one-word name ("Bolton", "Medway") counts only written as an organisation
    if (best.len < 2 && !full) continue;
    out.push({ ods: best.form.ods, index: toks[i]!.index, full, how: best.form.former ? 'former name' : 'name', alsoMeans: full ? [] : otherTrustsAtSite(toks, i, best.span, best.form.ods, index) });
    for (let k = i; k < i + best.span; k++) covered.add(k);
    i += best.span - 1;
  }
  // "... NHS Trust" phrases that matched no name exactly: a misspelt name
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.word !== 'nhs' || covered.has(i - 1)) continue;
    // only an organisation's name: "... NHS Trust", "... NHS Foundation Trust", "... NHS FT"
    if (!/^(?:trust|foundation|ft|nhsft)$/.test(toks[i + 1]?.word ?? '')) continue;
    let found: { ods: string; d: number; start: number } | null = null;
    for (let len = 2; len <= 8 && i - len >= 0; len++) {
      const words = toks.slice(i - len, i).map((t) => t.word).filter((w) => w !== 'the');
      const s = words.join(' ');
      if (s.length < 7) continue;
      for (let L = s.length - 3; L <= s.length + 3; L++) {
        for (const f of index.byShape.get(`${s[0]}:${L}`) ?? []) {
          const max = Math.min(3, Math.floor(f.text.length / 10));
          const d = editDistance(s, f.text, max);
          if (d <= max && (!found || d < found.d)) found = { ods: f.ods, d, start: toks[i - len]!.index };
        }
      }
    }
    if (found) out.push({ ods: found.ods, index: found.start, full: true, how: 'misspelt name', alsoMeans: [] });
  }
  // a distinctive first word alone ("Papworth's LHS"): a weak hint, never enough by itself
  for (let i = 0; i < toks.length; i++) {
    const ods = index.firstWords.get(toks[i]!.word);
    if (ods && !covered.has(i) && /^\p{Lu}/u.test(text.slice(toks[i]!.index, toks[i]!.index + 1))) {
      out.push({ ods, index: toks[i]!.index, full: false, how: 'first word', alsoMeans: [] });
    }
  }
  // the start of one trust's name, capitalised as a name ("the Royal Free's LHS"): weaker than the name
  for (let i = 0; i < toks.length - 1; i++) {
    const first = toks[i]!.word;
    if (!index.shortNameStarts.has(first) || covered.has(i) || covered.has(i + 1) || !isCapital(text.charCodeAt(toks[i]!.index))) continue;
    const two = `${first} ${toks[i + 1]!.word}`;
    const three = i + 2 < toks.length && !covered.has(i + 2) ? `${two} ${toks[i + 2]!.word}` : null;
    const capital = (n: number) => isCapital(text.charCodeAt(toks[i + n - 1]!.index));
    const k = three && index.shortNames.has(three) && capital(3) ? 3 : index.shortNames.has(two) && capital(2) ? 2 : 0;
    if (!k) continue;
    out.push({ ods: index.shortNames.get(k === 3 ? three! : two)!, index: toks[i]!.index, full: false, how: 'short name', alsoMeans: [] });
    i += k - 1;
  }
  // acronyms as written: capitals, 3 to 6 letters ("GSTT", "CUH's", "NWAS")
  for (const m of text.matchAll(/\b([A-Z]{3,6})(?:'s|’s)?\b/g)) {
    const list = index.acronyms.get(m[1]!.toLowerCase());
    if (!list || m[1] === 'NHS' || m[1] === 'LHS' || m[1] === 'CSO') continue;
    out.push({ ods: list[0]!, index: m.index!, full: false, how: 'acronym', alsoMeans: list.slice(1) });
  }
  // acronyms that keep the "and" or "of" as a small letter ("NLaG", "RDaSH"): their capitals
  for (const m of /[A-Z](?:a|an|o|of)[A-Z]/.test(text) ? text.matchAll(/\b((?:[A-Z]+(?:a|an|o|of)(?=[A-Z]))+[A-Z]+)(?:'s|’s)?\b/g) : []) {
    const caps = m[1]!.replace(/[a-z]/g, '');
    const list = caps.length >= 3 ? index.acronyms.get(caps.toLowerCase()) : undefined;
    if (list) out.push({ ods: list[0]!, index: m.index!, full: false, how: 'acronym', alsoMeans: list.slice(1) });
  }
  return out;
}

const PUBLIC_MAIL = /(?:^|\.)(?:nhs\.net|gmail\.com|googlemail\.com|hotmail\.(?:com|co\.uk)|outlook\.com|yahoo\.(?:com|co\.uk)|icloud\.com|btinternet\.com|live\.(?:com|co\.uk))$/i;

/** The trust a mail address belongs to, from its nhs.uk domain: listed, or spelt from the trust's name. */
export function trustFromAddress(address: string, index: TrustIndex): { ods: string; listed: boolean } | null {
  const domain = address.toLowerCase().split('@')[1] ?? '';
  if (!domain || PUBLIC_MAIL.test(domain) || !domain.endsWith('.nhs.uk')) return null;
  const labels = domain.slice(0, -'.nhs.uk'.length).split('.');
  const label = labels[labels.length - 1]!;
  const listed = TRUST_DOMAINS[label];
  if (listed && index.byOds.has(listed)) return { ods: listed, listed: true };
  const derived = index.domainLabels.get(label.replace(/-(?:tr|nhs|trust)$/, ''));
  if (derived && derived.length === 1) return { ods: derived[0]!, listed: false };
  return null;
}
