import { escapeRe, nameKey, readNameAt, type NameRead } from '../names.js';

/** True where two names as written read as one person. */
export const samePersonNamed = (a: string, b: string): boolean => {
  const x = nameKey(a);
  const y = nameKey(b);
  const first = (p: string, q: string) => p === q || p.length === 1 || q.length === 1;
  if (x[x.length - 1] === y[y.length - 1] && (x.length === 1 || y.length === 1 || first(x[0]!, y[0]!))) return true;
  // "Rowntree Helen" (Outlook's display order) and "Dr Helen Rowntree"
  return x.length === 2 && y.length >= 2 && x[0] === y[y.length - 1] && x[1] === y[0];
};

/** True where two names read as one person. */
export const samePerson = (a: NameRead, b: NameRead): boolean => samePersonNamed(a.name, b.name);

/**
 * True where `short` is `full` with the given name cut short, as people write a colleague's name:
 * "Ali Penhaligon" for "Dr Alison Penhaligon", "Sam Okoro" for "Samuel Okoro".
 */
export const givenNameShortened = (short: string, full: string): boolean => {
  const s = nameKey(short);
  const f = nameKey(full);
  if (s.length !== 2 || f.length < 2 || s[1] !== f[f.length - 1]) return false;
  return s[0]!.length >= 3 && f[0]!.length > s[0]!.length && f[0]!.startsWith(s[0]!);
};

/**
 * Another given name the text writes beside a nominee's, with the same surname: "Bob
 * Featherstonehaugh (Dr Robert Featherstonehaugh, Head of ...)", a nickname and the name in full.
 * The labels record such people both ways, so a person picks the name for the register.
 */
export function sameSurnameOtherGiven(content: string, name: string, known: string[]): string | null {
  const read = readNameAt(name, 0);
  if (!read || read.bare.length < 2) return null;
  const surname = read.bare[read.bare.length - 1]!;
  const text = content.slice(0, 20_000);
  // (the surname written twice at least, or no second name can stand beside the first)
  const once = text.indexOf(surname);
  if (once < 0 || text.indexOf(surname, once + surname.length) < 0) return null;
  const knownReads = known.map((k) => readNameAt(k, 0)).filter((r): r is NameRead => !!r);
  // in brackets or after "known as", just after the nominee's surname: the same person written twice
  const beside = new RegExp(`${escapeRe(surname)}[^\\n(]{0,40}?(?:\\(\\s*|\\b(?:known\\s+as|also\\s+called|aka|full\\s+name)\\s+)((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+\\s+(?:\\p{Lu}\\.?\\s+)?${escapeRe(surname)})(?![\\p{L}'’-])`, 'gu');
  for (const m of text.matchAll(beside)) {
    const other = readNameAt(text, m.index! + m[0].length - m[1]!.length);
    if (!other || other.bare.length < 2 || other.bare[other.bare.length - 1] !== surname) continue;
    if (knownReads.some((k) => other.bare.slice(0, -1).every((w) => k.bare.some((b) => b.toLowerCase() === w.toLowerCase())) || givenNameShortened(other.name, k.name) || givenNameShortened(k.name, other.name))) continue;
    return other.name;
  }
  return null;
}
