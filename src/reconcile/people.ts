import type { Nominee } from '../extraction/types.js';

const TITLES = /^(dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame)\.?\s+/i;

/** A person's identity across replies: the e-mail where there is one, else the name without titles, case or spacing. */
export function personKey(n: Nominee): string {
  if (n.email && n.email.trim()) return 'e:' + n.email.trim().toLowerCase();
  let name = n.name.trim().replace(/\s+/g, ' ').replace(/[’]/g, "'");
  while (TITLES.test(name)) name = name.replace(TITLES, '');
  return 'n:' + name.toLowerCase();
}

/** True where two lists name the same people (roles and contact details aside). */
export function samePeople(a: Nominee[], b: Nominee[]): boolean {
  const ka = new Set(a.map(personKey));
  const kb = new Set(b.map(personKey));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

export const ROLE_ORDER: Record<string, number> = { lead: 0, joint: 1, deputy: 2 };

/** Name order for people and trusts: one collator, made once (localeCompare makes one per call). */
export const byName = new Intl.Collator('en').compare;
