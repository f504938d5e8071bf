import { findTrustMentions, trustFromAddress, trustsByPostcode, type TrustIndex, type TrustMention } from './trust.js';

/** Where a trust was seen. Identity sources say who sent the reply; text sources may name a neighbour. */
export type TrustSource = 'display name' | 'signature' | 'sender domain' | 'signature postcode' | 'subject' | 'text' | 'attachment' | 'nominee domain';
const IDENTITY: TrustSource[] = ['display name', 'signature', 'sender domain', 'signature postcode'];
/** The date on the letter: every reply comes after it. */
const LETTER_DATE = '2016-09-13';

export interface TrustChoice {
  ods: string | null;
  candidates: string[];
  sure: boolean;
  reason: string | null;
  /** ods → sources that named it, for the reasons */
  seen: Map<string, Map<TrustSource, number>>;
}

const weightOf = (m: TrustMention, source: TrustSource): number => {
  if (m.how === 'first word') return 0;
  if (m.how === 'acronym') return m.alsoMeans.length ? 0.5 : 1;
  if (m.how === 'misspelt name') return source === 'signature' || source === 'display name' ? 2 : 1.5;
  // "the Royal Free": a name cut short, as people say it; never enough alone
  if (m.how === 'short name') return source === 'signature' || source === 'display name' ? 1.5 : 1.25;
  // a former trust's name without "NHS Trust" after it is most often its hospital ("St Mary's Hospital" in an Isle of Wight signature)
  if (m.how === 'former name' && !m.full) return source === 'display name' || source === 'signature' ? 1.5 : 1;
  const base = source === 'display name' || source === 'signature' ? 3 : 2;
  return m.full ? base : base - 0.5;
};

export interface TrustInputs {
  displayName: string;
  sender: string;
  subject: string;
  content: string;
  signature: string;
  attachments: string[];
  nomineeEmails: string[];
}

