import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CSO_ADDRESS } from './letter.js';

/** An e-mail address found in text, with where it stands. */
export interface FoundEmail {
  address: string;
  index: number;
}

/** A UK phone number found in text, as written (extension kept), with where it stands. */
export interface FoundPhone {
  text: string;
  index: number;
  end: number;
  mobile: boolean;
}

// Bounded quantifiers only: no catastrophic backtracking on long tokens.
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/g;

// the content and signature are searched for addresses by several rules of one message
const recentEmails = new Map<string, readonly FoundEmail[]>();

/** E-mail addresses in text, mailto targets included, the letter's own address left out. */
export function findEmails(text: string): readonly FoundEmail[] {
  const hit = recentEmails.get(text);
  if (hit) return hit;
  const out = scanEmails(text);
  if (recentEmails.size > 16) recentEmails.clear();
  recentEmails.set(text, out);
  return out;
}

/**
 * The matches of EMAIL in text, as matchAll gives them, but with the search started at most 64
 * characters before the next "@" (no local part is longer): the pattern tries up to 64
 * characters at every letter and digit, which on a quoted letter without addresses is slow.
 */
export function* emailMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', from)) {
    EMAIL.lastIndex = Math.max(from, at - 64);
    const m = EMAIL.exec(text);
    if (!m) return;
    yield m;
    // an empty match cannot happen (the pattern needs "@" and a dot), so the search moves on
    from = m.index + m[0].length;
  }
}

function scanEmails(text: string): FoundEmail[] {
  const out: FoundEmail[] = [];
  const seen = new Set<string>();
  for (const m of emailMatches(text)) {
    const address = m[0].replace(/[.'-]+$/, '').toLowerCase();
    if (CSO_ADDRESS.test(address)) continue;
    const key = `${address}@${m.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ address, index: m.index! });
  }
  // written to dodge harvesters or broken by the mail client: "jo.bloggs [at] x.nhs.uk",
  // "jo.bloggs (at) nhs.net", "jo.bloggs@" at a line end with the domain on the next line
  if (MAYBE_OBFUSCATED.test(text)) {
    for (const m of text.matchAll(OBFUSCATED_EMAIL)) {
      const address = `${m[1]}@${m[2]!.replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, '.')}`.replace(/[.'-]+$/, '').toLowerCase();
      if (CSO_ADDRESS.test(address) || out.some((e) => e.address === address)) continue;
      out.push({ address, index: m.index! });
    }
    out.sort((a, b) => a.index - b.index);
  }
  return out;
}

const MAYBE_OBFUSCATED = /[[(]\s*at\s*[\])]|@[ \t]*\n/i;
const OBFUSCATED_EMAIL =
  /(?<![\w.'+-])([A-Za-z0-9][A-Za-z0-9._%+'-]{0,63})(?:\s*[[(]\s*at\s*[\])]\s*|@[ \t]*\n[ \t]*)([A-Za-z0-9-]{1,63}(?:(?:\.|\s*[[(]\s*dot\s*[\])]\s*)[A-Za-z0-9-]{1,63}){1,6})/gi;

// A UK number: +44 (0)..., +44 ..., or 0..., 10 or 11 digits with spaces or hyphens between.
const PHONE = /(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:(?:[ -]|\n)?\d){5,8}(?:\s{0,2}(?:ext\.?|extn\.?|extension|x)\s{0,2}\d{2,6})?/gi;
// Numbers that are not a way to call the person.
const NOT_A_PHONE_BEFORE = /(?:bleep|pager|fax|f:|fx)\W{0,3}(?:no\.?|number)?\W{0,3}$/i;

// libphonenumber's parse is the costly step and the same windows are read several times
const recent = new Map<string, FoundPhone[]>();

/** UK phone numbers in text, checked by libphonenumber-js; bleeps and fax numbers left out. */
export function findPhones(text: string): FoundPhone[] {
  const hit = recent.get(text);
  if (hit) return hit;
  const out = scanPhones(text);
  if (recent.size > 32) recent.clear();
  recent.set(text, out);
  return out;
}

/** The first UK phone number in text, or null: stops at the first, since checking each costs. */
export function firstPhone(text: string): FoundPhone | null {
  return recent.get(text)?.[0] ?? scanPhones(text, 1)[0] ?? null;
}

/** The number to record from a stretch of text: the first, but a landline over a mobile given beside it on the same line. */
export function phoneIn(text: string): string | null {
  const first = firstPhone(text);
  if (!first?.mobile) return first?.text ?? null;
  const lineEnd = text.indexOf('\n', first.end);
  const landline = findPhones(text.slice(first.end, lineEnd < 0 ? undefined : lineEnd)).find((p) => !p.mobile);
  return landline?.text ?? first.text;
}

function scanPhones(text: string, limit = Infinity): FoundPhone[] {
  const out: FoundPhone[] = [];
  for (const m of text.matchAll(PHONE)) {
    // "(01793 604020 direct)": a bracket that opens an aside, not "(01793) 604020"
    const aside = m[0].startsWith('(') && !m[0].includes(')');
    const raw = (aside ? m[0].slice(1) : m[0]).trim().replace(/\s*\n\s*/g, ' ');
    const index = m.index! + (aside ? 1 : 0);
    const before = text.slice(Math.max(0, index - 20), index);
    if (NOT_A_PHONE_BEFORE.test(before)) continue;
    // digits glued to other digits or letters are a reference, not a phone
    if (/[\d]$/.test(before) || /^[\dA-Za-z]/.test(text.slice(m.index! + m[0].length))) continue;
    // a UK number has 10 or 11 digits once +44 is read as 0: anything else is not worth parsing
    const digits = raw.replace(/\b(?:ext\.?|extn\.?|extension|x)\s*\d+$/i, '').replace(/\(0\)/, '').replace(/\D/g, '').replace(/^44/, '0');
    if (digits.length < 10 || digits.length > 11) continue;
    const national = ukNational(raw);
    if (national === null) continue;
    out.push({ text: raw, index, end: m.index! + m[0].length, mobile: /^7/.test(national) });
    if (out.length >= limit) break;
  }
  return out;
}

// libphonenumber's parse costs about 0.03 ms; the same numbers recur within and across replies
const checked = new Map<string, string | null>();

/** The national number of a possible UK phone number, or null. */
function ukNational(raw: string): string | null {
  const hit = checked.get(raw);
  if (hit !== undefined) return hit;
  const parsed = parsePhoneNumberFromString(raw, 'GB');
  const national = parsed && parsed.isPossible() && parsed.countryCallingCode === '44' ? String(parsed.nationalNumber) : null;
  if (checked.size > 5000) checked.clear();
  checked.set(raw, national);
  return national;
}
