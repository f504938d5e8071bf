import { nameKey, type NameRead } from '../names.js';

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
