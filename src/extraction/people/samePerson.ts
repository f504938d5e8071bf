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