/** Weighs every place a trust was named and picks one, or says why a person must. */
export function chooseTrust(inp: TrustInputs, index: TrustIndex): TrustChoice {
  const seen = new Map<string, Map<TrustSource, number>>();
  const note = (ods: string, source: TrustSource, w: number) => {
    const m = seen.get(ods) ?? new Map<TrustSource, number>();
    m.set(source, Math.max(m.get(source) ?? 0, w));
    seen.set(ods, m);
  };
  const shared: { m: TrustMention; source: TrustSource }[] = [];
  const hints = new Set<string>();
  // trusts named by more than three letters: by name, a longer acronym, mail domain or postcode
  const beyondAcronym = new Set<string>();
  const scan = (text: string, source: TrustSource) => {
    for (const m of findTrustMentions(text, index)) {
      if (m.how === 'first word') hints.add(m.ods);
      else if (m.alsoMeans.length) shared.push({ m, source });
      else {
        note(m.ods, source, weightOf(m, source));
        if (m.how !== 'acronym' || (/^[A-Za-z&]+/.exec(text.slice(m.index))?.[0].length ?? 0) >= 4) beyondAcronym.add(m.ods);
      }
    }
  };
  const org = /\(([^)]{4,160})\)/.exec(inp.displayName)?.[1];
  if (org) scan(org, 'display name');
  else if (inp.displayName) for (const m of findTrustMentions(inp.displayName, index)) if (m.how === 'first word') hints.add(m.ods);
  scan(inp.signature, 'signature');
  scan(inp.subject, 'subject');
  scan(inp.content, 'text');
  for (const a of inp.attachments) scan(a, 'attachment');
  // the trust's headquarters postcode in the sender's address block: who they are, but a shared
  // site is possible, so never enough alone
  for (const ods of trustsByPostcode(inp.signature, index)) {
    note(ods, 'signature postcode', 1.5);
    beyondAcronym.add(ods);
  }
  const fromDomain = trustFromAddress(inp.sender, index);
  if (fromDomain) {
    note(fromDomain.ods, 'sender domain', fromDomain.listed ? 2.5 : 1.5);
    beyondAcronym.add(fromDomain.ods);
  }
  for (const e of inp.nomineeEmails) {
    const t = trustFromAddress(e, index);
    if (t) {
      note(t.ods, 'nominee domain', t.listed ? 2 : 1);
      beyondAcronym.add(t.ods);
    }
  }
  // an acronym two trusts share counts only for the one something else names
  for (const { m, source } of shared) {
    const hits = [m.ods, ...m.alsoMeans].filter((o) => seen.has(o));
    if (hits.length === 1) note(hits[0]!, source, 1);
  }
  // a distinctive first word counts once, at 0.75: it can tip agreement, never decide alone
  for (const ods of hints) if (!seen.has(ods)) note(ods, 'text', 0.75);

  const score = (ods: string) => [...seen.get(ods)!.values()].reduce((a, b) => a + b, 0);
  const identity = (ods: string) => IDENTITY.reduce((a, s) => a + (seen.get(ods)!.get(s) ?? 0), 0);
  const ranked = [...seen.keys()].sort((a, b) => score(b) - score(a));
  if (!ranked.length && shared.length) {
    // a shared acronym or hospital name, and nothing else to tell which trust it means
    const all = [...new Set(shared.flatMap(({ m }) => [m.ods, ...m.alsoMeans]))];
    return { ods: null, candidates: all, sure: false, reason: `named only in words several trusts share: ${all.join(', ')}`, seen };
  }
  if (!ranked.length) return { ods: null, candidates: [], sure: false, reason: 'no trust named anywhere', seen };
  const top = ranked[0]!;
  const where = (ods: string) => [...seen.get(ods)!.keys()].join(', ');
  // a trust closed before the letter went out cannot have answered it: beside an open trust that
  // the sender's identity names, it is a site or a former name of that trust ("West Middlesex
  // University Hospital site" in a Chelsea and Westminster signature), not a rival
  const closedBeforeLetter = (ods: string) => (index.byOds.get(ods)?.closed ?? '9999') < LETTER_DATE;
  const settled = identity(top) >= 2 && !closedBeforeLetter(top);
  // a closed trust whose own name is a former name of the top trust is that trust under its old
  // name (West Middlesex University Hospital NHS Trust is Chelsea and Westminster now)
  const carriedOnByTop = (ods: string) => {
    const own = index.forms.filter((f) => f.ods === ods && !f.former).map((f) => f.core.join(' '));
    return index.forms.some((f) => f.ods === top && f.former && own.includes(f.core.join(' ')));
  };
  // a second trust that the sender's own identity names (two signatures, two mailboxes)
  const rivals = ranked
    .slice(1)
    .filter((o) => !(settled && closedBeforeLetter(o)) && !(closedBeforeLetter(o) && carriedOnByTop(o)))
    .filter((o) => identity(o) >= 2 || (identity(top) === 0 && score(o) >= 2) || score(o) >= score(top) - 0.5);
  if (rivals.length) {
    const all = [top, ...rivals];
    return { ods: top, candidates: all, sure: false, reason: `two trusts named: ${all.join(', ')}`, seen };
  }
  // what names the closed trust under its old name (its mail domain) names the top trust too
  const heirScore = score(top) + ranked.slice(1).filter((o) => closedBeforeLetter(o) && carriedOnByTop(o)).reduce((a, o) => a + score(o), 0);
  if (heirScore < 2) return { ods: top, candidates: [top], sure: false, reason: `trust only weakly matched (${where(top)})`, seen };
  // "WSH" in a shared office's signature and nothing else: the list's names make one trust of
  // it, but people shorten their hospital's everyday name too (West Suffolk Hospital), which the
  // list does not hold, and three letters leave little room: another place's may be the same
  if (!beyondAcronym.has(top)) return { ods: top, candidates: [top], sure: false, reason: `trust named only by a three-letter acronym (${where(top)})`, seen };
  // a trust that closed before the letter cannot answer it: the writer uses an old name (a site
  // of the trust that took it over), and the list does not say which trust that is
  if (closedBeforeLetter(top)) {
    return { ods: top, candidates: [top], sure: false, reason: `${top} closed on ${index.byOds.get(top)!.closed} (before the letter): an old name for a site of another trust`, seen };
  }
  return { ods: top, candidates: [], sure: true, reason: null, seen };
}
