// Compares an extraction with a label written to the parse contract
// (../shared/docs/parse-contract.md, "How the scorer compares"), without the shared scorer:
// the project must test itself on a machine that has only its own repository.
import type { Extraction } from '../../src/extraction/types.js';

/** A labelled message: the truth, as the contract writes it. */
export interface Label {
  kind: string;
  trust: string | null;
  nominees: { name: string; email: string | null; phone: string | null; jobTitle: string | null; role: string | null }[];
  ambiguous: boolean;
  supersedes: boolean;
  notes?: string;
}

const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'rev', 'revd']);
// the contract's list ("PhD, FRCPath, CSci, MSc, FIPEM, ...") and the degrees and memberships that go with them
const POST_NOMINALS =
  /^(?:phd|dphil|msc|mphil|bsc|ba|ma|mba|md|mbbs|mbchb|mb|chb|bm|bch|bmbs|frcpath|mrcpath|fipem|mipem|csci|ceng|fhcs|frcp|mrcp|frcs|frcr|fbir|frsb|fibms|mibms|fhea|fiet|fas|dclinsci|eusplm|obe|mbe|cbe|rn|hcpc|hons|fcss|fcs|frsc|finstp|cphys|cert|dip|pgcert|pgdip|facb|frcpch|fmedsci|fracp|cbiol)$/;

/** The words of a name with titles, post-nominals and bracketed asides left out, "Surname, First" turned round. */
export function nameWords(name: string): string[] {
  const keep = (part: string) =>
    part
      .split(/\s+/)
      .map((w) => w.replace(/^[.,;:]+|[.,;:]+$/g, ''))
      .filter((w) => w && !TITLES.has(w.toLowerCase().replace(/\./g, '')) && !POST_NOMINALS.test(w.toLowerCase().replace(/[.()]/g, '')))
      .join(' ');
  const text = name.normalize('NFC').replace(/[\u2018\u2019`]/g, "'").replace(/\([^)]*\)/g, ' ');
  const parts = text.split(',').map(keep).filter(Boolean);
  const ordered = parts.length === 2 ? `${parts[1]} ${parts[0]}` : parts.join(' ');
  return ordered.toLowerCase().replace(/\./g, ' ').split(/\s+/).filter(Boolean);
}

/** Same person by the contract's rule: first and last words equal, middle names or initials on one side only. */
export function sameName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (x[0] !== y[0] || x[x.length - 1] !== y[y.length - 1]) return false;
  // an initial stands for a word it starts, on either side
  const covers = (ws: string[], others: string[]) => ws.every((w) => others.some((o) => o === w || (w.length === 1 && o.startsWith(w)) || (o.length === 1 && w.startsWith(o))));
  const [short, long] = x.length <= y.length ? [x.slice(1, -1), y.slice(1, -1)] : [y.slice(1, -1), x.slice(1, -1)];
  return covers(short, long);
}

/**
 * What a record marked certain gets wrong, or [] when it is right or not marked certain: the
 * kind, the trust (where the register uses it), and the nominees, each found once with the
 * e-mail the label gives.
 */
export function confidentMistakes(out: Pick<Extraction, 'kind' | 'trust' | 'nominees' | 'needsReview'>, label: Label): string[] {
  if (out.needsReview) return [];
  const wrong: string[] = [];
  if (out.kind !== label.kind) wrong.push(`kind ${out.kind}, label ${label.kind}`);
  if (['nomination', 'no_nomination', 'query'].includes(label.kind)) {
    const ods = out.trust?.ods ?? null;
    if (label.trust ? ods !== label.trust : label.kind === 'nomination' && ods) wrong.push(`trust ${ods}, label ${label.trust}`);
  }
  const unmatched = [...out.nominees];
  for (const want of label.nominees) {
    const i = unmatched.findIndex((n) => sameName(n.name, want.name));
    if (i < 0) {
      wrong.push(`missed ${want.name}`);
      continue;
    }
    const [got] = unmatched.splice(i, 1);
    if (want.email && got!.email?.toLowerCase() !== want.email.toLowerCase()) wrong.push(`e-mail of ${want.name}: ${got!.email}, label ${want.email}`);
  }
  for (const extra of unmatched) wrong.push(`extra ${extra.name}`);
  return wrong;
}
